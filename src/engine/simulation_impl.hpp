#pragma once
// Private to the engine: the state of one run. See simulation.hpp for the public face and
// docs/RULES.md for the order of things at one instant.

#include <deque>
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
    bool finished() const { return m_over; }
    bool allStopped() const { return m_finished == m_procs.size(); }

    std::shared_ptr<const Workload> m_owner;
    const Workload& m_workload;
    const PolicyEntry& m_entry;
    SimulationOptions m_options;
    std::vector<ProcessInfo> m_info;   // read by the policy
    std::unique_ptr<Policy> m_policy;

    struct Proc {
        ProcessState state = ProcessState::New;
        size_t step = 0;    // index in m_steps of the current step
        size_t end = 0;     // one past its last step in m_steps
        int heldCpu = -1;   // uniprogramming: the CPU kept idle for this blocked process
        int expiredOn = -1; // the CPU whose quantum it used up at the current instant
        Pid parent = kNoProcess;   // the current parent; kNoProcess = init
        BlockReason reason = BlockReason::Io;   // while blocked
        std::uint32_t object = 0;               // while blocked on a child, lock or queue
        Tick blockedSince = 0;
    };
    struct Lock {
        Pid holder = kNoProcess;
        Tick since = 0;
        std::deque<Pid> waiters;
    };
    struct Queue {
        std::int64_t items = 0;
        std::int64_t unfinished = 0;   // put and not yet marked done
        std::deque<Pid> putters;
        std::deque<Pid> getters;
        std::vector<Pid> joiners;
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
    std::vector<Step> m_steps;     // every process's steps, one after another (cache friendly)
    bool m_programs = false;       // the workload has programs (CONTRACT section 4)
    std::vector<Lock> m_locks;
    std::vector<Queue> m_queues;
    std::vector<std::vector<Pid>> m_children;   // current children, programs only
    std::vector<Pid> m_woken;      // made ready by steps, waiting to enter the ready queue
    std::vector<Pid> m_expired;    // used up their quantum at this instant
    std::vector<Cpu> m_cpus;
    std::vector<Pid> m_arrivals;   // by (arrival, file order)
    size_t m_nextArrival = 0;
    std::vector<Io> m_io;          // min-heap on (end, start, process)
    Tick m_now = 0;
    bool m_started = false;
    bool m_cancelled = false;
    size_t m_finished = 0;         // processes that stopped (ended, killed, or zombies)
    bool m_over = false;
    std::uint64_t m_instants = 0;
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

    // Programs (program.cpp): steps run while a process holds a CPU.
    void loadSteps(Pid p, const ProcessSpec& spec);
    void prepareCpu(Pid p);
    void runSteps(int c, Tick t);
    bool runStep(int c, Pid p, const Step& step, Tick t);
    void leaveCpu(int c, Pid p, Tick t, StopReason why);
    void block(int c, Pid p, BlockReason reason, std::uint32_t object, Tick t);
    void wake(Pid p, Tick t);
    void flushWoken(Tick t);
    void startChild(Pid p, Pid child, Tick t);
    bool joinChild(Pid p, Pid child, Tick t);
    bool takeLock(Pid p, std::uint32_t m, Tick t);
    void releaseLock(Pid p, std::uint32_t m, Tick t);
    bool putItem(Pid p, std::uint32_t q, Tick t);
    bool getItem(Pid p, std::uint32_t q, Tick t);
    bool markDone(Pid p, std::uint32_t q, Tick t);
    void terminate(Pid p, Tick t, DecisionKind how, Pid by = kNoProcess);
    void detach(Pid p, Tick t);
    void settleParent(Pid p, Tick t, int cpu);
    void settleChildren(Pid p, Tick t);
    void adopt(Pid child, Pid parent, Tick t);
    Pid adopterOf(Pid dead) const;
    void reap(Pid reaper, Pid child, Tick t);
    bool alive(Pid p) const;
    void chargeWait(Pid p, Tick t);
    // Deadlock (deadlock.cpp).
    Pid releaserOf(Pid p) const;
    void checkCycle(Pid p, Tick t);
    void checkStuck(Tick t);
    void reportDeadlock(Tick t, const std::vector<Pid>& members);
    bool killableByOthers(const std::vector<Pid>& members) const;
};

}  // namespace schedlab::engine
