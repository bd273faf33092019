#pragma once
// The MLFQ level of every process over a whole run, for the chart OSTEP draws (queue level on the
// y axis, time on the x axis). It replays an engine::Simulation instant by instant and reads
// level(pid) after each one, so it needs nothing the run did not already record.

#include <vector>

#include "engine/types.hpp"
#include "models/run.hpp"

namespace schedlab::models {

/// Where one process was: from `time` on (until the next step) at `level` (0 = top).
struct LevelStep {
    engine::Tick time = 0;
    int level = 0;
    bool operator==(const LevelStep&) const = default;
};

struct LevelHistory {
    /// Per process (workload order): a step at its arrival, one at every level change, and one
    /// at its completion with the level it finished at. Empty for a process that never arrived.
    std::vector<std::vector<LevelStep>> processes;
    std::vector<engine::Tick> boosts;  ///< times of priority boosts, ascending
    int levelCount = 1;                ///< levels of the policy (1 unless mlfq)
};

/// The level history of `run`. For a policy other than mlfq every process stays at level 0.
LevelHistory levelHistory(const Run& run);

}  // namespace schedlab::models
