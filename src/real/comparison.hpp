#pragma once
// A real run beside its simulation: per-process times in milliseconds and their errors, the
// overall figures, and the largest differences in words.

#include <string>
#include <vector>

#include "real/real_run.hpp"

namespace schedlab::real {

/// One side's times for one process, in ms from tick 0; -1 where it never happened.
struct ProcessTimes {
    double firstRunMs = -1;
    double completionMs = -1;
    double cpuMs = 0;
    double waitingMs = 0;  ///< ready but not running (blocked time excluded)
};

struct ProcessComparison {
    std::string name;
    ProcessTimes simulated;
    ProcessTimes real;
    double firstRunErrorMs = 0;    ///< real - simulated
    double completionErrorMs = 0;  ///< real - simulated
    double cpuErrorMs = 0;
    double waitingErrorMs = 0;
    KernelCounters kernel;
};

struct RealSummary {
    double meanAbsCompletionErrorMs = 0;
    double maxAbsCompletionErrorMs = 0;
    double simulatedMakespanMs = 0;
    double realMakespanMs = 0;
    /// Processes in the order they were dispatched (a process running on after itself counts
    /// once), in the simulation and in the real run.
    std::vector<engine::Pid> simulatedOrder;
    std::vector<engine::Pid> realOrder;
    bool sameOrder = false;
    /// Share of the run's time (0..1) in which the same process ran (or none) in both.
    double sameProcessShare = 0;
    int realSwitches = 0;         ///< changes of the running child
    double switchOverheadUs = 0;  ///< mean gap between one child and the next
    /// Moments (ms) where events of several processes fall within 2 ms in the simulation: a
    /// real run may rightly pick another order there.
    std::vector<double> closeEventsMs;
};

struct RealComparison {
    std::vector<ProcessComparison> processes;  ///< the workload's order
    RealSummary summary;
    /// The largest ones, in words, largest first; translatable as RealRun::notes.
    std::vector<engine::Phrase> differences;
};

RealComparison compareRun(const RealRun& run);

/// Where the simulation and the real run had different processes on the CPU (or one was idle),
/// in microseconds, stretches shorter than `minUs` left out: the app highlights them.
std::vector<RealInterval> differingSpans(const RealRun& run, std::int64_t minUs = 500);

/// The real run shaped as a simulation result (slices, state changes, metrics) with times in
/// units of `unitUs` microseconds, rounded: the Gantt charts draw it like a simulation.
engine::SimulationResult realAsResult(const RealRun& run, std::int64_t unitUs);
/// The simulation with its times converted to units of `unitUs` microseconds.
engine::SimulationResult simulatedIn(const RealRun& run, std::int64_t unitUs);

}  // namespace schedlab::real
