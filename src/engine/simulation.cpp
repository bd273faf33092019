#include "engine/simulation.hpp"

#include <algorithm>
#include <cassert>

#include "engine/large_array.hpp"
#include "engine/metrics.hpp"
#include "engine/policy_registry.hpp"
#include "engine/policy_spec.hpp"
#include "engine/simulation_impl.hpp"

namespace schedlab::engine {

Simulation::Impl::Impl(std::shared_ptr<const Workload> owner, const Workload& workload,
                       SimulationOptions options)
    : m_owner(std::move(owner)),
      m_workload(workload),
      m_entry(*findPolicy(workload.policy.name)),
      m_options(std::move(options)),
      m_cpus(static_cast<size_t>(workload.cpus)),
      m_busy(static_cast<size_t>(workload.cpus), 0) {
    assert(validateWorkload(workload).empty());
    size_t count = workload.processes.size();
    resizeLarge(m_info, count);
    resizeLarge(m_procs, count);
    resizeLarge(m_result.processes, count);
    bool larger = workload.priorityOrder == PriorityOrder::LargerFirst;
    m_result.scenario = workload.name;
    m_result.policy = formatPolicySpec(workload.policy);
    m_result.cpus = workload.cpus;
    size_t totalSteps = 0;
    for (const auto& spec : workload.processes) {
        totalSteps += spec.program.empty() ? spec.bursts.size() : spec.program.size();
    }
    m_steps.reserve(totalSteps);
    prepareLargeArray(m_steps.data(), totalSteps * sizeof(Step));
    reserveRecords(count, totalSteps);
    m_programs = workload.hasPrograms();
    if (m_programs) {
        m_children.resize(count);
        m_locks.resize(workload.locks.size());
        m_queues.resize(workload.queues.size());
    }
    size_t arriving = 0;
    for (Pid p = 0; p < m_info.size(); ++p) {
        const auto& spec = workload.processes[p];
        m_info[p] = {spec.arrival, larger ? -spec.priority : spec.priority, 0, 0, spec.arrival};
        loadSteps(p, spec);
        arriving += spec.parent == kNoProcess ? 1 : 0;
    }
    resizeLarge(m_arrivals, arriving);   // files usually list processes by arrival already
    for (Pid p = 0, next = 0; p < m_info.size(); ++p) {
        if (workload.processes[p].parent == kNoProcess) {
            m_arrivals[next++] = p;
        }
    }
    auto byArrival = [&](Pid a, Pid b) { return m_info[a].arrival < m_info[b].arrival; };
    if (!std::is_sorted(m_arrivals.begin(), m_arrivals.end(), byArrival)) {
        std::stable_sort(m_arrivals.begin(), m_arrivals.end(), byArrival);
    }
    m_policy = m_entry.make(
        {workload, m_info, [this](Pid p, int index, std::int64_t value) { note(p, index, value); }});
}

// Room for the records of a run without preemption; more only grow the vectors.
void Simulation::Impl::reserveRecords(size_t processes, size_t bursts) {
    auto reserve = [](auto& records, bool wanted, size_t count) {
        if (wanted) {
            records.reserve(count);
            prepareLargeArray(records.data(), count * sizeof(records[0]));
        }
    };
    reserve(m_result.slices, m_options.recordSlices, bursts);
    reserve(m_result.events, m_options.recordEvents, processes + 2 * bursts);
    reserve(m_result.decisions, m_options.recordDecisions, 2 * bursts);
}

Tick Simulation::Impl::cpuEventTime(const Cpu& cpu) const {
    if (cpu.mode == CpuView::Mode::Switching) {
        return cpu.until;
    }
    if (cpu.mode != CpuView::Mode::Running) {
        return kNever;
    }
    return cpu.charged + std::min(m_info[cpu.process].burstLeft, m_policy->quantumLeft(cpu.process));
}

// Boosts fall on every positive multiple of the period while processes are unfinished. While no
// CPU runs, boosts before the next other happening change nothing that a single boost would
// not, so only the last of them is played.
Tick Simulation::Impl::boostTime(Tick candidate) const {
    Tick period = m_policy->boostPeriod();
    if (period <= 0 || allStopped()) {
        return kNever;
    }
    Tick next = (m_now / period + 1) * period;
    if (!m_started) {
        next = std::max<Tick>(period, (m_now + period - 1) / period * period);
    }
    bool busy = std::any_of(m_cpus.begin(), m_cpus.end(), [](const Cpu& cpu) {
        return cpu.mode == CpuView::Mode::Running || cpu.mode == CpuView::Mode::Switching;
    });
    if (next > candidate || busy || candidate == kNever) {
        return next;
    }
    return candidate / period * period;
}

Tick Simulation::Impl::nextTime() const {
    if (allStopped() || m_over || m_cancelled) {
        return kNever;
    }
    Tick t = kNever;
    if (m_nextArrival < m_arrivals.size()) {
        t = m_info[m_arrivals[m_nextArrival]].arrival;
    }
    if (!m_io.empty()) {
        t = std::min(t, m_io.front().end);
    }
    for (const auto& cpu : m_cpus) {
        t = std::min(t, cpuEventTime(cpu));
    }
    return std::min(t, boostTime(t));
}

bool Simulation::Impl::step() {
    Tick t = nextTime();
    if (t == kNever) {
        return false;
    }
    m_now = t;
    m_started = true;
    std::vector<Pid>& expired = m_expired;
    expired.clear();
    chargeRunning(t);
    finishCpuWork(t, expired);
    enterReady(t, expired);
    dispatchIdle(t);
    preempt(t);
    for (Pid p : expired) {
        m_procs[p].expiredOn = -1;
    }
    if (allStopped()) {
        finish();
    } else if (m_programs && nextTime() == kNever) {
        checkStuck(t);   // nothing can run any more: the blocked ones wait for ever
        finish();
    } else if (m_options.progress && ++m_instants % 4096 == 0) {
        double share = static_cast<double>(m_finished) / static_cast<double>(m_procs.size());
        m_cancelled = !m_options.progress(t, share);
    }
    return true;
}

void Simulation::Impl::chargeRunning(Tick t) {
    for (size_t c = 0; c < m_cpus.size(); ++c) {
        Cpu& cpu = m_cpus[c];
        if (cpu.mode != CpuView::Mode::Running || t == cpu.charged) {
            continue;
        }
        Tick ran = t - cpu.charged;
        auto& metrics = m_result.processes[cpu.process];
        if (metrics.firstRun < 0) {
            metrics.firstRun = cpu.charged;   // set on the first tick actually run
        }
        m_info[cpu.process].burstLeft -= ran;
        m_policy->charge(cpu.process, ran);
        m_busy[c] += ran;
        cpu.charged = t;
    }
}

void Simulation::Impl::finishCpuWork(Tick t, std::vector<Pid>& expired) {
    for (int c = 0; c < static_cast<int>(m_cpus.size()); ++c) {
        Cpu& cpu = m_cpus[static_cast<size_t>(c)];
        if (cpu.mode == CpuView::Mode::Switching && cpu.until == t) {
            startRunning(c, t);
        } else if (cpu.mode == CpuView::Mode::Running && m_info[cpu.process].burstLeft == 0) {
            burstDone(c, t);
        }
        // A quantum counts across the zero-time steps after a CPU step (CONTRACT section 4).
        if (cpu.mode == CpuView::Mode::Running && m_policy->quantumLeft(cpu.process) <= 0) {
            Pid p = cpu.process;
            decide(DecisionKind::QuantumExpired, t, c, p);
            stopRunning(c, StopReason::QuantumExpired, t);
            m_procs[p].expiredOn = c;
            expired.push_back(p);
        }
    }
}

void Simulation::Impl::startRunning(int c, Tick t) {
    Cpu& cpu = m_cpus[static_cast<size_t>(c)];
    Pid p = cpu.process;
    auto& metrics = m_result.processes[p];
    metrics.waiting += t - m_info[p].readySince;
    cpu.mode = CpuView::Mode::Running;
    cpu.since = t;
    cpu.charged = t;
    change(p, ProcessState::Running, t, c);
    const Proc& proc = m_procs[p];
    if (proc.step == proc.end || m_steps[proc.step].kind != StepKind::Cpu) {
        runSteps(c, t);   // the steps after an io or a blocking step run at dispatch
    }
}

// The CPU step of the process on CPU c ended: the steps after it run now.
void Simulation::Impl::burstDone(int c, Tick t) {
    Pid p = m_cpus[static_cast<size_t>(c)].process;
    ++m_procs[p].step;
    runSteps(c, t);
}

// Takes the process off CPU c, closing its slice and telling the policy why.
void Simulation::Impl::stopRunning(int c, StopReason why, Tick t) {
    Cpu& cpu = m_cpus[static_cast<size_t>(c)];
    Pid p = cpu.process;
    closeSlice(c, t);
    int before = m_policy->levelOf(p);
    m_policy->onStop(p, why, t);
    int after = m_policy->levelOf(p);
    if (after > before) {
        decide(DecisionKind::Demote, t, c, p, kNoProcess, after);
    }
    cpu.mode = CpuView::Mode::Idle;
    cpu.process = kNoProcess;
    cpu.since = t;
}

void Simulation::Impl::closeSlice(int c, Tick t) {
    const Cpu& cpu = m_cpus[static_cast<size_t>(c)];
    if (m_options.recordSlices && t > cpu.since) {
        m_result.slices.push_back({c, cpu.process, cpu.since, t});
    }
}

}  // namespace schedlab::engine
