#pragma once
// Hand-built results for the report tests, independent of the engine's simulation.

#include "engine/result.hpp"
#include "engine/workload.hpp"

namespace schedlab::report::testing {

struct Sample {
    engine::Workload workload;
    engine::SimulationResult result;
};

/// The textbook round robin: P1 24, P2 3, P3 3 at 0, quantum 4 (slices merged per dispatch).
Sample textbookRoundRobin();

/// One process "A" over 250 ticks: runs 0-100, I/O 100-150, ready 150-160, runs 160-250.
Sample longRun();

/// Two CPUs with a context switch: X runs on CPU 0, Y on CPU 1 after a 1-tick switch.
Sample twoCpus();

}  // namespace schedlab::report::testing
