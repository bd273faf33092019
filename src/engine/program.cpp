// Programs (CONTRACT section 4): the steps a process runs while it holds a CPU, the lifecycle
// of processes that start and join each other (zombies, daemons, orphans), locks and queues.
// A burst process is a program of cpu and io steps, so both take the same path.
#include <algorithm>

#include "engine/simulation_impl.hpp"

namespace schedlab::engine {
namespace {

template <typename Container>
void eraseAll(Container& list, Pid p) {
    list.erase(std::remove(list.begin(), list.end(), p), list.end());
}

}  // namespace

void Simulation::Impl::loadSteps(Pid p, const ProcessSpec& spec) {
    Proc& proc = m_procs[p];
    auto& metrics = m_result.processes[p];
    metrics.arrival = spec.arrival;
    metrics.parent = spec.parent;
    proc.parent = spec.parent;
    proc.step = m_steps.size();
    if (spec.program.empty()) {
        for (size_t i = 0; i < spec.bursts.size(); ++i) {
            m_steps.push_back({i % 2 == 0 ? StepKind::Cpu : StepKind::Io, spec.bursts[i]});
        }
    } else {
        m_steps.insert(m_steps.end(), spec.program.begin(), spec.program.end());
    }
    proc.end = m_steps.size();
    for (size_t i = proc.step; i < proc.end; ++i) {
        if (m_steps[i].kind == StepKind::Cpu) {
            metrics.cpu += m_steps[i].value;
        } else if (m_steps[i].kind == StepKind::Io) {
            metrics.io += m_steps[i].value;
        }
    }
    prepareCpu(p);
}

// What the policy sees of a process not on a CPU: its next CPU step (0 if none is left).
void Simulation::Impl::prepareCpu(Pid p) {
    const Proc& proc = m_procs[p];
    Tick next = 0;
    for (size_t i = proc.step; i < proc.end; ++i) {
        if (m_steps[i].kind == StepKind::Cpu) {
            next = m_steps[i].value;
            break;
        }
    }
    m_info[p].burstLength = std::max<Tick>(next, 1);   // a ratio's divisor (hrrn)
    m_info[p].burstLeft = next;
}

// Runs the zero-time steps of the process on CPU c until it computes, blocks or ends.
void Simulation::Impl::runSteps(int c, Tick t) {
    Pid p = m_cpus[static_cast<size_t>(c)].process;
    while (m_cpus[static_cast<size_t>(c)].process == p && m_procs[p].state == ProcessState::Running) {
        Proc& proc = m_procs[p];
        if (proc.step == proc.end) {
            terminate(p, t, DecisionKind::Finish);
            return;
        }
        Step step = m_steps[proc.step];
        if (step.kind == StepKind::Cpu) {
            m_info[p].burstLength = m_info[p].burstLeft = step.value;
            return;
        }
        ++proc.step;
        if (!runStep(c, p, step, t)) {
            return;
        }
    }
}

// One step; false when the process left the CPU.
bool Simulation::Impl::runStep(int c, Pid p, const Step& step, Tick t) {
    auto object = static_cast<std::uint32_t>(step.value);
    switch (step.kind) {
        case StepKind::Cpu:
            return true;
        case StepKind::Io:
            block(c, p, BlockReason::Io, 0, t);
            return false;
        case StepKind::Start:
            startChild(p, static_cast<Pid>(object), t);
            return true;
        case StepKind::Join:
            return joinChild(p, static_cast<Pid>(object), t) || (block(c, p, BlockReason::Join, object, t), false);
        case StepKind::Kill:
            if (alive(static_cast<Pid>(object))) {
                decide(DecisionKind::Kill, t, c, p, static_cast<Pid>(object));
                terminate(static_cast<Pid>(object), t, DecisionKind::Kill, p);
            }
            return true;
        case StepKind::Lock:
            return takeLock(p, object, t) || (block(c, p, BlockReason::Lock, object, t), false);
        case StepKind::Unlock:
            releaseLock(p, object, t);
            return true;
        case StepKind::Put:
            return putItem(p, object, t) || (block(c, p, BlockReason::Put, object, t), false);
        case StepKind::Get:
            return getItem(p, object, t) || (block(c, p, BlockReason::Get, object, t), false);
        case StepKind::Done:
            return markDone(p, object, t);
        case StepKind::JoinQueue:
            if (m_queues[object].unfinished == 0) {
                return true;
            }
            block(c, p, BlockReason::JoinQueue, object, t);
            return false;
        case StepKind::Exit:
            terminate(p, t, DecisionKind::Finish);
            return false;
    }
    return true;
}

// Takes the process off CPU c into the blocked state (an `io 0` makes it ready again at once).
void Simulation::Impl::block(int c, Pid p, BlockReason reason, std::uint32_t object, Tick t) {
    Proc& proc = m_procs[p];
    Tick io = reason == BlockReason::Io ? m_steps[proc.step - 1].value : 0;
    if (reason == BlockReason::Io && io == 0) {
        stopRunning(c, StopReason::Blocked, t);
        decide(DecisionKind::Yield, t, c, p);
        prepareCpu(p);
        m_woken.push_back(p);
        return;
    }
    stopRunning(c, StopReason::Blocked, t);
    prepareCpu(p);
    proc.reason = reason;
    proc.object = object;
    proc.blockedSince = t;
    if (m_options.recordEvents) {
        m_result.events.push_back({t, p, proc.state, ProcessState::Blocked, c, reason, object});
    }
    proc.state = ProcessState::Blocked;
    if (reason != BlockReason::Io) {
        checkCycle(p, t);
        return;
    }
    m_io.push_back({t + io, t, p});
    std::push_heap(m_io.begin(), m_io.end(), std::greater<>{});
    decide(DecisionKind::Block, t, c, p, kNoProcess, io);
    if (!m_workload.multiprogramming) {
        Cpu& cpu = m_cpus[static_cast<size_t>(c)];
        cpu = {CpuView::Mode::Held, p, t, 0, t, p};
        proc.heldCpu = c;
        decide(DecisionKind::Hold, t, c, p);
    }
}

// p may go on: it enters the ready queue as a process back from I/O does (flushWoken).
void Simulation::Impl::wake(Pid p, Tick t) {
    chargeWait(p, t);
    m_woken.push_back(p);
}

void Simulation::Impl::chargeWait(Pid p, Tick t) {
    auto& metrics = m_result.processes[p];
    Tick waited = t - m_procs[p].blockedSince;
    switch (m_procs[p].reason) {
        case BlockReason::Join:
            metrics.joinWait += waited;
            break;
        case BlockReason::Lock:
            metrics.lockWait += waited;
            break;
        case BlockReason::Io:
            break;
        default:
            metrics.queueWait += waited;
    }
}

void Simulation::Impl::flushWoken(Tick t) {
    for (size_t i = 0; i < m_woken.size(); ++i) {   // makeReady never adds to m_woken
        Pid p = m_woken[i];
        bool started = m_procs[p].state == ProcessState::New;
        makeReady(p, started ? ReadyReason::Arrived : ReadyReason::IoDone, t);
    }
    m_woken.clear();
}

void Simulation::Impl::startChild(Pid p, Pid child, Tick t) {
    m_info[child].arrival = t;
    m_info[child].readySince = t;
    m_result.processes[child].arrival = t;
    m_procs[child].parent = p;
    m_children[p].push_back(child);
    decide(DecisionKind::Start, t, cpuOf(p), p, child);
    m_woken.push_back(child);
}

// True when the child has already ended (it is reaped now); else p must wait.
bool Simulation::Impl::joinChild(Pid p, Pid child, Tick t) {
    ProcessState state = m_procs[child].state;
    if (state == ProcessState::Zombie) {
        reap(p, child, t);
    }
    return state == ProcessState::Zombie || state == ProcessState::Terminated;
}

bool Simulation::Impl::takeLock(Pid p, std::uint32_t m, Tick t) {
    Lock& lock = m_locks[m];
    if (lock.holder != kNoProcess) {
        decide(DecisionKind::Wait, t, cpuOf(p), p, lock.holder, packWait(BlockReason::Lock, m),
               lock.since);
        lock.waiters.push_back(p);
        return false;
    }
    lock.holder = p;
    lock.since = t;
    decide(DecisionKind::Acquire, t, cpuOf(p), p, kNoProcess, packWait(BlockReason::Lock, m));
    return true;
}

// The lock goes straight to its first waiter, if any.
void Simulation::Impl::releaseLock(Pid p, std::uint32_t m, Tick t) {
    Lock& lock = m_locks[m];
    Pid next = lock.waiters.empty() ? kNoProcess : lock.waiters.front();
    decide(DecisionKind::Release, t, cpuOf(p), p, next, packWait(BlockReason::Lock, m));
    lock.holder = next;
    lock.since = t;
    if (next != kNoProcess) {
        lock.waiters.pop_front();
        decide(DecisionKind::Acquire, t, -1, next, p, packWait(BlockReason::Lock, m));
        wake(next, t);
    }
}

// An item goes straight to the first waiting consumer; else into the queue while it has room.
bool Simulation::Impl::putItem(Pid p, std::uint32_t q, Tick t) {
    Queue& queue = m_queues[q];
    std::int64_t capacity = m_workload.queues[q].capacity;
    if (queue.getters.empty() && capacity > 0 && queue.items >= capacity) {
        decide(DecisionKind::Wait, t, cpuOf(p), p, kNoProcess, packWait(BlockReason::Put, q),
               queue.items);
        queue.putters.push_back(p);
        return false;
    }
    ++queue.unfinished;
    decide(DecisionKind::Acquire, t, cpuOf(p), p, kNoProcess, packWait(BlockReason::Put, q),
           queue.getters.empty() ? queue.items + 1 : 0);
    if (queue.getters.empty()) {
        ++queue.items;
        return true;
    }
    Pid consumer = queue.getters.front();
    queue.getters.pop_front();
    decide(DecisionKind::Acquire, t, -1, consumer, p, packWait(BlockReason::Get, q), 0);
    wake(consumer, t);
    return true;
}

// Takes an item; the freed slot goes straight to the first waiting producer's item.
bool Simulation::Impl::getItem(Pid p, std::uint32_t q, Tick t) {
    Queue& queue = m_queues[q];
    if (queue.items == 0) {
        decide(DecisionKind::Wait, t, cpuOf(p), p, kNoProcess, packWait(BlockReason::Get, q));
        queue.getters.push_back(p);
        return false;
    }
    --queue.items;
    decide(DecisionKind::Acquire, t, cpuOf(p), p, kNoProcess, packWait(BlockReason::Get, q),
           queue.items);
    if (!queue.putters.empty()) {
        Pid producer = queue.putters.front();
        queue.putters.pop_front();
        ++queue.items;
        ++queue.unfinished;
        decide(DecisionKind::Acquire, t, -1, producer, kNoProcess, packWait(BlockReason::Put, q),
               queue.items);
        wake(producer, t);
    }
    return true;
}

// JoinableQueue.task_done; with nothing unfinished Python raises ValueError and the process ends.
bool Simulation::Impl::markDone(Pid p, std::uint32_t q, Tick t) {
    Queue& queue = m_queues[q];
    if (queue.unfinished == 0) {
        decide(DecisionKind::TaskDoneError, t, cpuOf(p), p, kNoProcess, packWait(BlockReason::Put, q));
        terminate(p, t, DecisionKind::TaskDoneError);
        return false;
    }
    --queue.unfinished;
    decide(DecisionKind::Done, t, cpuOf(p), p, kNoProcess, packWait(BlockReason::Put, q), 0);
    m_result.decisions.empty() ? void() : void(m_result.decisions.back().otherValue = queue.unfinished);
    if (queue.unfinished == 0) {
        for (Pid joiner : queue.joiners) {
            decide(DecisionKind::Acquire, t, -1, joiner, kNoProcess, packWait(BlockReason::JoinQueue, q));
            wake(joiner, t);
        }
        queue.joiners.clear();
    }
    return true;
}

// Started and not yet ended.
bool Simulation::Impl::alive(Pid p) const {
    ProcessState state = m_procs[p].state;
    if (state == ProcessState::New) {
        return std::find(m_woken.begin(), m_woken.end(), p) != m_woken.end();
    }
    return state != ProcessState::Terminated && state != ProcessState::Zombie;
}

// p stops (it ended, was killed, died with its parent or failed): off its CPU or queue, then
// zombie or reaped, its children settled. Locks it holds stay held, as Python's do.
void Simulation::Impl::terminate(Pid p, Tick t, DecisionKind how, Pid by) {
    int c = cpuOf(p);
    detach(p, t);
    m_result.processes[p].completion = t;
    ++m_finished;
    if (how == DecisionKind::Finish) {
        decide(DecisionKind::Finish, t, c, p);
    } else if (how == DecisionKind::DaemonEnd) {
        decide(DecisionKind::DaemonEnd, t, c, p, by);
    }
    settleParent(p, t, c);
    if (m_programs) {
        settleChildren(p, t);
        for (const Lock& lock : m_locks) {
            for (Pid waiter : lock.holder == p ? lock.waiters : std::deque<Pid>{}) {
                checkCycle(waiter, t);   // nobody can release the lock any more
            }
        }
    }
}

// Takes p off whatever CPU, queue or wait list it is on.
void Simulation::Impl::detach(Pid p, Tick t) {
    Proc& proc = m_procs[p];
    if (int c = cpuOf(p); c >= 0 && m_cpus[static_cast<size_t>(c)].process == p) {
        Cpu& cpu = m_cpus[static_cast<size_t>(c)];
        if (cpu.mode == CpuView::Mode::Switching) {
            cpu.since = t;   // being switched in: no slice to close
            cpu.mode = CpuView::Mode::Running;
        }
        if (cpu.mode == CpuView::Mode::Running) {
            stopRunning(c, StopReason::Terminated, t);
        } else {
            cpu.mode = CpuView::Mode::Idle;
            cpu.process = kNoProcess;
            cpu.since = t;
        }
    }
    proc.heldCpu = -1;
    eraseAll(m_expired, p);
    if (proc.state == ProcessState::Ready) {
        m_policy->remove(p, t);   // a no-op for one being switched in
    }
    bool woken = std::find(m_woken.begin(), m_woken.end(), p) != m_woken.end();
    eraseAll(m_woken, p);
    if (proc.state != ProcessState::Blocked || woken) {
        return;
    }
    chargeWait(p, t);
    auto io = std::find_if(m_io.begin(), m_io.end(), [p](const Io& entry) { return entry.process == p; });
    if (io != m_io.end()) {
        m_io.erase(io);
        std::make_heap(m_io.begin(), m_io.end(), std::greater<>{});
    }
    for (auto& lock : m_locks) {
        eraseAll(lock.waiters, p);
    }
    for (auto& queue : m_queues) {
        eraseAll(queue.putters, p);
        eraseAll(queue.getters, p);
        eraseAll(queue.joiners, p);
    }
}

// A child whose parent waits for it in `join`, or whose parent is init, is reaped at once;
// else it is a zombie until its parent joins it or ends.
void Simulation::Impl::settleParent(Pid p, Tick t, int cpu) {
    Pid parent = m_procs[p].parent;
    if (parent == kNoProcess) {
        change(p, ProcessState::Terminated, t, cpu);
        return;
    }
    const Proc& waiting = m_procs[parent];
    if (waiting.state == ProcessState::Blocked && waiting.reason == BlockReason::Join &&
        waiting.object == p) {
        change(p, ProcessState::Terminated, t, cpu);
        eraseAll(m_children[parent], p);
        decide(DecisionKind::Reap, t, -1, parent, p);
        wake(parent, t);
        return;
    }
    change(p, ProcessState::Zombie, t, cpu);
    decide(DecisionKind::Zombie, t, -1, p, parent);
}

void Simulation::Impl::reap(Pid reaper, Pid child, Tick t) {
    change(child, ProcessState::Terminated, t);
    if (reaper != kNoProcess) {
        eraseAll(m_children[reaper], child);
    }
    decide(DecisionKind::Reap, t, -1, reaper, child);
}

// A parent ended: daemon children end with it, zombies are reaped, the others are orphans.
void Simulation::Impl::settleChildren(Pid p, Tick t) {
    std::vector<Pid> children = std::move(m_children[p]);
    m_children[p].clear();
    for (Pid child : children) {
        ProcessState state = m_procs[child].state;
        if (state == ProcessState::Zombie) {
            m_procs[child].parent = kNoProcess;
            reap(kNoProcess, child, t);
        } else if (state != ProcessState::Terminated && m_workload.processes[child].daemon) {
            m_procs[child].parent = kNoProcess;   // joined by its parent on the way out
            terminate(child, t, DecisionKind::DaemonEnd, p);
        }
    }
    Pid to = adopterOf(p);
    if (m_workload.orphans != OrphanRule::Root || to == kNoProcess) {
        for (Pid child : children) {
            if (m_procs[child].state != ProcessState::Terminated) {
                adopt(child, to, t);
            }
        }
        return;
    }
    // root: the whole subtree, in pre-order, moves under the root of the tree.
    std::vector<Pid> stack(children.rbegin(), children.rend());
    while (!stack.empty()) {
        Pid next = stack.back();
        stack.pop_back();
        if (m_procs[next].state == ProcessState::Terminated) {
            continue;
        }
        const auto& below = m_children[next];
        stack.insert(stack.end(), below.rbegin(), below.rend());
        if (m_procs[next].parent != kNoProcess) {
            eraseAll(m_children[m_procs[next].parent], next);
        }
        adopt(next, to, t);
    }
}

// Who adopts the orphans of `dead` under the file's rule (kNoProcess: init).
Pid Simulation::Impl::adopterOf(Pid dead) const {
    Pid up = m_procs[dead].parent;
    if (m_workload.orphans == OrphanRule::Init || up == kNoProcess) {
        return kNoProcess;
    }
    if (m_workload.orphans == OrphanRule::Grandparent) {
        return up;
    }
    while (m_procs[up].parent != kNoProcess) {
        up = m_procs[up].parent;
    }
    return up;
}

void Simulation::Impl::adopt(Pid child, Pid parent, Tick t) {
    m_procs[child].parent = parent;
    if (parent != kNoProcess) {
        m_children[parent].push_back(child);
    }
    m_result.adoptions.push_back({t, child, parent, m_result.events.size()});
    decide(DecisionKind::Adopt, t, -1, child, parent);
    if (parent == kNoProcess && m_procs[child].state == ProcessState::Zombie) {
        reap(kNoProcess, child, t);
    }
}

}  // namespace schedlab::engine
