#include "real/linux_plan.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <set>

#include "engine/policy_registry.hpp"
#include "engine/translatable.hpp"

namespace schedlab::real {
namespace {

constexpr int kTopPriority = 50;  // above every waiting child, below the kernel's own threads

/// Shorter bursts get higher SCHED_FIFO priorities (2..41; equal lengths share one).
std::vector<std::vector<int>> byNextBurst(const engine::Workload& workload) {
    std::set<engine::Tick> lengths;
    for (const auto& spec : workload.processes) {
        for (std::size_t k = 0; k < spec.bursts.size(); k += 2) {
            lengths.insert(spec.bursts[k]);
        }
    }
    std::vector<engine::Tick> sorted(lengths.begin(), lengths.end());
    auto priority = [&](engine::Tick length) {
        auto index = std::lower_bound(sorted.begin(), sorted.end(), length) - sorted.begin();
        auto levels = static_cast<long>(std::min<std::size_t>(sorted.size(), 40));
        return 2 + static_cast<int>(levels - 1 - index * levels / static_cast<long>(sorted.size()));
    };
    std::vector<std::vector<int>> out;
    for (const auto& spec : workload.processes) {
        std::vector<int> row(spec.bursts.size(), 0);
        for (std::size_t k = 0; k < spec.bursts.size(); k += 2) {
            row[k] = priority(spec.bursts[k]);
        }
        out.push_back(std::move(row));
    }
    return out;
}

std::string policyOf(const RealRun& run) { return run.simulated.policy; }

}  // namespace

LinuxPlan planLinux(const engine::Workload& workload, RealMode mode, int tickMs) {
    LinuxPlan plan;
    if (mode != RealMode::Kernel) {  // one child runs at a time; FIFO keeps other load away
        plan.policy = LinuxPolicy::Fifo;
        return plan;
    }
    const auto& entry = *engine::findPolicy(workload.policy.name);
    bool keyless = entry.rankedBy == engine::RankedBy::QueueOrder;
    if (!entry.can.preemptive && !entry.can.quantum && !entry.can.levels && keyless) {
        plan.policy = LinuxPolicy::Fifo;
    } else if (entry.can.quantum && !entry.can.levels) {
        plan.policy = LinuxPolicy::RoundRobin;
        plan.rrTimesliceMs = static_cast<int>(workload.policy.ticks("quantum") * tickMs);
    } else if (!entry.can.preemptive && entry.rankedBy == engine::RankedBy::NextBurst) {
        plan.policy = LinuxPolicy::Fifo;
        plan.runningPriority = kTopPriority;
        plan.burstPriority = byNextBurst(workload);
    }
    return plan;
}

std::string checkThrottle(const engine::SimulationResult& simulated, const LinuxPlan& plan,
                          int tickMs, const System& system) {
    auto runtime = system.readSetting(kRtRuntimePath);
    auto period = system.readSetting(kRtPeriodPath);
    if (plan.policy == LinuxPolicy::Other || !runtime || !period || *runtime < 0) {
        return {};
    }
    // The busiest window of one period, in simulated ticks, from each slice's start.
    engine::Tick window = std::max<engine::Tick>(1, *period / 1000 / tickMs);
    engine::Tick busiest = 0;
    for (const auto& from : simulated.slices) {
        engine::Tick busy = 0;
        for (const auto& slice : simulated.slices) {
            busy += std::max<engine::Tick>(
                0, std::min(slice.end, from.start + window) - std::max(slice.start, from.start));
        }
        busiest = std::max(busiest, busy);
    }
    long long limitUs = *runtime * 9 / 10;  // a margin for the real overheads
    if (busiest * tickMs * 1000 <= limitUs) {
        return {};
    }
    return "the scenario keeps the CPU busy for " + std::to_string(busiest * tickMs) +
           " ms within " + std::to_string(*period / 1000) +
           " ms, and the kernel lets real-time processes run only " +
           std::to_string(*runtime / 1000) + " ms of every " + std::to_string(*period / 1000) +
           " ms (" + kRtRuntimePath + "); use a smaller --tick-ms";
}

std::string permissionMessage(const LinuxPlan& plan, int error) {
    std::string name(linuxPolicyName(plan.policy));
    if (error != EPERM) {
        return "cannot set " + name + " for the children: " + std::strerror(error);
    }
    return "the kernel refused the real-time policy " + name +
           " (no permission). Run as root, or give the program the capability once with "
           "`sudo setcap cap_sys_nice+ep schedlab-cli` (the app: the same on schedlab). Without "
           "it, --mode dispatch and --mode lockstep still work, and so does kernel mode for "
           "policies that run under SCHED_OTHER (srtf, priority, hrrn, mlfq)";
}

engine::Phrase permissionNote() {
    return {QT_TRANSLATE_NOOP("schedlab::engine",
                              "no permission for real-time policies: the children ran under "
                              "SCHED_OTHER, so other programs on their CPU may have delayed them "
                              "(run as root or grant CAP_SYS_NICE for SCHED_FIFO)"),
            {}};
}

namespace {

engine::Phrase kernelNote(const RealRun& run, const LinuxPlan& plan) {
    const std::string policy = policyOf(run);
    if (plan.policy == LinuxPolicy::RoundRobin) {
        return {QT_TRANSLATE_NOOP("schedlab::engine",
                                  "kernel mode: %1 ran as SCHED_RR with the system's timeslice set "
                                  "to %2 ms (asked for %3 ms; the kernel counts it in its own "
                                  "ticks). Linux ends a timeslice at a scheduler tick, so a first "
                                  "slice can be cut short at a tick boundary, and a process that "
                                  "blocked keeps the unused rest of its slice when it wakes, where "
                                  "the textbook gives it a fresh quantum"),
                {policy, std::to_string(run.rrTimesliceMs), std::to_string(plan.rrTimesliceMs)}};
    }
    if (!plan.burstPriority.empty()) {
        return {QT_TRANSLATE_NOOP("schedlab::engine",
                                  "kernel mode: %1 ran as SCHED_FIFO with priorities ordered by "
                                  "next CPU burst (shorter is higher); a running child is raised "
                                  "above all others so that nothing preempts it"),
                {policy}};
    }
    if (plan.policy == LinuxPolicy::Fifo) {
        return {QT_TRANSLATE_NOOP("schedlab::engine",
                                  "kernel mode: %1 ran as SCHED_FIFO at one priority: each child "
                                  "runs until it blocks or ends, in the order the children became "
                                  "ready"),
                {policy}};
    }
    return {QT_TRANSLATE_NOOP("schedlab::engine",
                              "kernel mode: %1 has no Linux counterpart, so the children ran under "
                              "SCHED_OTHER, Linux's default fair scheduler, for contrast: it "
                              "shares the CPU by fairness, so expect another order"),
            {policy}};
}

}  // namespace

void addPlanNotes(RealRun& run, const LinuxPlan& plan) {
    if (run.mode == RealMode::Dispatch) {
        run.notes.push_back({QT_TRANSLATE_NOOP("schedlab::engine",
                                               "dispatch mode: the engine's %1 decided in user "
                                               "space as the real events happened; quanta were "
                                               "counted in each child's own CPU time, and stopping "
                                               "one child and continuing another (SIGSTOP, "
                                               "SIGCONT) costs real time"),
                             {policyOf(run)}});
    } else if (run.mode == RealMode::Lockstep) {
        run.notes.push_back({QT_TRANSLATE_NOOP("schedlab::engine",
                                               "lockstep mode: the simulation's slices ran in its "
                                               "order, each for its length of CPU time; only the "
                                               "real overheads differ"),
                             {}});
    } else {
        run.notes.push_back(kernelNote(run, plan));
    }
}

}  // namespace schedlab::real
