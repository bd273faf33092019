#pragma once
// What a simulation produces: plain data, shared by the CLI reports, the app and the tests.

#include <cstdint>
#include <string>
#include <vector>

#include "engine/policy_params.hpp"
#include "engine/types.hpp"

namespace schedlab::engine {

/// A CPU ran `process` during [start, end). One slice per dispatch: a quantum that expires and
/// re-dispatches the same process starts a new slice. Once the run is finished, slices are
/// ordered by start, then CPU (while it runs, in the order they ended).
struct Slice {
    int cpu = 0;
    Pid process = kNoProcess;
    Tick start = 0;
    Tick end = 0;
};

/// The CPU was switching to `process` during [start, end) (context-switch cost).
struct SwitchInterval {
    int cpu = 0;
    Pid process = kNoProcess;
    Tick start = 0;
    Tick end = 0;
};

/// One state change. Listed in time order; at one instant in the order they were applied.
struct StateChange {
    Tick time = 0;
    Pid process = kNoProcess;
    ProcessState from = ProcessState::New;
    ProcessState to = ProcessState::New;
    int cpu = -1;   ///< the CPU for changes into or out of running, else -1
    BlockReason reason = BlockReason::Io;   ///< changes into blocked: why
    std::uint32_t object = 0;   ///< changes into blocked (not io): the child, lock or queue index
};

/// A process got a new parent (an orphan's adoption). `parent` is kNoProcess for init.
/// `event` is the number of state changes recorded before it, to place it among them.
struct Adoption {
    Tick time = 0;
    Pid process = kNoProcess;
    Pid parent = kNoProcess;
    std::size_t event = 0;
};

/// One process of a deadlock: what it waits for and who could release it (kNoProcess: nobody).
struct DeadlockLink {
    Pid process = kNoProcess;
    BlockReason reason = BlockReason::Lock;
    std::uint32_t object = 0;
    Pid heldBy = kNoProcess;
};

/// Unfinished processes that only each other could release, found at `time` (-1: none).
struct Deadlock {
    Tick time = -1;
    std::vector<DeadlockLink> cycle;
};

enum class DecisionKind : std::uint8_t {
    Dispatch,         ///< cpu runs process; value = what the policy ranked it by
    Continue,         ///< quantum expired but nothing else is ready: process keeps the CPU
    Preempt,          ///< process preempts other on cpu; value vs otherValue
    QuantumExpired,   ///< process used its quantum on cpu
    Demote,           ///< process moves down to level `value`
    Boost,            ///< every process goes back to the top level
    Block,            ///< process starts I/O for `value` ticks
    Finish,           ///< process terminated
    Hold,             ///< uniprogramming: cpu idles while process does I/O
    Note,             ///< the policy's own decision: sentence `note` of its PolicyEntry::notes,
                      ///< showing `value`
    // Programs (CONTRACT section 4). `value` packs a reason and object: see packWait().
    Start,            ///< process starts child `other`
    Wait,             ///< process blocks on `value` (a packed wait); `other` could release it
    Acquire,          ///< process takes a lock, puts or gets an item (`value`), from `other`
    Release,          ///< process unlocks lock `value`, handing it to `other` if one waits
    Done,             ///< process marks an item of queue `value` done; `otherValue` unfinished
    Yield,            ///< process gives up the CPU (io 0)
    Zombie,           ///< process ended; parent `other` has not joined it
    Reap,             ///< process (the parent, or init when kNoProcess) reaps `other`
    Kill,             ///< process kills `other`
    DaemonEnd,        ///< daemon process ends with its parent `other`
    Adopt,            ///< orphan process is adopted by `other` (kNoProcess: init)
    DeadlockFound,    ///< process waits for `value` held by `other`: part of a deadlock
    TaskDoneError,    ///< process marks done on queue `value` with no unfinished item: it ends
};

/// A blocked reason and its object in one decision value.
inline std::int64_t packWait(BlockReason reason, std::uint32_t object) {
    return (static_cast<std::int64_t>(reason) << 32) | object;
}
inline BlockReason waitReason(std::int64_t value) { return static_cast<BlockReason>(value >> 32); }
inline std::uint32_t waitObject(std::int64_t value) {
    return static_cast<std::uint32_t>(value & 0xffffffff);
}

/// One scheduling decision with the numbers behind it; engine/explain.hpp turns it into text.
struct Decision {
    Tick time = 0;
    DecisionKind kind = DecisionKind::Dispatch;
    int cpu = -1;
    Pid process = kNoProcess;
    Pid other = kNoProcess;
    std::int64_t value = 0;
    std::int64_t otherValue = 0;
    RankedBy rankedBy = RankedBy::QueueOrder;   ///< what value and otherValue are (Dispatch, Preempt)
    int note = -1;   ///< Note: the index of its sentence in PolicyEntry::notes
};

struct ProcessMetrics {
    Tick arrival = 0;
    Tick firstRun = -1;     ///< -1 until the process first runs
    Tick completion = -1;   ///< -1 until it terminates
    Tick response = 0;      ///< firstRun - arrival
    Tick turnaround = 0;    ///< completion - arrival
    Tick waiting = 0;       ///< ticks in the ready state (blocked time excluded)
    Tick cpu = 0;           ///< total CPU burst ticks
    Tick io = 0;            ///< total I/O burst ticks
    Pid parent = kNoProcess;   ///< the parent at creation (kNoProcess: init)
    Tick joinWait = 0;      ///< ticks blocked waiting for a child (programs)
    Tick lockWait = 0;      ///< ticks blocked waiting for a lock
    Tick queueWait = 0;     ///< ticks blocked on a queue (put, get, join)
};

struct Summary {
    Tick start = 0;               ///< first arrival
    Tick end = 0;                 ///< last completion
    Tick makespan = 0;            ///< end - start
    Tick busy = 0;                ///< CPU ticks spent running processes, all CPUs
    double cpuUtilization = 0;    ///< busy / (makespan * cpus)
    std::vector<double> perCpuUtilization;
    double throughput = 0;        ///< processes / makespan
    std::int64_t contextSwitches = 0;   ///< dispatches of a process other than the CPU's last one
    double avgResponse = 0;
    double avgTurnaround = 0;
    double avgWaiting = 0;
    Tick maxWaiting = 0;
    Tick p95Waiting = 0;          ///< nearest-rank 95th percentile
    Tick maxTurnaround = 0;
    Tick p95Turnaround = 0;
    double fairness = 0;          ///< Jain's index over slowdowns turnaround / (cpu + io), 1 = fair
};

struct SimulationResult {
    std::string scenario;
    std::string policy;           ///< canonical SPEC, e.g. "rr:quantum=4"
    int cpus = 1;
    std::vector<ProcessMetrics> processes;   ///< the workload's order
    std::vector<Slice> slices;               ///< in dispatch order
    std::vector<SwitchInterval> switches;
    std::vector<StateChange> events;
    std::vector<Decision> decisions;
    std::vector<Adoption> adoptions;   ///< programs: orphans' new parents, in order
    Deadlock deadlock;
    Summary summary;
};

}  // namespace schedlab::engine
