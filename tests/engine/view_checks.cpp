// The state views a GUI single-steps through, checked against state() between steps.
#include <algorithm>

#include "engine/policy_registry.hpp"
#include "invariant_checks.hpp"

namespace schedlab::engine::test {
namespace {

using ::testing::AssertionFailure;
using ::testing::AssertionSuccess;

const char* modeName(CpuView::Mode mode) {
    switch (mode) {
        case CpuView::Mode::Idle:
            return "idle";
        case CpuView::Mode::Switching:
            return "switching";
        case CpuView::Mode::Running:
            return "running";
        case CpuView::Mode::Held:
            return "held";
    }
    return "?";
}

// The state a CPU's process must be in for each mode; Idle has no process.
bool cpuAgrees(const CpuView& cpu, const Simulation& sim) {
    switch (cpu.mode) {
        case CpuView::Mode::Idle:
            return cpu.process == kNoProcess;
        case CpuView::Mode::Switching:
            return sim.state(cpu.process) == ProcessState::Ready;
        case CpuView::Mode::Running:
            return sim.state(cpu.process) == ProcessState::Running;
        case CpuView::Mode::Held:
            return sim.state(cpu.process) == ProcessState::Blocked;
    }
    return false;
}

AssertionResult blockedAgrees(const Simulation& sim, size_t n) {
    auto blocked = sim.blocked();
    size_t expected = 0;
    for (Pid p = 0; p < n; ++p) {
        expected += sim.state(p) == ProcessState::Blocked ? 1 : 0;
    }
    for (size_t i = 0; i < blocked.size(); ++i) {
        const auto& b = blocked[i];
        bool sorted = i == 0 || blocked[i - 1].process < b.process;
        // A program's process waiting for a child, lock or queue has no I/O left (#14).
        bool waits = b.process < n && sim.blockReason(b.process) != BlockReason::Io;
        if (b.process >= n || sim.state(b.process) != ProcessState::Blocked ||
            (b.ioLeft <= 0) != waits || !sorted) {
            return AssertionFailure() << "t=" << sim.now() << ": blocked() lists process "
                                      << b.process << " with " << b.ioLeft << " ticks left";
        }
    }
    if (blocked.size() != expected) {
        return AssertionFailure() << "t=" << sim.now() << ": blocked() lists " << blocked.size()
                                  << " processes, " << expected << " are blocked";
    }
    return AssertionSuccess();
}

}  // namespace

AssertionResult viewsConsistent(const Simulation& sim, const Workload& w) {
    size_t n = w.processes.size();
    std::vector<int> queued(n, 0);   // in a ready queue or being switched in
    std::vector<int> running(n, 0);  // on a running CPU
    for (const auto& queue : sim.readyQueues()) {
        for (Pid p : queue) {
            if (p >= n) {
                return AssertionFailure() << "t=" << sim.now() << ": queued process " << p;
            }
            ++queued[p];
        }
    }
    auto cpus = sim.cpus();
    if (cpus.size() != static_cast<size_t>(w.cpus)) {
        return AssertionFailure() << cpus.size() << " CPU views for " << w.cpus << " CPUs";
    }
    for (size_t c = 0; c < cpus.size(); ++c) {
        if (!cpuAgrees(cpus[c], sim)) {
            return AssertionFailure()
                   << "t=" << sim.now() << ": CPU " << c << " is " << modeName(cpus[c].mode)
                   << " with process " << cpus[c].process;
        }
        if (cpus[c].mode == CpuView::Mode::Switching) {
            ++queued[cpus[c].process];
        } else if (cpus[c].mode == CpuView::Mode::Running) {
            ++running[cpus[c].process];
        }
    }
    for (Pid p = 0; p < n; ++p) {
        ProcessState s = sim.state(p);
        int wantQueued = s == ProcessState::Ready ? 1 : 0;
        int wantRunning = s == ProcessState::Running ? 1 : 0;
        if (queued[p] != wantQueued || running[p] != wantRunning) {
            return AssertionFailure() << "t=" << sim.now() << ": " << w.processes[p].name << " is "
                                      << stateName(s) << " but queued " << queued[p]
                                      << " times and running on " << running[p] << " CPUs";
        }
        bool leveled = findPolicy(w.policy.name)->can.levels;
        int levels = leveled ? static_cast<int>(w.policy.levels().size()) : 1;
        if (sim.level(p) < 0 || sim.level(p) >= levels) {
            return AssertionFailure() << w.processes[p].name << " at level " << sim.level(p);
        }
    }
    return blockedAgrees(sim, n);
}

}  // namespace schedlab::engine::test
