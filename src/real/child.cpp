#include "real/child.hpp"

#include <sched.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

namespace schedlab::real::detail {
namespace {

struct Clock {
    std::int64_t t0Ns = 0;
    std::int64_t nowUs() const { return (monotonicNs() - t0Ns) / 1000; }
};

void record(ChildSlot& slot, RealInterval interval, bool cpu) {
    auto& count = cpu ? slot.cpuCount : slot.ioCount;
    RealInterval* list = cpu ? slot.cpu : slot.io;
    int capacity = cpu ? kMaxCpuIntervals : kMaxIoIntervals;
    int n = count.load(std::memory_order_relaxed);
    if (n == capacity) {
        list[n - 1].endUs = interval.endUs;  // out of room: stretch the last one
        return;
    }
    list[n] = interval;
    count.store(n + 1, std::memory_order_release);
}

void setUp(const ChildPlan& plan) {
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    setpgid(0, plan.group);
    if (plan.closeFd >= 0) {
        close(plan.closeFd);
    }
    if (getppid() != plan.parent) {  // the runner died before prctl took effect
        _exit(1);
    }
    signal(SIGINT, SIG_IGN);  // the runner decides when a run ends
    signal(SIGTERM, SIG_DFL);
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(plan.cpu, &set);
    sched_setaffinity(0, sizeof set, &set);
    rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
    if (plan.rtTimeUs > 0) {
        rlimit rt{static_cast<rlim_t>(plan.rtTimeUs), static_cast<rlim_t>(plan.rtTimeUs)};
        setrlimit(RLIMIT_RTTIME, &rt);
    }
}

/// Burns CPU until the child's own on-CPU time reaches `targetUs`. Returns when the burst ended.
std::int64_t burn(ChildSlot& slot, const Clock& clock, std::int64_t doneUs, std::int64_t targetUs) {
    std::int64_t startNs = monotonicNs();
    std::int64_t lastNs = startNs;
    for (;;) {
        std::int64_t now = monotonicNs();
        if (now - lastNs > kGapNs) {  // descheduled in between
            record(slot, {(startNs - clock.t0Ns) / 1000, (lastNs - clock.t0Ns) / 1000}, true);
            doneUs += (lastNs - startNs) / 1000;
            startNs = now;
        }
        lastNs = now;
        std::int64_t total = doneUs + (lastNs - startNs) / 1000;
        slot.cpuUs.store(total, std::memory_order_release);
        if (total >= targetUs) {
            break;
        }
    }
    record(slot, {(startNs - clock.t0Ns) / 1000, (lastNs - clock.t0Ns) / 1000}, true);
    return (lastNs - clock.t0Ns) / 1000;
}

void startBurst(const ChildPlan& plan, ChildSlot& slot, std::uint32_t& started) {
    if (plan.waitForGrant) {
        slot.state.store(ChildState::WantsCpu, std::memory_order_release);
        futexWait(slot.grant, started);
        ++started;
    }
    if (plan.runningPriority > 0) {  // non-preemptive: nothing may take the CPU mid-burst
        sched_param param{};
        param.sched_priority = plan.runningPriority;
        sched_setparam(0, &param);
    }
    slot.state.store(ChildState::Running, std::memory_order_release);
}

void block(ChildSlot& slot, const Clock& clock, std::int64_t fromUs, std::int64_t ioUs) {
    slot.ioDeadlineUs.store(fromUs + ioUs, std::memory_order_release);
    slot.state.store(ChildState::Blocked, std::memory_order_release);
    sleepUntilNs(clock.t0Ns + (fromUs + ioUs) * 1000);
    // The timer made it runnable at the deadline; it may run only later (that is waiting).
    record(slot, {fromUs, fromUs + ioUs}, false);
}

}  // namespace

void runChild(const ChildPlan& plan, SharedBlock& block_, ChildSlot& slot) {
    setUp(plan);
    SharedHeader& header = block_.header();
    futexWait(header.start, 0);
    Clock clock{header.t0Ns.load(std::memory_order_acquire)};
    for (std::uint32_t turn = header.armed.load(); turn != plan.index; turn = header.armed.load()) {
        futexWait(header.armed, turn);
    }
    header.armed.store(plan.index + 1, std::memory_order_release);
    futexWakeAll(header.armed);
    sleepUntilNs(clock.t0Ns + plan.arrivalUs * 1000);
    std::uint32_t started = 0;
    std::int64_t targetUs = 0;
    std::int64_t endUs = 0;
    for (std::size_t k = 0; k < plan.burstsUs.size(); ++k) {
        if (k % 2 == 1) {
            block(slot, clock, endUs, plan.burstsUs[k]);
            continue;
        }
        slot.burst.store(static_cast<std::int32_t>(k), std::memory_order_release);
        startBurst(plan, slot, started);
        targetUs += plan.burstsUs[k];
        endUs = burn(slot, clock, slot.cpuUs.load(std::memory_order_relaxed), targetUs);
    }
    slot.completionUs.store(endUs, std::memory_order_release);
    slot.state.store(ChildState::Done, std::memory_order_release);
    futexWait(header.release, 0);
    _exit(0);
}

}  // namespace schedlab::real::detail
