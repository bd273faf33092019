#include "real_test_support.hpp"

#include <sched.h>
#include <signal.h>
#include <sys/wait.h>

#include <cerrno>
#include <chrono>
#include <thread>

#include "engine/policy_spec.hpp"

namespace schedlab::real::testing {

engine::Workload makeWorkload(const std::string& spec, std::initializer_list<ProcessLine> lines) {
    engine::Workload workload;
    workload.name = "real test";
    workload.policy = *engine::parsePolicySpec(spec).policy;
    for (const auto& line : lines) {
        workload.processes.push_back({line.name, line.arrival, 0, line.bursts});
    }
    return workload;
}

engine::Workload shortWorkload(const std::string& spec) {
    return makeWorkload(spec, {{"A", 0, {6, 3, 2}}, {"B", 1, {4}}, {"C", 2, {2, 4, 3}}});
}

int FakeSystem::setScheduler(int pid, int policy, int priority) const {
    if (refuseRealTime && policy != SCHED_OTHER) {
        return EPERM;
    }
    return System::setScheduler(pid, policy, priority);
}

std::vector<int> FakeSystem::usableCpus() const {
    return cpus.empty() ? System::usableCpus() : cpus;
}

std::optional<long long> FakeSystem::readSetting(const std::string& path) const {
    if (rtRuntimeUs != -2 && path == kRtRuntimePath) {
        return rtRuntimeUs;
    }
    return System::readSetting(path);
}

bool gone(pid_t pid) { return kill(pid, 0) != 0 && errno == ESRCH; }

bool allGone(const std::vector<pid_t>& pids, double seconds, bool reap) {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    for (;;) {
        while (reap && waitpid(-1, nullptr, WNOHANG) > 0) {
        }
        bool all = true;
        for (pid_t pid : pids) {
            all = all && gone(pid);
        }
        if (all) {
            return true;
        }
        if (std::chrono::steady_clock::now() > deadline) {
            return false;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

long long rrTimeslice() { return defaultSystem().readSetting(kRrTimeslicePath).value_or(-1); }

}  // namespace schedlab::real::testing
