#pragma once
// The narrow interface between the simulation and a scheduling policy. The policy owns the ready
// queue(s); the simulation owns time, CPUs, I/O and the record of what happened.
//
// Call order at one instant (see docs/RULES.md): the simulation first charges running processes
// for the ticks since the last instant (charge), stops those whose burst ended or quantum expired
// (onStop), adds newly ready processes in the rules' order (add), applies a boost that falls on
// this instant (boost), fills idle CPUs (take, onDispatch) and finally asks whether a ready
// process should preempt a running one (shouldPreempt).

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include "engine/types.hpp"
#include "engine/workload.hpp"

namespace schedlab::engine {

/// What the simulation keeps up to date about each process, readable by every policy.
struct ProcessInfo {
    Tick arrival = 0;
    std::int64_t rank = 0;     ///< priority normalized so that smaller always wins
    Tick burstLength = 0;      ///< length of the current (or next) CPU burst
    Tick burstLeft = 0;        ///< ticks left in the current CPU burst
    Tick readySince = 0;       ///< when the process last entered the ready state
};

enum class ReadyReason : std::uint8_t { Arrived, IoDone, QuantumExpired, Preempted };
enum class StopReason : std::uint8_t { Blocked, Terminated, QuantumExpired, Preempted };


class Policy {
public:
    virtual ~Policy() = default;

    /// `p` became ready at `now`.
    virtual void add(Pid p, ReadyReason why, Tick now) = 0;
    virtual bool hasReady() const = 0;
    /// Removes and returns the process to run next. Precondition: hasReady().
    virtual Pid take(Tick now) = 0;
    /// `p` leaves the ready queue without running (it was killed); a no-op if it is not in it.
    virtual void remove(Pid p, Tick now) = 0;
    /// The ready queues as the policy would serve them, one per level, best first.
    virtual std::vector<std::vector<Pid>> readyQueues(Tick now) const = 0;

    /// Whether the best ready process should take the CPU from `running` now (asked only of
    /// policies whose entry says they are preemptive).
    virtual bool shouldPreempt(Pid /*running*/, Tick /*now*/) const { return false; }
    /// Among running processes: whether `a` has a better claim to a CPU than `b`.
    virtual bool ranksBefore(Pid /*a*/, Pid /*b*/, Tick /*now*/) const { return false; }

    /// Ticks `p` may run before its quantum expires; kNever if the policy has no quantum.
    virtual Tick quantumLeft(Pid /*p*/) const { return kNever; }
    virtual void onDispatch(Pid /*p*/, Tick /*now*/) {}
    /// `p` ran `ticks` more ticks.
    virtual void charge(Pid /*p*/, Tick /*ticks*/) {}
    /// `p` left the CPU (called after charge, before a later add).
    virtual void onStop(Pid /*p*/, StopReason /*why*/, Tick /*now*/) {}

    /// Ticks between priority boosts (boosts fall on every positive multiple); 0 = never.
    virtual Tick boostPeriod() const { return 0; }
    virtual void boost(Tick /*now*/) {}
    /// MLFQ level of `p` (0 = top); 0 for single-queue policies.
    virtual int levelOf(Pid /*p*/) const { return 0; }

    /// The value behind a decision about `p` (burst, remaining, priority, level, ratio x 1000).
    virtual std::int64_t key(Pid /*p*/, Tick /*now*/) const { return 0; }
};

/// Records a policy's own decision: the process, the index of the sentence in the policy's
/// PolicyEntry::notes and the value it shows (DecisionKind::Note).
using PolicyNote = std::function<void(Pid, int note, std::int64_t value)>;

/// What a policy factory gets. Everything outlives the policy.
struct PolicyContext {
    const Workload& workload;
    const std::vector<ProcessInfo>& processes;
    PolicyNote note = [](Pid, int, std::int64_t) {};
};

}  // namespace schedlab::engine
