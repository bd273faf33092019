// The public face of Simulation: stepping, views of the current instant, results.
#include <algorithm>
#include <tuple>

#include "engine/metrics.hpp"
#include "engine/simulation_impl.hpp"

namespace schedlab::engine {

void Simulation::Impl::finish() {
    m_over = true;
    for (Pid p = 0; p < m_procs.size() && m_programs; ++p) {
        if (m_procs[p].state == ProcessState::Blocked) {
            chargeWait(p, m_now);   // deadlocked: blocked until the run's end
        }
    }
    for (auto& metrics : m_result.processes) {
        metrics.response = metrics.firstRun < 0 ? 0 : metrics.firstRun - metrics.arrival;
        metrics.turnaround = metrics.completion < 0 ? 0 : metrics.completion - metrics.arrival;
    }
    computeSummary(m_result, m_busy, m_switches, allStopped() ? -1 : m_now);
    std::stable_sort(m_result.slices.begin(), m_result.slices.end(),
                     [](const Slice& a, const Slice& b) {
                         return std::tie(a.start, a.cpu) < std::tie(b.start, b.cpu);
                     });
}

Simulation::Simulation(std::shared_ptr<const Workload> workload, SimulationOptions options) {
    const Workload& shared = *workload;
    m_impl = std::make_unique<Impl>(std::move(workload), shared, std::move(options));
}

Simulation::Simulation(const Workload& workload, SimulationOptions options)
    : Simulation(std::make_shared<const Workload>(workload), std::move(options)) {}

Simulation::~Simulation() = default;

bool Simulation::step() { return m_impl->step(); }

void Simulation::runUntil(Tick time) {
    while (m_impl->nextTime() <= time && m_impl->step()) {
    }
}

bool Simulation::run() {
    while (m_impl->step()) {
    }
    return !m_impl->m_cancelled;
}

bool Simulation::finished() const { return m_impl->finished(); }
bool Simulation::cancelled() const { return m_impl->m_cancelled; }
Tick Simulation::now() const { return m_impl->m_now; }
Tick Simulation::nextTime() const { return m_impl->nextTime(); }

std::vector<CpuView> Simulation::cpus() const {
    std::vector<CpuView> out;
    for (const auto& cpu : m_impl->m_cpus) {
        out.push_back({cpu.mode, cpu.process, cpu.since});
    }
    return out;
}

std::vector<std::vector<Pid>> Simulation::readyQueues() const {
    return m_impl->m_policy->readyQueues(m_impl->m_now);
}

std::vector<BlockedView> Simulation::blocked() const {
    std::vector<BlockedView> out;
    for (const auto& io : m_impl->m_io) {
        out.push_back({io.process, io.end - m_impl->m_now});
    }
    for (Pid p = 0; p < m_impl->m_procs.size() && m_impl->m_programs; ++p) {
        const auto& proc = m_impl->m_procs[p];
        if (proc.state == ProcessState::Blocked && proc.reason != BlockReason::Io) {
            out.push_back({p, 0});   // waiting for a child, lock or queue: no I/O left
        }
    }
    std::sort(out.begin(), out.end(),
              [](const BlockedView& a, const BlockedView& b) { return a.process < b.process; });
    return out;
}

ProcessState Simulation::state(Pid process) const { return m_impl->m_procs.at(process).state; }

int Simulation::level(Pid process) const { return m_impl->m_policy->levelOf(process); }

Pid Simulation::parent(Pid process) const { return m_impl->m_procs.at(process).parent; }
BlockReason Simulation::blockReason(Pid process) const {
    return m_impl->m_procs.at(process).reason;
}
std::uint32_t Simulation::blockObject(Pid process) const {
    return m_impl->m_procs.at(process).object;
}

std::vector<LockView> Simulation::locks() const {
    std::vector<LockView> out;
    for (const auto& lock : m_impl->m_locks) {
        out.push_back({lock.holder, lock.since, {lock.waiters.begin(), lock.waiters.end()}});
    }
    return out;
}

std::vector<QueueView> Simulation::queues() const {
    std::vector<QueueView> out;
    for (size_t q = 0; q < m_impl->m_queues.size(); ++q) {
        const auto& queue = m_impl->m_queues[q];
        out.push_back({queue.items, m_impl->m_workload.queues[q].capacity, queue.unfinished,
                       {queue.putters.begin(), queue.putters.end()},
                       {queue.getters.begin(), queue.getters.end()}});
    }
    return out;
}

const SimulationResult& Simulation::result() const { return m_impl->m_result; }

SimulationResult Simulation::takeResult() { return std::move(m_impl->m_result); }

SimulationResult simulate(const Workload& workload, SimulationOptions options) {
    Simulation::Impl run{nullptr, workload, std::move(options)};
    while (run.step()) {
    }
    return std::move(run.m_result);
}

}  // namespace schedlab::engine
