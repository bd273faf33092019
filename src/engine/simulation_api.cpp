// The public face of Simulation: stepping, views of the current instant, results.
#include <algorithm>
#include <tuple>

#include "engine/metrics.hpp"
#include "engine/simulation_impl.hpp"

namespace schedlab::engine {

void Simulation::Impl::finish() {
    m_over = true;
    for (auto& metrics : m_result.processes) {
        metrics.response = metrics.firstRun < 0 ? 0 : metrics.firstRun - metrics.arrival;
        metrics.turnaround = metrics.completion < 0 ? 0 : metrics.completion - metrics.arrival;
    }
    computeSummary(m_result, m_busy, m_switches);
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
    std::sort(out.begin(), out.end(),
              [](const BlockedView& a, const BlockedView& b) { return a.process < b.process; });
    return out;
}

ProcessState Simulation::state(Pid process) const { return m_impl->m_procs.at(process).state; }

int Simulation::level(Pid process) const { return m_impl->m_policy->levelOf(process); }

const SimulationResult& Simulation::result() const { return m_impl->m_result; }

SimulationResult Simulation::takeResult() { return std::move(m_impl->m_result); }

SimulationResult simulate(const Workload& workload, SimulationOptions options) {
    Simulation::Impl run{nullptr, workload, std::move(options)};
    while (run.step()) {
    }
    return std::move(run.m_result);
}

}  // namespace schedlab::engine
