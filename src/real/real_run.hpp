#pragma once
// A real run: the scenario's processes as real Linux processes on one CPU, measured, beside the
// simulation of the same scenario. Plain data, like engine::SimulationResult; runReal()
// (runner.hpp) makes one, compareRun() (comparison.hpp) turns it into errors and a summary.
//
// Real times are microseconds since the run started (the simulation's tick 0); the simulated
// side stays in ticks and is converted with tickMs.

#include <cstdint>
#include <string>
#include <vector>

#include "engine/explain.hpp"
#include "engine/result.hpp"
#include "engine/workload.hpp"

namespace schedlab::real {

/// Who decides what runs: the Linux scheduler (Kernel), a user-space dispatcher applying the
/// engine's policy to the real events (Dispatch), or the simulation's own slices replayed in
/// order (Lockstep).
enum class RealMode : std::uint8_t { Kernel, Dispatch, Lockstep };

/// The Linux policy the children ran under.
enum class LinuxPolicy : std::uint8_t { Other, Fifo, RoundRobin };

/// [startUs, endUs) in microseconds since the start of the run.
struct RealInterval {
    std::int64_t startUs = 0;
    std::int64_t endUs = 0;
};

/// The kernel's own counters for one child (/proc/PID/schedstat and /proc/PID/sched), read
/// once the child's work was done. -1 where the kernel did not say.
struct KernelCounters {
    std::int64_t runNs = -1;                ///< time on a CPU (schedstat)
    std::int64_t waitNs = -1;               ///< time waiting on a run queue (schedstat)
    std::int64_t switches = -1;             ///< nr_switches
    std::int64_t voluntarySwitches = -1;    ///< nr_voluntary_switches (it blocked)
    std::int64_t involuntarySwitches = -1;  ///< nr_involuntary_switches (it was preempted)
};

/// What one child measured about itself.
struct RealProcess {
    std::vector<RealInterval> cpu;   ///< on-CPU intervals, in time order
    std::vector<RealInterval> io;    ///< blocked (I/O) intervals, in time order
    std::int64_t completionUs = -1;  ///< end of its last CPU burst; -1 if it never finished
    KernelCounters kernel;
};

struct RealRun {
    RealMode mode = RealMode::Kernel;
    int tickMs = 10;
    LinuxPolicy linuxPolicy = LinuxPolicy::Other;
    int rrTimesliceMs = 0;  ///< kernel mode, SCHED_RR: the system's timeslice during the run
    int childCpu = -1;      ///< the CPU the children were pinned to
    engine::Workload workload;
    engine::SimulationResult simulated;
    std::vector<RealProcess> processes;  ///< the workload's order
    /// What the run did differently, one sentence each, marked for translation under
    /// "schedlab::engine" (engine::fill gives the English).
    std::vector<engine::Phrase> notes;
};

}  // namespace schedlab::real
