// Multilevel feedback queue. Levels are numbered from 0 (top, served first). A process that uses
// up `allotment` full quanta at a level moves one level down; a boost every `boost` ticks puts
// every unfinished process back on top.
//
// The two rule presets differ here (docs/RULES.md):
// - textbook: the running process is out of the queues; every dispatch gets a fresh quantum; a
//   process preempted by a higher level goes to the tail of its level.
// - ostep (OSTEP's mlfq.py): the running process stays at the head of its level's queue and keeps
//   its unused quantum across preemption and I/O; a process back from I/O with io_to_front goes
//   in front of it and so runs at once. A boost gives every unfinished process (also one blocked
//   or not yet arrived) the top level with a fresh quantum and allotment, as mlfq.py has done
//   since its "allotment bug fix" of September 2023 (older copies gave a quantum of `allotment`
//   ticks and kept the allotment count).
//
// Two options give Stallings' feedback scheduling (Operating Systems, 9.2): `stay_if_alone`
// demotes at the end of a quantum only if another process is ready, and `preempt: false` lets a
// process that becomes ready at a higher level wait until the running quantum ends.
//
// Boosts are applied lazily: each process remembers the boost epoch it has seen, so a boost costs
// O(levels), not O(processes).
#include <algorithm>
#include <list>

#include "engine/policy_registry.hpp"
#include "engine/translatable.hpp"

namespace schedlab::engine {
namespace {

struct Level {
    Tick quantum;     // kNever: no quantum
    int allotment;    // 0: never demote
};

struct ProcState {
    int level = 0;
    Tick ticksLeft = 0;
    int allotLeft = 0;
    std::uint64_t epoch = 0;
    bool queued = false;
    bool running = false;   // ostep: the entry in its queue is the running process
    bool spentAlone = false;   // stay_if_alone: its quantum ran out; demote only if others wait
    std::list<Pid>::iterator where;
};

// Indices into the entry's notes (mlfqPolicy() below).
enum Note { kStaysAlone, kWaitsForQuantum };

class Mlfq final : public Policy {
public:
    explicit Mlfq(const PolicyContext& context);

    void add(Pid p, ReadyReason why, Tick now) override;
    bool hasReady() const override { return m_readyCount > 0; }
    Pid take(Tick now) override;
    void remove(Pid p, Tick now) override;
    std::vector<std::vector<Pid>> readyQueues(Tick now) const override;
    bool shouldPreempt(Pid running, Tick now) const override;
    bool ranksBefore(Pid a, Pid b, Tick) const override { return levelOf(a) < levelOf(b); }
    Tick quantumLeft(Pid p) const override { return effective(p).ticksLeft; }
    void onDispatch(Pid p, Tick) override;
    void charge(Pid p, Tick ticks) override;
    void onStop(Pid p, StopReason why, Tick now) override;
    Tick boostPeriod() const override { return m_boost; }
    void boost(Tick now) override;
    int levelOf(Pid p) const override { return effective(p).level; }
    std::int64_t key(Pid p, Tick) const override { return levelOf(p); }

private:
    ProcState effective(Pid p) const;
    ProcState& synced(Pid p);
    void freshQuantum(ProcState& s) const { s.ticksLeft = m_levels[s.level].quantum; }
    void freshAllotment(ProcState& s) const { s.allotLeft = m_levels[s.level].allotment; }
    void useQuantum(ProcState& s) const;
    void enqueue(Pid p, ProcState& s, bool front);
    void dequeue(ProcState& s);
    bool readyBefore(Pid running, const ProcState& rs) const;
    void endSpentQuantum(Pid p, ProcState& s);
    void noteWaiting(Pid p, const ProcState& s) const;

    std::vector<Level> m_levels;
    std::vector<ProcState> m_states;
    std::vector<std::list<Pid>> m_queues;
    Tick m_boost;
    bool m_ostep;
    bool m_resetOnIo;
    bool m_ioToFront;
    bool m_stayIfAlone;
    bool m_preempt;
    PolicyNote m_note;
    std::vector<Pid> m_onCpu;   // the processes running now
    std::uint64_t m_epoch = 0;
    size_t m_readyCount = 0;
};

Mlfq::Mlfq(const PolicyContext& context)
    : m_states(context.processes.size()),
      m_boost(context.workload.policy.ticks("boost")),
      m_ostep(context.workload.rules == Rules::Ostep),
      m_resetOnIo(context.workload.policy.flag("reset_on_io")),
      m_ioToFront(context.workload.policy.flag("io_to_front")),
      m_stayIfAlone(context.workload.policy.flag("stay_if_alone")),
      m_preempt(context.workload.policy.flag("preempt")),
      m_note(context.note) {
    for (const auto& level : context.workload.policy.levels()) {
        m_levels.push_back({level.quantum.value_or(kNever), level.allotment.value_or(0)});
    }
    m_queues.resize(m_levels.size());
    for (auto& s : m_states) {
        freshQuantum(s);
        freshAllotment(s);
    }
}

ProcState Mlfq::effective(Pid p) const {
    ProcState s = m_states[p];
    if (s.epoch == m_epoch) {
        return s;
    }
    s.level = 0;
    s.epoch = m_epoch;
    freshQuantum(s);
    freshAllotment(s);
    return s;
}

ProcState& Mlfq::synced(Pid p) {
    m_states[p] = effective(p);
    return m_states[p];
}

void Mlfq::enqueue(Pid p, ProcState& s, bool front) {
    auto& queue = m_queues[s.level];
    s.where = front ? queue.insert(queue.begin(), p) : queue.insert(queue.end(), p);
    s.queued = true;
    s.running = false;
    ++m_readyCount;
}

void Mlfq::dequeue(ProcState& s) {
    if (s.queued) {
        m_queues[s.level].erase(s.where);
        s.queued = false;
    }
}

void Mlfq::add(Pid p, ReadyReason why, Tick) {
    ProcState& s = synced(p);
    if (why == ReadyReason::Preempted && m_ostep) {
        s.running = false;   // it stays where it was, at the head of its level
        ++m_readyCount;
        return;
    }
    if (s.spentAlone) {
        endSpentQuantum(p, s);
    }
    noteWaiting(p, s);
    enqueue(p, s, why == ReadyReason::IoDone && m_ioToFront);
}

// stay_if_alone (Stallings): a quantum that ran out counts, and may demote, only if another
// process is ready by now (in the rules' order of this instant); alone, the process keeps its
// level and allotment and gets a fresh quantum.
void Mlfq::endSpentQuantum(Pid p, ProcState& s) {
    s.spentAlone = false;
    if (m_readyCount > 0) {
        useQuantum(s);
        return;
    }
    freshQuantum(s);
    m_note(p, kStaysAlone, s.level);
}

// preempt off: a process that becomes ready above a running one waits for its quantum to end.
void Mlfq::noteWaiting(Pid p, const ProcState& s) const {
    if (m_preempt) {
        return;
    }
    for (Pid running : m_onCpu) {
        if (effective(running).level > s.level) {
            m_note(p, kWaitsForQuantum, s.level);
            return;
        }
    }
}

Pid Mlfq::take(Tick) {
    for (auto& queue : m_queues) {
        for (Pid p : queue) {
            ProcState& s = synced(p);
            if (s.running) {
                continue;
            }
            --m_readyCount;
            if (m_ostep) {
                s.running = true;
            } else {
                dequeue(s);
            }
            return p;
        }
    }
    return kNoProcess;
}

void Mlfq::remove(Pid p, Tick) {
    ProcState& s = synced(p);
    if (s.queued && !s.running) {
        dequeue(s);
        --m_readyCount;
    }
}

std::vector<std::vector<Pid>> Mlfq::readyQueues(Tick) const {
    std::vector<std::vector<Pid>> out(m_queues.size());
    for (size_t level = 0; level < m_queues.size(); ++level) {
        for (Pid p : m_queues[level]) {
            if (!m_states[p].running) {
                out[level].push_back(p);
            }
        }
    }
    return out;
}

// Whether a ready process comes before `running` in the order the queues are served.
bool Mlfq::readyBefore(Pid running, const ProcState& rs) const {
    for (int level = 0; level <= rs.level; ++level) {
        for (Pid p : m_queues[level]) {
            if (p == running) {
                return false;
            }
            if (!m_states[p].running) {
                return true;
            }
        }
    }
    return false;
}

bool Mlfq::shouldPreempt(Pid running, Tick) const {
    if (!m_preempt) {
        return false;
    }
    ProcState rs = effective(running);
    if (m_ostep) {
        return readyBefore(running, rs);
    }
    for (int level = 0; level < rs.level; ++level) {
        if (!m_queues[level].empty()) {
            return true;
        }
    }
    return false;
}

void Mlfq::onDispatch(Pid p, Tick) {
    m_onCpu.push_back(p);
    ProcState& s = synced(p);
    if (!m_ostep) {
        freshQuantum(s);
    } else if (!s.queued) {
        // Resumed without take() (uniprogramming): it becomes the head of its level.
        enqueue(p, s, true);
        s.running = true;
        --m_readyCount;
    }
}

void Mlfq::charge(Pid p, Tick ticks) {
    ProcState& s = synced(p);
    if (s.ticksLeft != kNever) {
        s.ticksLeft -= ticks;
    }
}

// A full quantum was used: count it against the allotment and maybe move down a level.
void Mlfq::useQuantum(ProcState& s) const {
    bool lowest = s.level + 1 == static_cast<int>(m_levels.size());
    if (s.allotLeft > 0 && --s.allotLeft == 0 && !lowest) {
        ++s.level;
    }
    if (s.allotLeft == 0) {
        freshAllotment(s);
    }
    freshQuantum(s);
}

void Mlfq::onStop(Pid p, StopReason why, Tick) {
    m_onCpu.erase(std::find(m_onCpu.begin(), m_onCpu.end(), p));
    ProcState& s = synced(p);
    if (m_ostep && why != StopReason::Preempted) {
        dequeue(s);   // the running process leaves the head of its queue
        s.running = false;
    }
    bool spent = s.ticksLeft == 0;
    if (why == StopReason::Blocked && m_resetOnIo) {
        freshQuantum(s);
        freshAllotment(s);
    }
    if (why == StopReason::QuantumExpired && spent && m_stayIfAlone) {
        s.spentAlone = true;   // decided in add(), once this instant's newcomers are in
    } else if ((why == StopReason::Blocked || why == StopReason::QuantumExpired) && spent) {
        useQuantum(s);
    }
}

void Mlfq::boost(Tick) {
    ++m_epoch;
    auto& top = m_queues[0];
    size_t count = m_queues.size();
    for (size_t i = 1; i < count; ++i) {
        // ostep appends the lower levels lowest first, textbook highest first.
        size_t from = m_ostep ? count - i : i;
        top.splice(top.end(), m_queues[from]);
    }
}

std::unique_ptr<Policy> makeMlfq(const PolicyContext& context) {
    return std::make_unique<Mlfq>(context);
}

// The contract's default: three levels with quanta 2, 4 and 8, one quantum of allotment each.
constexpr MlfqLevel kDefaultLevels[] = {{2, 1}, {4, 1}, {8, 1}};

const ParamSpec kParams[] = {
    {.name = "levels",
     .type = ParamType::Levels,
     .label = QT_TRANSLATE_NOOP("schedlab::engine", "Levels"),
     .help = QT_TRANSLATE_NOOP("schedlab::engine",
                               "Highest priority first. A blank quantum runs each burst out; a "
                               "blank allotment never moves a process down."),
     .defaultLevels = kDefaultLevels},
    {.name = "boost",
     .label = QT_TRANSLATE_NOOP("schedlab::engine", "Boost every"),
     .help = QT_TRANSLATE_NOOP("schedlab::engine",
                               "Every so many ticks all processes go back to the top level"),
     .zeroText = QT_TRANSLATE_NOOP("schedlab::engine", "Never"),
     .shown = ParamShown::InFiles},
    {.name = "reset_on_io",
     .type = ParamType::Flag,
     .label = QT_TRANSLATE_NOOP("schedlab::engine",
                                "Fresh quantum and allotment after I/O (reset_on_io)"),
     .help = QT_TRANSLATE_NOOP("schedlab::engine",
                               "A process that starts I/O gets a fresh quantum and allotment at "
                               "its level"),
     .shown = ParamShown::InFiles},
    {.name = "io_to_front",
     .type = ParamType::Flag,
     .label = QT_TRANSLATE_NOOP("schedlab::engine",
                                "Back from I/O to the front of its level (io_to_front)"),
     .help = QT_TRANSLATE_NOOP("schedlab::engine",
                               "A process back from I/O goes to the front of its level's queue"),
     .shown = ParamShown::InFiles},
    {.name = "stay_if_alone",
     .type = ParamType::Flag,
     .label = QT_TRANSLATE_NOOP("schedlab::engine", "Demote only if others wait (stay_if_alone)"),
     .help = QT_TRANSLATE_NOOP("schedlab::engine",
                               "A process whose quantum ends while no other process is ready "
                               "stays at its level (Stallings)"),
     .shown = ParamShown::WhenSet},
    {.name = "preempt",
     .type = ParamType::Flag,
     .label = QT_TRANSLATE_NOOP("schedlab::engine", "Preempt for a higher level (preempt)"),
     .help = QT_TRANSLATE_NOOP("schedlab::engine",
                               "When off, a process that becomes ready at a higher level waits "
                               "until the running process's quantum ends (Stallings)"),
     .defaultFlag = true,
     .shown = ParamShown::WhenSet},
};

constexpr std::string_view kNotes[] = {
    QT_TRANSLATE_NOOP("schedlab::engine",
                      "%1 used up its quantum but stays at level %3: no other process is ready"),
    QT_TRANSLATE_NOOP("schedlab::engine",
                      "%1 waits at level %3 until the running process's quantum ends"),
};

}  // namespace

const PolicyEntry& mlfqPolicy() {
    static const PolicyEntry entry{
        .name = "mlfq",
        .title = QT_TRANSLATE_NOOP("schedlab::engine", "Multilevel feedback queue"),
        .summary = QT_TRANSLATE_NOOP("schedlab::engine",
                                     "Serves the highest non-empty level first, round robin within "
                                     "a level; a process that uses up its allotment moves down."),
        .params = kParams,
        .can = {.preemptive = true, .quantum = false, .levels = true},
        .rankedBy = RankedBy::Level,
        .notes = kNotes,
        .make = makeMlfq,
    };
    return entry;
}

}  // namespace schedlab::engine
