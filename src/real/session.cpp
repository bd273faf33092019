#include "real/session.hpp"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace schedlab::real::detail {
namespace {

constexpr std::int64_t kTurnNs = 100'000;           // the runner looks every 100 us
constexpr std::int64_t kStartDelayNs = 20'000'000;  // children reach their start in time

volatile sig_atomic_t g_interrupted = 0;

void onSignal(int) { g_interrupted = 1; }

/// Installs SIGINT and SIGTERM handlers for its lifetime when asked to.
class SignalScope {
public:
    explicit SignalScope(bool active) : m_active(active) {
        g_interrupted = 0;
        if (!m_active) {
            return;
        }
        struct sigaction action {};
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        sigaction(SIGINT, &action, &m_oldInt);
        sigaction(SIGTERM, &action, &m_oldTerm);
    }
    ~SignalScope() {
        if (m_active) {
            sigaction(SIGINT, &m_oldInt, nullptr);
            sigaction(SIGTERM, &m_oldTerm, nullptr);
        }
    }
    SignalScope(const SignalScope&) = delete;
    SignalScope& operator=(const SignalScope&) = delete;

private:
    bool m_active;
    struct sigaction m_oldInt {};
    struct sigaction m_oldTerm {};
};

std::int64_t field(const std::string& text, const std::string& name) {
    auto at = text.find("\n" + name);
    if (at == std::string::npos) {
        return -1;
    }
    auto colon = text.find(':', at);
    return colon == std::string::npos ? -1 : std::strtoll(text.c_str() + colon + 1, nullptr, 10);
}

std::string reason(int status) {
    if (WIFSIGNALED(status)) {
        int sig = WTERMSIG(status);
        std::string why = sig == SIGKILL || sig == SIGXCPU
                              ? " (the real-time CPU limit RLIMIT_RTTIME, or someone killed it)"
                              : "";
        return std::string("was killed by signal ") + strsignal(sig) + why;
    }
    return "exited with status " + std::to_string(WEXITSTATUS(status));
}

}  // namespace

KernelCounters readKernelCounters(pid_t pid) {
    KernelCounters counters;
    std::string base = "/proc/" + std::to_string(pid);
    std::ifstream schedstat(base + "/schedstat");
    long long run = 0;
    long long wait = 0;
    if (schedstat >> run >> wait) {
        counters.runNs = run;
        counters.waitNs = wait;
    }
    std::ifstream sched(base + "/sched");
    std::stringstream text;
    text << "\n" << sched.rdbuf();
    std::string all = text.str();
    counters.switches = field(all, "nr_switches");
    counters.voluntarySwitches = field(all, "nr_voluntary_switches");
    counters.involuntarySwitches = field(all, "nr_involuntary_switches");
    return counters;
}

Session::Session(std::vector<ChildPlan> plans, std::int64_t limitMs,
                 std::optional<long long> savedTimeslice)
    : m_plans(std::move(plans)), m_block(m_plans.size()), m_limitMs(limitMs) {
    m_guard.emplace(m_block, limitMs, savedTimeslice);
    m_granted.assign(m_plans.size(), 0);
    m_stopped.assign(m_plans.size(), false);
}

Session::~Session() {
    if (!m_done) {
        killAll();
    }
    // m_guard's destructor runs before m_block's: the guard still sees the group.
}

std::int64_t Session::nowUs() const { return (monotonicNs() - m_t0Ns) / 1000; }

void Session::spawn(const std::function<void(int)>& started) {
    for (std::size_t i = 0; i < m_plans.size(); ++i) {
        ChildPlan& plan = m_plans[i];
        plan.parent = getpid();
        plan.group = m_pids.empty() ? 0 : m_pids.front();
        pid_t pid = fork();
        if (pid < 0) {
            throw std::runtime_error(std::string("cannot start a child: ") + std::strerror(errno));
        }
        if (pid == 0) {
            runChild(plan, m_block, m_block.slot(i));
        }
        setpgid(pid, plan.group);  // also here, so that the group exists before anyone looks
        if (m_pids.empty()) {
            m_block.header().pgid.store(pid, std::memory_order_release);
        }
        m_pids.push_back(pid);
    }
    for (pid_t pid : m_pids) {
        if (started) {
            started(pid);
        }
    }
}

void Session::start() {
    m_t0Ns = monotonicNs() + kStartDelayNs;
    m_block.header().t0Ns.store(m_t0Ns, std::memory_order_release);
    m_block.header().start.store(1, std::memory_order_release);
    futexWakeAll(m_block.header().start);
}

void Session::resume(std::size_t i) {
    ChildSlot& s = slot(i);
    if (m_stopped[i]) {
        m_stopped[i] = false;
        kill(m_pids[i], SIGCONT);
        return;
    }
    s.grant.store(++m_granted[i], std::memory_order_release);
    futexWakeAll(s.grant);
}

void Session::pause(std::size_t i) {
    m_stopped[i] = true;
    kill(m_pids[i], SIGSTOP);
}

std::optional<RealError> Session::childDied() {
    for (std::size_t i = 0; i < m_pids.size(); ++i) {
        int status = 0;
        if (m_pids[i] > 0 && waitpid(m_pids[i], &status, WNOHANG) == m_pids[i]) {
            m_pids[i] = -m_pids[i];  // reaped
            return RealError{RealErrorKind::Machine,
                             "child " + std::to_string(i + 1) + " " + reason(status)};
        }
    }
    return std::nullopt;
}

std::optional<RealError> Session::check(std::int64_t nowUs) {
    auto died = childDied();
    if (m_block.header().watchdogFired.load() != 0 || nowUs / 1000 > m_limitMs) {
        return RealError{RealErrorKind::Watchdog,
                         "the watchdog stopped the run after " + std::to_string(m_limitMs) +
                             " ms (the time limit) and killed every child"};
    }
    if (died) {
        return died;
    }
    if (!m_guard->alive()) {
        return RealError{RealErrorKind::Machine,
                         "the guard process (pid " + std::to_string(m_guard->pid()) +
                             ") was killed, so the run stopped: without it nothing would clean "
                             "up if this program crashed"};
    }
    if (g_interrupted != 0) {
        return RealError{RealErrorKind::Cancelled, "interrupted: every child was stopped"};
    }
    return std::nullopt;
}

std::optional<RealError> Session::loop(Driver& driver, const RealOptions& options,
                                       std::int64_t expectedMs) {
    SignalScope signals(options.handleSignals);
    driver.start(*this);
    std::int64_t nextProgressUs = 0;
    for (;;) {
        std::int64_t now = nowUs();
        if (auto error = check(now)) {
            return error;
        }
        if (driver.turn(*this, now)) {
            return std::nullopt;
        }
        if (options.progress && now >= nextProgressUs) {
            nextProgressUs = now + 20'000;
            double share = expectedMs > 0
                               ? static_cast<double>(now) / 1000.0 / static_cast<double>(expectedMs)
                               : 0.0;
            if (!options.progress(std::clamp(share, 0.0, 1.0))) {
                return RealError{RealErrorKind::Cancelled, "cancelled: every child was stopped"};
            }
        }
        sleepUntilNs(monotonicNs() + kTurnNs);
    }
}

std::vector<RealProcess> Session::collect() {
    std::vector<RealProcess> out(m_pids.size());
    for (std::size_t i = 0; i < m_pids.size(); ++i) {
        const ChildSlot& s = slot(i);
        if (m_pids[i] > 0) {
            out[i].kernel = readKernelCounters(m_pids[i]);
        }
        out[i].cpu.assign(s.cpu, s.cpu + s.cpuCount.load(std::memory_order_acquire));
        out[i].io.assign(s.io, s.io + s.ioCount.load(std::memory_order_acquire));
        out[i].completionUs = s.completionUs.load(std::memory_order_acquire);
    }
    m_block.header().release.store(1, std::memory_order_release);
    futexWakeAll(m_block.header().release);
    for (pid_t& pid : m_pids) {
        if (pid > 0) {
            while (waitpid(pid, nullptr, 0) < 0 && errno == EINTR) {
            }
            pid = -pid;
        }
    }
    m_done = true;
    m_guard->finish();
    return out;
}

void Session::killAll() {
    pid_t group = m_block.header().pgid.load();
    if (group > 0) {
        kill(-group, SIGKILL);
    }
    for (pid_t& pid : m_pids) {
        if (pid > 0) {
            kill(pid, SIGKILL);
            while (waitpid(pid, nullptr, 0) < 0 && errno == EINTR) {
            }
            pid = -pid;
        }
    }
    m_done = true;
    m_guard->finish();
}

}  // namespace schedlab::real::detail
