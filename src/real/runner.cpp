#include "real/runner.hpp"

#include <fcntl.h>
#include <sched.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <stdexcept>

#include "engine/simulation.hpp"
#include "engine/translatable.hpp"
#include "real/drivers.hpp"
#include "real/linux_plan.hpp"

namespace schedlab::real {
namespace {

using detail::ChildPlan;

/// Pins the calling thread to one CPU for its lifetime.
class PinnedThread {
public:
    explicit PinnedThread(int cpu) {
        m_saved = sched_getaffinity(0, sizeof m_old, &m_old) == 0;
        cpu_set_t set;
        CPU_ZERO(&set);
        CPU_SET(cpu, &set);
        sched_setaffinity(0, sizeof set, &set);
    }
    ~PinnedThread() {
        if (m_saved) {
            sched_setaffinity(0, sizeof m_old, &m_old);
        }
    }
    PinnedThread(const PinnedThread&) = delete;
    PinnedThread& operator=(const PinnedThread&) = delete;

private:
    cpu_set_t m_old{};
    bool m_saved = false;
};

/// Raises the calling thread (the runner) to SCHED_FIFO for its lifetime, when permitted, so
/// that a busy machine does not delay its decisions; children forked meanwhile start under
/// SCHED_OTHER (SCHED_RESET_ON_FORK) until they get their own policy.
class RaisedRunner {
public:
    RaisedRunner() {
        m_policy = sched_getscheduler(0);
        sched_getparam(0, &m_param);
        sched_param param{};
        param.sched_priority = kRunnerPriority;
        m_raised = sched_setscheduler(0, SCHED_FIFO | SCHED_RESET_ON_FORK, &param) == 0;
    }
    ~RaisedRunner() {
        if (m_raised) {
            sched_setscheduler(0, m_policy, &m_param);
        }
    }
    RaisedRunner(const RaisedRunner&) = delete;
    RaisedRunner& operator=(const RaisedRunner&) = delete;

private:
    static constexpr int kRunnerPriority = 60;  // above every child
    int m_policy = SCHED_OTHER;
    sched_param m_param{};
    bool m_raised = false;
};

/// Writes a saved setting back when it goes out of scope, whatever happened; only when this run
/// set it (set()) and it still holds what this run set, so a change made meanwhile stays (#13).
class SettingRestore {
public:
    SettingRestore(const System& system, std::optional<long long> saved)
        : m_system(system), m_saved(saved) {}
    ~SettingRestore() {
        if (m_saved && m_set >= 0 && m_system.readSetting(kRrTimeslicePath) == m_set) {
            m_system.writeSetting(kRrTimeslicePath, *m_saved);
        }
    }
    SettingRestore(const SettingRestore&) = delete;
    SettingRestore& operator=(const SettingRestore&) = delete;

    void set(long long value) { m_set = value; }

private:
    const System& m_system;
    std::optional<long long> m_saved;
    long long m_set = -1;  ///< what this run set; -1 before
};

/// One real run at a time on the machine (#13: two runs each restored the timeslice the other
/// had set): an exclusive flock held for the run's lifetime.
class MachineLock {
public:
    MachineLock() {
        m_fd = open(kRealLockPath, O_RDONLY | O_CLOEXEC);
        if (m_fd < 0 && errno == ENOENT) {
            m_fd = open(kRealLockPath, O_RDONLY | O_CREAT | O_CLOEXEC, 0644);
        }
        m_error = m_fd < 0 ? errno : flock(m_fd, LOCK_EX | LOCK_NB) != 0 ? errno : 0;
    }
    ~MachineLock() {
        if (m_fd >= 0) {
            close(m_fd);  // releases the lock
        }
    }
    MachineLock(const MachineLock&) = delete;
    MachineLock& operator=(const MachineLock&) = delete;

    std::optional<RealError> problem() const {
        if (m_error == 0) {
            return std::nullopt;
        }
        if (m_error == EWOULDBLOCK) {
            return RealError{RealErrorKind::Machine,
                             "another real run is in progress on this machine (schedlab-cli real "
                             "or the app); real runs go one at a time, so try again when it ends"};
        }
        return RealError{RealErrorKind::Machine, std::string("cannot lock ") + kRealLockPath +
                                                     ": " + std::strerror(m_error)};
    }

private:
    int m_fd = -1;
    int m_error = 0;
};

/// "180 s", "180.01 s": as many decimals as the milliseconds need, so that a run just over the
/// limit does not read as equal to it (#13).
std::string secondsText(std::int64_t ms) {
    std::string text = std::to_string(ms / 1000);
    if (ms % 1000 != 0) {
        std::string millis = std::to_string(1000 + ms % 1000).substr(1);
        text += "." + millis.substr(0, millis.find_last_not_of('0') + 1);
    }
    return text + " s";
}

RealOutcome failure(RealErrorKind kind, std::string message) {
    return {std::nullopt, {kind, std::move(message)}};
}

std::vector<ChildPlan> childPlans(const engine::Workload& workload, const LinuxPlan& plan,
                                  RealMode mode, int tickMs, int cpu) {
    std::int64_t tickUs = std::int64_t{tickMs} * 1000;
    std::vector<ChildPlan> plans;
    for (const auto& spec : workload.processes) {
        ChildPlan child;
        std::int64_t cpuUs = 0;
        for (std::size_t k = 0; k < spec.bursts.size(); ++k) {
            child.burstsUs.push_back(spec.bursts[k] * tickUs);
            cpuUs += k % 2 == 0 ? spec.bursts[k] * tickUs : 0;
        }
        child.arrivalUs = spec.arrival * tickUs;
        child.index = static_cast<std::uint32_t>(plans.size());
        child.cpu = cpu;
        child.waitForGrant = mode != RealMode::Kernel;
        child.runningPriority = plan.runningPriority;
        // The safety net for a child that would spin forever: its whole CPU demand plus 1 s.
        child.rtTimeUs = plan.policy == LinuxPolicy::Other ? 0 : cpuUs + 1'000'000;
        plans.push_back(std::move(child));
    }
    return plans;
}

int linuxPolicyValue(LinuxPolicy policy) {
    switch (policy) {
        case LinuxPolicy::Fifo:
            return SCHED_FIFO;
        case LinuxPolicy::RoundRobin:
            return SCHED_RR;
        default:
            return SCHED_OTHER;
    }
}

/// Puts every child under the plan's policy. Returns the first errno.
int applyPolicy(const detail::Session& session, const LinuxPlan& plan, const System& system) {
    for (std::size_t i = 0; i < session.size(); ++i) {
        int priority = plan.policy == LinuxPolicy::Other ? 0 : plan.priorityOf(i);
        if (int error =
                system.setScheduler(session.pid(i), linuxPolicyValue(plan.policy), priority)) {
            return error;
        }
    }
    return 0;
}

std::unique_ptr<detail::Driver> makeDriver(const engine::Workload& workload, const LinuxPlan& plan,
                                           RealMode mode, int tickMs) {
    std::int64_t tickUs = std::int64_t{tickMs} * 1000;
    switch (mode) {
        case RealMode::Dispatch:
            return detail::makeDispatchDriver(workload, tickUs);
        case RealMode::Lockstep:
            return detail::makeLockstepDriver(workload, tickUs);
        default:
            return detail::makeKernelDriver(plan.burstPriority);
    }
}

struct Prepared {
    RealRun run;
    LinuxPlan plan;
    std::int64_t expectedMs = 0;
    std::vector<int> cpus;
};

}  // namespace

std::int64_t estimateRealMs(const engine::SimulationResult& simulated, int tickMs) {
    return simulated.summary.end * tickMs;
}

std::string checkRealWorkload(const engine::Workload& workload, int tickMs) {
    if (auto problems = engine::validateWorkload(workload); !problems.empty()) {
        return problems.front();
    }
    if (tickMs < 1 || tickMs > 1000) {
        return "--tick-ms must be between 1 and 1000, not " + std::to_string(tickMs);
    }
    if (workload.hasPrograms()) {   // #16: the lifecycle lab on the real kernel
        return "a real run takes scenarios written with bursts; programs (start, join, locks, "
               "queues) run in the simulation only, for now";
    }
    if (workload.cpus != 1) {
        return "a real run uses one CPU, and the scenario has " + std::to_string(workload.cpus) +
               " (set cpus: 1)";
    }
    if (workload.contextSwitch != 0) {
        return "a real run measures the kernel's own switch cost, so the scenario must have "
               "context_switch: 0";
    }
    if (!workload.multiprogramming) {
        return "a real run needs multiprogramming: true (a real CPU does not idle during I/O)";
    }
    if (workload.processes.size() > kMaxRealProcesses) {
        return "a real run takes at most " + std::to_string(kMaxRealProcesses) +
               " processes, and the scenario has " + std::to_string(workload.processes.size());
    }
    return {};
}

namespace {

std::optional<RealOutcome> prepare(const engine::Workload& workload, const RealOptions& options,
                                   const System& system, Prepared& out) {
    if (auto why = checkRealWorkload(workload, options.tickMs); !why.empty()) {
        return failure(RealErrorKind::BadInput, why);
    }
    out.cpus = system.usableCpus();
    if (out.cpus.size() < 2) {
        return failure(RealErrorKind::Machine,
                       "a real run needs at least 2 CPUs (the children on one, the runner on "
                       "another); this process may use " +
                           std::to_string(out.cpus.size()));
    }
    out.run.mode = options.mode;
    out.run.tickMs = options.tickMs;
    out.run.workload = workload;
    out.run.simulated = engine::simulate(workload);
    out.expectedMs = estimateRealMs(out.run.simulated, options.tickMs);
    if (out.expectedMs > kMaxRealRunMs) {
        return failure(RealErrorKind::BadInput,
                       "the run would take about " + secondsText(out.expectedMs) +
                           " of real time at --tick-ms " + std::to_string(options.tickMs) +
                           "; the limit is " + secondsText(kMaxRealRunMs) +
                           " (use a smaller --tick-ms or a shorter scenario)");
    }
    out.plan = planLinux(workload, options.mode, options.tickMs);
    if (auto why = checkThrottle(out.run.simulated, out.plan, options.tickMs, system);
        !why.empty()) {
        if (options.mode == RealMode::Kernel) {
            return failure(RealErrorKind::BadInput, why);
        }
        out.plan.policy = LinuxPolicy::Other;
        out.run.notes.push_back(
            {QT_TRANSLATE_NOOP("schedlab::engine",
                               "%1; the children ran under SCHED_OTHER instead"),
             {why}});
    }
    return std::nullopt;
}

RealOutcome execute(Prepared& prepared, const RealOptions& options, const System& system) {
    RealRun& run = prepared.run;
    LinuxPlan& plan = prepared.plan;
    run.childCpu = prepared.cpus.back();
    PinnedThread pinned(prepared.cpus.front());
    RaisedRunner raised;
    std::optional<long long> saved;
    if (plan.rrTimesliceMs > 0) {
        saved = system.readSetting(kRrTimeslicePath);
    }
    std::int64_t limitMs =
        options.watchdogMs > 0 ? options.watchdogMs : 3 * prepared.expectedMs + 5000;
    SettingRestore restore(system, saved);  // after the session ends (declared before it)
    detail::Session session(childPlans(run.workload, plan, run.mode, run.tickMs, run.childCpu),
                            limitMs, saved);
    if (options.guardStarted) {
        options.guardStarted(session.guardPid());
    }
    // The timeslice before the children exist: a task gets its first RR slice at fork.
    if (saved) {
        if (int error = system.writeSetting(kRrTimeslicePath, plan.rrTimesliceMs)) {
            return failure(RealErrorKind::Permission,
                           std::string("cannot set ") + kRrTimeslicePath + ": " +
                               std::strerror(error) + " (run as root to use rr in kernel mode)");
        }
        auto set = system.readSetting(kRrTimeslicePath).value_or(0);
        restore.set(set);
        session.timesliceSet(set);
        run.rrTimesliceMs = static_cast<int>(set);
    }
    session.spawn(options.childStarted);
    if (int error = applyPolicy(session, plan, system)) {
        if (error != EPERM || run.mode == RealMode::Kernel) {
            return failure(error == EPERM ? RealErrorKind::Permission : RealErrorKind::Machine,
                           permissionMessage(plan, error));
        }
        plan.policy = LinuxPolicy::Other;
        applyPolicy(session, plan, system);
        run.notes.push_back(permissionNote());
    }
    run.linuxPolicy = plan.policy;
    auto driver = makeDriver(run.workload, plan, run.mode, run.tickMs);
    session.start();
    auto error = session.loop(*driver, options, prepared.expectedMs);
    if (error) {
        return failure(error->kind, error->message);
    }
    run.processes = session.collect();
    addPlanNotes(run, plan);
    return {std::move(run), {}};
}

}  // namespace

RealOutcome runReal(const engine::Workload& workload, const RealOptions& options) {
    const System& system = options.system != nullptr ? *options.system : defaultSystem();
    Prepared prepared;
    if (auto refused = prepare(workload, options, system, prepared)) {
        return std::move(*refused);
    }
    MachineLock lock;
    if (auto busy = lock.problem()) {
        return {std::nullopt, std::move(*busy)};
    }
    try {
        return execute(prepared, options, system);
    } catch (const std::exception& error) {
        return failure(RealErrorKind::Machine, error.what());
    }
}

std::string_view modeName(RealMode mode) {
    switch (mode) {
        case RealMode::Dispatch:
            return "dispatch";
        case RealMode::Lockstep:
            return "lockstep";
        default:
            return "kernel";
    }
}

std::optional<RealMode> parseMode(std::string_view name) {
    for (auto mode : {RealMode::Kernel, RealMode::Dispatch, RealMode::Lockstep}) {
        if (modeName(mode) == name) {
            return mode;
        }
    }
    return std::nullopt;
}

std::string_view linuxPolicyName(LinuxPolicy policy) {
    switch (policy) {
        case LinuxPolicy::Fifo:
            return "SCHED_FIFO";
        case LinuxPolicy::RoundRobin:
            return "SCHED_RR";
        default:
            return "SCHED_OTHER";
    }
}

}  // namespace schedlab::real
