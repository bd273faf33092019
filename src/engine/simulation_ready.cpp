// The part of an instant after CPU work is accounted: who becomes ready, in the rules' order,
// then filling idle CPUs and preemption.
#include <algorithm>

#include "engine/simulation_impl.hpp"

namespace schedlab::engine {

void Simulation::Impl::enterReady(Tick t, const std::vector<Pid>& expired) {
    if (m_workload.rules == Rules::Ostep) {
        readmitExpired(t, expired);
        applyBoost(t);
        admitArrivals(t);
        completeIo(t);
        flushWoken(t);
        return;
    }
    admitArrivals(t);
    completeIo(t);
    flushWoken(t);
    readmitExpired(t, expired);
    applyBoost(t);
}

void Simulation::Impl::admitArrivals(Tick t) {
    while (m_nextArrival < m_arrivals.size() && m_info[m_arrivals[m_nextArrival]].arrival == t) {
        Pid p = m_arrivals[m_nextArrival++];
        makeReady(p, ReadyReason::Arrived, t);
    }
}

void Simulation::Impl::completeIo(Tick t) {
    while (!m_io.empty() && m_io.front().end == t) {
        std::pop_heap(m_io.begin(), m_io.end(), std::greater<>{});
        Pid p = m_io.back().process;
        m_io.pop_back();
        int held = m_procs[p].heldCpu;
        if (held < 0) {
            makeReady(p, ReadyReason::IoDone, t);
            continue;
        }
        // Uniprogramming: the CPU waited for this process; it resumes at once.
        change(p, ProcessState::Ready, t);
        m_info[p].readySince = t;
        m_procs[p].heldCpu = -1;
        Cpu& cpu = m_cpus[static_cast<size_t>(held)];
        cpu.mode = CpuView::Mode::Idle;
        dispatch(held, p, t);
    }
}

void Simulation::Impl::readmitExpired(Tick t, const std::vector<Pid>& expired) {
    for (Pid p : expired) {
        makeReady(p, ReadyReason::QuantumExpired, t, m_procs[p].expiredOn);
    }
}

void Simulation::Impl::applyBoost(Tick t) {
    Tick period = m_policy->boostPeriod();
    if (period > 0 && t > 0 && t % period == 0 && !finished()) {
        m_policy->boost(t);
        decide(DecisionKind::Boost, t, -1, kNoProcess);
    }
}

void Simulation::Impl::makeReady(Pid p, ReadyReason why, Tick t, int cpu) {
    change(p, ProcessState::Ready, t, cpu);
    m_info[p].readySince = t;
    int before = m_policy->levelOf(p);
    m_policy->add(p, why, t);
    if (int after = m_policy->levelOf(p); after > before) {
        decide(DecisionKind::Demote, t, cpu, p, kNoProcess, after);
    }
}

// Fills idle CPUs in order. A program's steps at dispatch may free a CPU again (it blocks,
// yields or ends) and make others ready: then the CPUs are filled again.
void Simulation::Impl::dispatchIdle(Tick t) {
    for (bool again = true; again;) {
        again = false;
        for (int c = 0; c < static_cast<int>(m_cpus.size()) && m_policy->hasReady(); ++c) {
            if (m_cpus[static_cast<size_t>(c)].mode != CpuView::Mode::Idle) {
                continue;
            }
            Pid p = m_policy->take(t);
            bool same = m_procs[p].expiredOn == c && m_cpus[static_cast<size_t>(c)].last == p;
            auto kind = same ? DecisionKind::Continue : DecisionKind::Dispatch;
            decide(kind, t, c, p, kNoProcess, m_policy->key(p, t));
            dispatch(c, p, t);
            flushWoken(t);
            again = again || m_cpus[static_cast<size_t>(c)].mode == CpuView::Mode::Idle;
        }
    }
}

// Puts p on idle CPU c: after a context switch if p is not the process the CPU ran last.
void Simulation::Impl::dispatch(int c, Pid p, Tick t) {
    Cpu& cpu = m_cpus[static_cast<size_t>(c)];
    bool other = cpu.last != kNoProcess && cpu.last != p;
    m_switches += other ? 1 : 0;
    cpu.process = p;
    cpu.last = p;
    cpu.since = t;
    m_policy->onDispatch(p, t);
    if (other && m_workload.contextSwitch > 0) {
        cpu.mode = CpuView::Mode::Switching;
        cpu.until = t + m_workload.contextSwitch;
        m_result.switches.push_back({c, p, t, cpu.until});
        return;
    }
    startRunning(c, t);
}

// The running process with the weakest claim to its CPU; ties go to the higher CPU number.
int Simulation::Impl::worstRunningCpu(Tick t) const {
    int worst = -1;
    for (int c = 0; c < static_cast<int>(m_cpus.size()); ++c) {
        const Cpu& cpu = m_cpus[static_cast<size_t>(c)];
        if (cpu.mode != CpuView::Mode::Running) {
            continue;
        }
        Pid current = m_cpus[static_cast<size_t>(std::max(worst, 0))].process;
        if (worst < 0 || !m_policy->ranksBefore(cpu.process, current, t)) {
            worst = c;
        }
    }
    return worst;
}

void Simulation::Impl::preempt(Tick t) {
    if (!m_entry.can.preemptive) {
        return;
    }
    for (size_t round = 0; round < m_cpus.size() && m_policy->hasReady(); ++round) {
        int c = worstRunningCpu(t);
        if (c < 0 || !m_policy->shouldPreempt(m_cpus[static_cast<size_t>(c)].process, t)) {
            return;
        }
        Pid old = m_cpus[static_cast<size_t>(c)].process;
        std::int64_t oldKey = m_policy->key(old, t);
        stopRunning(c, StopReason::Preempted, t);
        Pid next = m_policy->take(t);
        decide(DecisionKind::Preempt, t, c, next, old, m_policy->key(next, t), oldKey);
        makeReady(old, ReadyReason::Preempted, t, c);
        dispatch(c, next, t);
        flushWoken(t);
        dispatchIdle(t);
    }
}

void Simulation::Impl::change(Pid p, ProcessState to, Tick t, int cpu) {
    Proc& proc = m_procs[p];
    if (m_options.recordEvents) {
        m_result.events.push_back({t, p, proc.state, to, cpu});
    }
    proc.state = to;
}

void Simulation::Impl::decide(DecisionKind kind, Tick t, int cpu, Pid p, Pid other,
                              std::int64_t value, std::int64_t otherValue) {
    if (m_options.recordDecisions) {
        m_result.decisions.push_back({t, kind, cpu, p, other, value, otherValue, m_entry.rankedBy});
    }
}

void Simulation::Impl::note(Pid p, int index, std::int64_t value) {
    decide(DecisionKind::Note, m_now, cpuOf(p), p, kNoProcess, value);
    if (m_options.recordDecisions) {
        m_result.decisions.back().note = index;
    }
}

// The CPU p runs on, or the one whose quantum it used up at this instant; else -1.
int Simulation::Impl::cpuOf(Pid p) const {
    for (int c = 0; c < static_cast<int>(m_cpus.size()); ++c) {
        if (m_cpus[static_cast<size_t>(c)].process == p) {
            return c;
        }
    }
    return m_procs[p].expiredOn;
}

}  // namespace schedlab::engine
