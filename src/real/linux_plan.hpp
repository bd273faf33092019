#pragma once
// Private to src/real: which Linux policy and priorities the children get, the RT throttle
// check, and the sentences that explain them.

#include <string>
#include <vector>

#include "real/runner.hpp"

namespace schedlab::real {

struct LinuxPlan {
    LinuxPolicy policy = LinuxPolicy::Other;
    int basePriority = 10;    ///< SCHED_FIFO / SCHED_RR priority when all share one
    int runningPriority = 0;  ///< > 0: a child takes it while it runs (non-preemptive by key)
    int rrTimesliceMs = 0;    ///< > 0: the RR timeslice to set for the run
    std::string reason;       ///< why this policy, one sentence
    /// Non-preemptive by next burst: burstPriority[p][k] for CPU burst k (even k).
    std::vector<std::vector<int>> burstPriority;

    int priorityOf(std::size_t p) const {
        return burstPriority.empty() ? basePriority : burstPriority[p][0];
    }
};

LinuxPlan planLinux(const engine::Workload& workload, RealMode mode, int tickMs);

/// Why the plan's real-time demand would reach the kernel's RT throttle, or "".
std::string checkThrottle(const engine::SimulationResult& simulated, const LinuxPlan& plan,
                          int tickMs, const System& system);

std::string permissionMessage(const LinuxPlan& plan, int error);
engine::Phrase permissionNote();
void addPlanNotes(RealRun& run, const LinuxPlan& plan);

}  // namespace schedlab::real
