#pragma once
// Private to the engine: the state of one run. See simulation.hpp for the public face and
// docs/RULES.md for the order of things at one instant.

#include <memory>
#include <vector>

#include "engine/policy.hpp"
#include "engine/policy_registry.hpp"
#include "engine/simulation.hpp"

namespace schedlab::engine {

class Simulation::Impl {
public:
    /// `owner` keeps `workload` alive, or is empty when the caller does (simulate()).
    Impl(std::shared_ptr<const Workload> owner, const Workload& workload,
         SimulationOptions options);

    bool step();
    Tick nextTime() const;
    bool finished() const { return m_finished == m_procs.size(); }

    std::shared_ptr<const Workload> m_owner;
    const Workload& m_workload;
    const PolicyEntry& m_entry;
    SimulationOptions m_options;
    std::vector<ProcessInfo> m_info;   // read by the policy
    std::unique_ptr<Policy> m_policy;

    struct Proc {
        ProcessState state = ProcessState::New;
        size_t burst = 0;   // index in m_bursts of the current or next CPU burst
        size_t lastBurst = 0;   // index in m_bursts of the final CPU burst
        int heldCpu = -1;   // uniprogramming: the CPU kept idle for this blocked process
        int expiredOn = -1; // the CPU whose quantum it used up at the current instant
    };
    struct Cpu {
        CpuView::Mode mode = CpuView::Mode::Idle;
        Pid process = kNoProcess;
        Tick since = 0;
        Tick until = 0;            // end of a context switch
        Tick charged = 0;          // running: time up to which the process has been charged
        Pid last = kNoProcess;     // the process it ran last, for context-switch counting
    };
    struct Io {
        Tick end;
        Tick start;
        Pid process;
        bool operator>(const Io& o) const {
            return std::tie(end, start, process) > std::tie(o.end, o.start, o.process);
        }
    };

    std::vector<Proc> m_procs;
    std::vector<Tick> m_bursts;    // every process's bursts, one after another (cache friendly)
    std::vector<Cpu> m_cpus;
    std::vector<Pid> m_arrivals;   // by (arrival, file order)
    size_t m_nextArrival = 0;
    std::vector<Io> m_io;          // min-heap on (end, start, process)
    Tick m_now = 0;
    bool m_started = false;
    bool m_cancelled = false;
    size_t m_finished = 0;
    std::uint64_t m_steps = 0;
    std::vector<Tick> m_busy;
    std::int64_t m_switches = 0;
    SimulationResult m_result;

private:
    void reserveRecords(size_t processes, size_t bursts);
    Tick cpuEventTime(const Cpu& cpu) const;
    Tick boostTime(Tick candidate) const;
    void chargeRunning(Tick t);
    void finishCpuWork(Tick t, std::vector<Pid>& expired);
    void startRunning(int c, Tick t);
    void burstDone(int c, Tick t);
    void enterReady(Tick t, const std::vector<Pid>& expired);
    void admitArrivals(Tick t);
    void completeIo(Tick t);
    void readmitExpired(Tick t, const std::vector<Pid>& expired);
    void applyBoost(Tick t);
    void makeReady(Pid p, ReadyReason why, Tick t, int cpu = -1);
    void dispatchIdle(Tick t);
    void dispatch(int c, Pid p, Tick t);
    void preempt(Tick t);
    int worstRunningCpu(Tick t) const;
    void stopRunning(int c, StopReason why, Tick t);
    void closeSlice(int c, Tick t);
    void change(Pid p, ProcessState to, Tick t, int cpu = -1);
    void note(Pid p, int index, std::int64_t value);
    int cpuOf(Pid p) const;
    void decide(DecisionKind kind, Tick t, int cpu, Pid p, Pid other = kNoProcess,
                std::int64_t value = 0, std::int64_t otherValue = 0);
    void finish();
};

}  // namespace schedlab::engine
