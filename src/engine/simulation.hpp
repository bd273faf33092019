#pragma once
// One simulation run: a discrete-event engine over integer ticks. One object per run, never
// shared; the app single-steps it, the CLI runs it out, tests run many side by side.
//
//   Simulation sim{workload};
//   sim.step();            // process the next instant (everything that happens at one time)
//   sim.runUntil(12);      // process every instant <= 12
//   sim.run();             // to the end
//   const SimulationResult& r = sim.result();
//
// The workload must be valid (validateWorkload returns nothing); the scenario library checks
// files before they get here.

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "engine/result.hpp"
#include "engine/types.hpp"
#include "engine/workload.hpp"

namespace schedlab::engine {

struct SimulationOptions {
    bool recordSlices = true;
    bool recordEvents = true;      ///< the state-change log (large for big workloads)
    bool recordDecisions = true;   ///< the decision log (large for big workloads)
    /// Called now and then with the current time and the share of processes finished (0..1);
    /// return false to cancel the run.
    std::function<bool(Tick, double)> progress;
};

/// What a CPU is doing at the current instant.
struct CpuView {
    enum class Mode { Idle, Switching, Running, Held };
    Mode mode = Mode::Idle;
    Pid process = kNoProcess;   ///< the process running, being switched in, or holding the CPU
    Tick since = 0;             ///< when this mode began
};

struct BlockedView {
    Pid process = kNoProcess;
    Tick ioLeft = 0;   ///< ticks of I/O left at the current instant
};

/// A lock at the current instant (programs).
struct LockView {
    Pid holder = kNoProcess;
    Tick since = 0;               ///< when the holder took it
    std::vector<Pid> waiters;     ///< in the order they get it
};

/// A queue at the current instant (programs).
struct QueueView {
    std::int64_t items = 0;
    std::int64_t capacity = 0;    ///< 0 = unbounded
    std::int64_t unfinished = 0;  ///< put and not yet marked done
    std::vector<Pid> putters;     ///< producers waiting for room
    std::vector<Pid> getters;     ///< consumers waiting for an item
};

class Simulation;
SimulationResult simulate(const Workload& workload, SimulationOptions options);

class Simulation {
public:
    /// The simulation shares the workload, so it stays valid as long as the simulation lives.
    explicit Simulation(std::shared_ptr<const Workload> workload, SimulationOptions options = {});
    /// Copies the workload.
    explicit Simulation(const Workload& workload, SimulationOptions options = {});
    ~Simulation();
    Simulation(const Simulation&) = delete;
    Simulation& operator=(const Simulation&) = delete;

    /// Processes the next instant. Returns false when there is nothing left to do.
    bool step();
    void runUntil(Tick time);
    /// Runs to the end (or until the progress callback cancels). Returns false if cancelled.
    bool run();

    bool finished() const;
    bool cancelled() const;
    Tick now() const;
    /// The time of the next instant, or kNever when finished.
    Tick nextTime() const;

    std::vector<CpuView> cpus() const;
    /// Ready queues in the order the policy serves them: one per MLFQ level, else one.
    std::vector<std::vector<Pid>> readyQueues() const;
    std::vector<BlockedView> blocked() const;
    ProcessState state(Pid process) const;
    /// MLFQ level of a process (0 = top); 0 for other policies.
    int level(Pid process) const;
    /// Programs: the current parent (kNoProcess: init) and, while blocked, why.
    Pid parent(Pid process) const;
    BlockReason blockReason(Pid process) const;
    /// Programs: the object of a blocked process's wait (child, lock or queue index).
    std::uint32_t blockObject(Pid process) const;
    /// Programs: the locks and queues of Workload::locks and ::queues, in their order.
    std::vector<LockView> locks() const;
    std::vector<QueueView> queues() const;

    /// Everything recorded so far; the summary is filled in once finished.
    const SimulationResult& result() const;
    SimulationResult takeResult();

private:
    friend SimulationResult simulate(const Workload& workload, SimulationOptions options);
    class Impl;
    std::unique_ptr<Impl> m_impl;
};

/// Runs a whole workload (without copying it).
SimulationResult simulate(const Workload& workload, SimulationOptions options);
inline SimulationResult simulate(const Workload& workload) { return simulate(workload, {}); }

/// Problems that make a workload unusable, one sentence each (the scenario library reports the
/// same problems with file positions).
std::vector<std::string> validateWorkload(const Workload& workload);

}  // namespace schedlab::engine
