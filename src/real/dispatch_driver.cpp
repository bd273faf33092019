// Dispatch mode: a user-space dispatcher. The engine's own policy object decides; the events it
// hears about are the real ones (arrivals and I/O ends on the clock, bursts ending and quanta
// running out in the children's own CPU time), and its decisions are carried out with grants,
// SIGSTOP and SIGCONT.

#include <algorithm>
#include <numeric>

#include "engine/policy_registry.hpp"
#include "real/drivers.hpp"

namespace schedlab::real::detail {
namespace {

using engine::Pid;
using engine::ReadyReason;
using engine::StopReason;

/// The dispatcher's grain, a quarter tick, standing for the simulation's instant: when the CPU
/// falls free and an arrival or I/O end is due within it, the dispatcher waits for it before it
/// chooses, so that events of one simulated instant are weighed together even when the children
/// have fallen a little behind (the real overheads add up).
std::int64_t grainUs(std::int64_t tickUs) { return std::max<std::int64_t>(tickUs / 4, 500); }

struct Proc {
    std::size_t burst = 0;       ///< index of the current or next CPU burst
    std::int64_t cpuTarget = 0;  ///< the child's CPU time when that burst ends
    std::int64_t charged = 0;    ///< CPU time told to the policy
    std::int64_t ioStart = 0;
    std::int64_t ioEnd = -1;  ///< >= 0 while blocked
    bool arrived = false;
    bool finished = false;
};

class DispatchDriver : public Driver {
public:
    DispatchDriver(const engine::Workload& scaled, std::int64_t tickUs)
        : m_workload(scaled), m_entry(*engine::findPolicy(scaled.policy.name)), m_tickUs(tickUs) {
        bool larger = scaled.priorityOrder == engine::PriorityOrder::LargerFirst;
        for (const auto& spec : scaled.processes) {
            m_info.push_back({spec.arrival, larger ? -spec.priority : spec.priority, spec.bursts[0],
                              spec.bursts[0], spec.arrival});
            m_procs.push_back({0, spec.bursts[0]});
        }
        m_arrivals.resize(scaled.processes.size());
        std::iota(m_arrivals.begin(), m_arrivals.end(), Pid{0});
        std::stable_sort(m_arrivals.begin(), m_arrivals.end(),
                         [&](Pid a, Pid b) { return m_info[a].arrival < m_info[b].arrival; });
        m_policy = m_entry.make({m_workload, m_info});
        m_boost = m_policy->boostPeriod();
        m_nextBoost = m_boost;
    }

    bool turn(Session& session, std::int64_t now) override {
        Pid expired = engine::kNoProcess;
        if (m_running != engine::kNoProcess && !chargeRunning(session, now, expired)) {
            return false;  // a burst is ending: wait until the child says what comes next
        }
        admit(now, expired);
        if (nextEvent() <= now + grainUs(m_tickUs)) {
            return false;  // something else happens at this instant: weigh it too
        }
        if (m_running == engine::kNoProcess && m_policy->hasReady()) {
            dispatch(session, now);
        } else if (m_running != engine::kNoProcess && m_entry.can.preemptive &&
                   m_policy->hasReady() && !endsSoon(session, m_running) &&
                   m_policy->shouldPreempt(m_running, now)) {
            Pid p = m_running;
            m_policy->onStop(p, StopReason::Preempted, now);
            session.pause(p);
            m_policy->add(p, ReadyReason::Preempted, now);
            m_info[p].readySince = now;
            dispatch(session, now);
        }
        return m_finished == m_procs.size() && allDone(session);
    }

private:
    /// Charges the running child; stops it if its quantum ran out or its burst ended. Returns
    /// false while a burst has ended but the child has not yet said so.
    bool chargeRunning(Session& session, std::int64_t now, Pid& expired) {
        Pid p = m_running;
        Proc& proc = m_procs[p];
        const ChildSlot& slot = session.slot(p);
        std::int64_t cpu = slot.cpuUs.load(std::memory_order_acquire);
        std::int64_t done = std::min(cpu, proc.cpuTarget);
        if (done > proc.charged) {
            // The policy counts quanta exactly: the overshoot of a child stopped a little late
            // is real time lost, not quantum used.
            std::int64_t left = m_policy->quantumLeft(p);
            std::int64_t ran = std::min(done - proc.charged, std::max<std::int64_t>(left, 0));
            if (ran > 0) {
                m_policy->charge(p, ran);
            }
            // In whole ticks, as the simulation counts it: a child that is behind by the real
            // overheads keeps a tie of the simulation a tie (srtf preempts on strictly less).
            std::int64_t burstLeft = proc.cpuTarget - done;
            m_info[p].burstLeft = (burstLeft + m_tickUs / 2) / m_tickUs * m_tickUs;
            proc.charged = done;
        }
        if (cpu >= proc.cpuTarget) {
            return burstEnded(session, p, now);
        }
        if (m_policy->quantumLeft(p) <= 0) {
            m_policy->onStop(p, StopReason::QuantumExpired, now);
            session.pause(p);
            m_running = engine::kNoProcess;
            expired = p;
        }
        return true;
    }

    bool burstEnded(Session& session, Pid p, std::int64_t now) {
        const ChildSlot& slot = session.slot(p);
        auto state = slot.state.load(std::memory_order_acquire);
        Proc& proc = m_procs[p];
        const auto& bursts = m_workload.processes[p].bursts;
        bool last = proc.burst + 1 == bursts.size();
        // Blocked, or already past a short I/O and waiting for its next burst.
        bool movedOn = slot.burst.load(std::memory_order_acquire) > static_cast<int>(proc.burst);
        if (last ? state != ChildState::Done : state != ChildState::Blocked && !movedOn) {
            return false;
        }
        m_policy->onStop(p, last ? StopReason::Terminated : StopReason::Blocked, now);
        m_running = engine::kNoProcess;
        if (last) {
            proc.finished = true;
            ++m_finished;
            return true;
        }
        proc.ioStart = now;
        proc.ioEnd = slot.ioDeadlineUs.load(std::memory_order_acquire);
        proc.burst += 2;
        proc.cpuTarget += bursts[proc.burst];
        m_info[p].burstLength = m_info[p].burstLeft = bursts[proc.burst];
        return true;
    }

    void makeReady(Pid p, ReadyReason why, std::int64_t now) {
        m_info[p].readySince = now;
        m_policy->add(p, why, now);
    }

    /// New ready processes in the order of the same-instant rules (docs/RULES.md).
    void admit(std::int64_t now, Pid expired) {
        bool ostep = m_workload.rules == engine::Rules::Ostep;
        if (ostep && expired != engine::kNoProcess) {
            makeReady(expired, ReadyReason::QuantumExpired, now);
        }
        if (ostep) {
            boost(now);
        }
        while (m_nextArrival < m_arrivals.size() &&
               m_info[m_arrivals[m_nextArrival]].arrival <= now) {
            makeReady(m_arrivals[m_nextArrival++], ReadyReason::Arrived, now);
        }
        admitIo(now);
        if (!ostep && expired != engine::kNoProcess) {
            makeReady(expired, ReadyReason::QuantumExpired, now);
        }
        if (!ostep) {
            boost(now);
        }
    }

    void admitIo(std::int64_t now) {
        std::vector<Pid> done;
        for (Pid p = 0; p < m_procs.size(); ++p) {
            if (m_procs[p].ioEnd >= 0 && m_procs[p].ioEnd <= now) {
                done.push_back(p);
            }
        }
        std::stable_sort(done.begin(), done.end(),
                         [&](Pid a, Pid b) { return m_procs[a].ioStart < m_procs[b].ioStart; });
        for (Pid p : done) {
            m_procs[p].ioEnd = -1;
            makeReady(p, ReadyReason::IoDone, now);
        }
    }

    /// Whether p's burst ends within the grain: at the simulation's instant it would end first,
    /// before anything that became ready could preempt it.
    bool endsSoon(const Session& session, Pid p) const {
        std::int64_t cpu = session.slot(p).cpuUs.load(std::memory_order_acquire);
        return m_procs[p].cpuTarget - cpu <= grainUs(m_tickUs);
    }

    /// The next arrival or I/O end not yet admitted.
    std::int64_t nextEvent() const {
        std::int64_t next = engine::kNever;
        if (m_nextArrival < m_arrivals.size()) {
            next = m_info[m_arrivals[m_nextArrival]].arrival;
        }
        for (const Proc& proc : m_procs) {
            next = proc.ioEnd >= 0 ? std::min(next, proc.ioEnd) : next;
        }
        return next;
    }

    void boost(std::int64_t now) {
        while (m_boost > 0 && m_nextBoost <= now) {
            m_policy->boost(now);
            m_nextBoost += m_boost;
        }
    }

    void dispatch(Session& session, std::int64_t now) {
        Pid p = m_policy->take(now);
        m_policy->onDispatch(p, now);
        m_running = p;
        session.resume(p);
    }

    engine::Workload m_workload;
    const engine::PolicyEntry& m_entry;
    std::int64_t m_tickUs;
    std::vector<engine::ProcessInfo> m_info;
    std::unique_ptr<engine::Policy> m_policy;
    std::vector<Proc> m_procs;
    std::vector<Pid> m_arrivals;
    std::size_t m_nextArrival = 0;
    std::size_t m_finished = 0;
    Pid m_running = engine::kNoProcess;
    std::int64_t m_boost = 0;
    std::int64_t m_nextBoost = 0;
};

engine::Workload scaled(const engine::Workload& workload, std::int64_t tickUs) {
    engine::Workload out = workload;
    for (auto& spec : out.processes) {
        spec.arrival *= tickUs;
        for (auto& burst : spec.bursts) {
            burst *= tickUs;
        }
    }
    const auto* entry = engine::findPolicy(workload.policy.name);
    for (const auto& param : entry->params) {
        if (param.type == engine::ParamType::Ticks) {  // every Ticks parameter is a duration
            out.policy.set(param.name, workload.policy.ticks(param.name) * tickUs);
        } else if (param.type == engine::ParamType::Levels) {
            auto levels = workload.policy.levels(param.name);
            for (auto& level : levels) {
                level.quantum =
                    level.quantum ? std::optional(*level.quantum * tickUs) : std::nullopt;
            }
            out.policy.set(param.name, levels);
        }
    }
    return out;
}

}  // namespace

std::unique_ptr<Driver> makeDispatchDriver(const engine::Workload& workload, std::int64_t tickUs) {
    return std::make_unique<DispatchDriver>(scaled(workload, tickUs), tickUs);
}

}  // namespace schedlab::real::detail
