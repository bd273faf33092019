#pragma once
// Splitting `compare --policies`. SPECs contain commas themselves
// ("mlfq:quanta=2/4/8,allotments=1/2/1"), so the list is cut at a comma only where the next
// token starts a new SPEC: a token starts a new SPEC unless it is a parameter `key=value` whose
// key has no ':' (such a token belongs to the SPEC before it). Empty tokens are dropped.
//   "fcfs,rr:quantum=2,mlfq:quanta=2/4/8,allotments=1/2/1,sjf"
//   -> fcfs | rr:quantum=2 | mlfq:quanta=2/4/8,allotments=1/2/1 | sjf

#include <string>
#include <string_view>
#include <vector>

namespace schedlab::console {

std::vector<std::string> splitPolicies(std::string_view text);

}  // namespace schedlab::console
