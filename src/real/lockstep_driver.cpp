// Lockstep mode: the engine's own decisions. The simulation is stepped until its next slice is
// known; that slice's process then runs for the slice's length of its own CPU time. The order
// is the simulation's by construction: only the real overheads and delays differ.

#include "engine/simulation.hpp"
#include "real/drivers.hpp"

namespace schedlab::real::detail {
namespace {

using engine::Pid;

class LockstepDriver : public Driver {
public:
    LockstepDriver(const engine::Workload& workload, std::int64_t tickUs)
        : m_sim(workload, noLogs()),
          m_workload(workload),
          m_tickUs(tickUs),
          m_planned(workload.processes.size(), 0),
          m_burstEnd(workload.processes.size(), 0),
          m_burst(workload.processes.size(), 0) {
        for (std::size_t p = 0; p < workload.processes.size(); ++p) {
            m_burstEnd[p] = workload.processes[p].bursts[0] * tickUs;
        }
    }

    bool turn(Session& session, std::int64_t /*nowUs*/) override {
        if (m_current != engine::kNoProcess && !sliceDone(session)) {
            return false;
        }
        const auto& slices = m_sim.result().slices;
        while (m_next >= slices.size() && m_sim.step()) {
        }
        if (m_next >= slices.size()) {
            return allDone(session);
        }
        startSlice(session, slices[m_next++]);
        return false;
    }

private:
    static engine::SimulationOptions noLogs() {
        engine::SimulationOptions options;
        options.recordEvents = false;
        options.recordDecisions = false;
        return options;
    }

    bool sliceDone(Session& session) {
        Pid p = m_current;
        const ChildSlot& slot = session.slot(p);
        if (slot.cpuUs.load(std::memory_order_acquire) < m_planned[p]) {
            return false;
        }
        if (m_planned[p] < m_burstEnd[p]) {
            session.pause(p);  // the slice ended inside the burst: preempted or quantum
        } else {
            nextBurst(p);  // the child blocks or finishes on its own
        }
        m_current = engine::kNoProcess;
        return true;
    }

    void nextBurst(Pid p) {
        const auto& bursts = m_workload.processes[p].bursts;
        m_burst[p] += 2;
        if (m_burst[p] < bursts.size()) {
            m_burstEnd[p] += bursts[m_burst[p]] * m_tickUs;
        }
    }

    void startSlice(Session& session, const engine::Slice& slice) {
        Pid p = slice.process;
        m_planned[p] += (slice.end - slice.start) * m_tickUs;
        m_current = p;
        session.resume(p);
    }

    engine::Simulation m_sim;
    const engine::Workload& m_workload;
    std::int64_t m_tickUs;
    std::vector<std::int64_t> m_planned;   // CPU time at the end of the slice last started
    std::vector<std::int64_t> m_burstEnd;  // CPU time at the end of the current burst
    std::vector<std::size_t> m_burst;
    std::size_t m_next = 0;
    Pid m_current = engine::kNoProcess;
};

}  // namespace

std::unique_ptr<Driver> makeLockstepDriver(const engine::Workload& workload, std::int64_t tickUs) {
    return std::make_unique<LockstepDriver>(workload, tickUs);
}

}  // namespace schedlab::real::detail
