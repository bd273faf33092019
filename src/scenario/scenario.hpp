#pragma once
// What a scenario file holds: the workload the engine simulates, and what only the app reads.

#include <utility>

#include "engine/workload.hpp"

namespace schedlab::scenario {

/// A Workload wherever one is needed (the engine never sees the rest).
struct Scenario : engine::Workload {
    Scenario() = default;
    /// A workload made rather than read (generated, edited, in a test) is a plain scenario.
    Scenario(engine::Workload workload) : engine::Workload(std::move(workload)) {}  // NOLINT

    /// The file is a homework exercise (`exercise: true`): the app opens it in Exercise mode,
    /// with the run's future hidden.
    bool exercise = false;
};

}  // namespace schedlab::scenario
