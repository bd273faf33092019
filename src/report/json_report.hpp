#pragma once
// `run --format json`: the contract's shape (scenario, policy, processes, slices, summary, events)
// plus our extensions (cpus, switches, more summary fields, cpu on events, decisions). One array
// element per line, keys in a fixed order, numbers rounded to 3 decimals: byte-identical output
// for the same input. Hand-written rather than built as a DOM so that 100k processes stay fast.

#include <string>

#include "engine/result.hpp"
#include "engine/workload.hpp"

namespace schedlab::report {

std::string writeJson(const engine::Workload& workload, const engine::SimulationResult& result);

/// The contract's name of a state: new, ready, running, blocked, terminated.
std::string_view stateLabel(engine::ProcessState state);

}  // namespace schedlab::report
