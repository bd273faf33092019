#pragma once
// Metrics computed from a finished run.

#include <vector>

#include "engine/result.hpp"

namespace schedlab::engine {

/// Fills result.summary from result.processes and the busy time per CPU.
/// `runEnd`: the last instant of a run whose processes did not all end (programs: deadlocked or
/// never started); the span then reaches it. -1 otherwise.
void computeSummary(SimulationResult& result, const std::vector<Tick>& busyPerCpu,
                    std::int64_t contextSwitches, Tick runEnd = -1);

/// Share of CPU capacity in use in each bucket of `bucket` ticks from summary.start, total over
/// all CPUs (0..1). Needs slices.
std::vector<double> utilizationOverTime(const SimulationResult& result, Tick bucket);

}  // namespace schedlab::engine
