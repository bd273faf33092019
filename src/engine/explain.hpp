#pragma once
// Turns decisions and states into sentences a student can read:
// "t=12: P3 preempts P1 on CPU 0: remaining 3 < 5".

#include <string>
#include <string_view>

#include "engine/result.hpp"
#include "engine/workload.hpp"

namespace schedlab::engine {

std::string explain(const Decision& decision, const Workload& workload);

}  // namespace schedlab::engine
