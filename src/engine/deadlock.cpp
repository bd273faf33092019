// Deadlock (CONTRACT section 4): unfinished processes that only each other could release.
// A wait for a lock or a child is an edge to one process (the lock's holder, the child); a chain
// of such edges that comes back, or ends at a lock whose holder has ended, is certain the tick
// it closes. Waits on queues have no single releaser: they are certain when nothing can run.
#include <algorithm>

#include "engine/simulation_impl.hpp"

namespace schedlab::engine {

// The one process that could release blocked p (a lock's holder, the child it joins), else
// kNoProcess.
Pid Simulation::Impl::releaserOf(Pid p) const {
    const Proc& proc = m_procs[p];
    if (proc.state != ProcessState::Blocked) {
        return kNoProcess;
    }
    if (proc.reason == BlockReason::Lock) {
        return m_locks[proc.object].holder;
    }
    return proc.reason == BlockReason::Join ? static_cast<Pid>(proc.object) : kNoProcess;
}

// Called when p starts waiting for a lock or a child, or when the holder of the lock p waits
// for ends.
void Simulation::Impl::checkCycle(Pid p, Tick t) {
    std::vector<Pid> chain{p};
    for (Pid at = p;;) {
        Pid next = releaserOf(at);
        if (next == kNoProcess) {
            return;
        }
        bool ended = !alive(next) && m_procs[next].state != ProcessState::New;
        if (next == p || (ended && m_procs[at].reason == BlockReason::Lock)) {
            break;   // a cycle back to p, or a lock nobody can release any more
        }
        if (ended || std::find(chain.begin(), chain.end(), next) != chain.end()) {
            return;   // a child that ended is reaped at once; a cycle without p was found before
        }
        chain.push_back(next);
        at = next;
    }
    if (!killableByOthers(chain)) {
        reportDeadlock(t, chain);
    }
}

// Whether a live process outside `members` still has a step that kills a child one of them
// joins (which would release that join).
bool Simulation::Impl::killableByOthers(const std::vector<Pid>& members) const {
    for (Pid q = 0; q < m_procs.size(); ++q) {
        if (!alive(q) || std::find(members.begin(), members.end(), q) != members.end()) {
            continue;
        }
        for (size_t i = m_procs[q].step; i < m_procs[q].end; ++i) {
            const Step& step = m_steps[i];
            if (step.kind == StepKind::Kill &&
                std::any_of(members.begin(), members.end(), [&](Pid m) {
                    return m_procs[m].reason == BlockReason::Join && m_procs[m].object == step.value;
                })) {
                return true;
            }
        }
    }
    return false;
}

// Nothing can run any more: every process still blocked waits for ever.
void Simulation::Impl::checkStuck(Tick t) {
    std::vector<Pid> stuck;
    for (Pid p = 0; p < m_procs.size(); ++p) {
        if (m_procs[p].state == ProcessState::Blocked) {
            stuck.push_back(p);
        }
    }
    if (!stuck.empty() && m_result.deadlock.time < 0) {
        reportDeadlock(t, stuck);
    }
}

void Simulation::Impl::reportDeadlock(Tick t, const std::vector<Pid>& members) {
    Deadlock found{t, {}};
    for (Pid p : members) {
        const Proc& proc = m_procs[p];
        Pid by = releaserOf(p);
        found.cycle.push_back({p, proc.reason, proc.object, by});
        decide(DecisionKind::DeadlockFound, t, -1, p, by, packWait(proc.reason, proc.object));
    }
    if (m_result.deadlock.time < 0) {
        m_result.deadlock = std::move(found);
    }
}

}  // namespace schedlab::engine
