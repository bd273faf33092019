// Round robin: FIFO queue; a process runs at most one quantum per dispatch, then goes to the tail.
#include <deque>

#include "engine/policy_registry.hpp"
#include "engine/translatable.hpp"

namespace schedlab::engine {
namespace {

class RoundRobin final : public Policy {
public:
    explicit RoundRobin(const PolicyContext& context)
        : m_quantum(context.workload.policy.ticks("quantum")), m_left(context.processes.size(), 0) {}

    void add(Pid p, ReadyReason, Tick) override { m_queue.push_back(p); }
    bool hasReady() const override { return !m_queue.empty(); }
    Pid take(Tick) override {
        Pid p = m_queue.front();
        m_queue.pop_front();
        return p;
    }
    void remove(Pid p, Tick) override { std::erase(m_queue, p); }
    std::vector<std::vector<Pid>> readyQueues(Tick) const override {
        return {{m_queue.begin(), m_queue.end()}};
    }
    void onDispatch(Pid p, Tick) override { m_left[p] = m_quantum; }
    void charge(Pid p, Tick ticks) override { m_left[p] -= ticks; }
    Tick quantumLeft(Pid p) const override { return m_left[p]; }

private:
    Tick m_quantum;
    std::vector<Tick> m_left;   // quantum left in the current dispatch
    std::deque<Pid> m_queue;
};

std::unique_ptr<Policy> makeRoundRobin(const PolicyContext& context) {
    return std::make_unique<RoundRobin>(context);
}

const ParamSpec kParams[] = {
    {.name = "quantum",
     .label = QT_TRANSLATE_NOOP("schedlab::engine", "Quantum"),
     .help = QT_TRANSLATE_NOOP("schedlab::engine",
                               "Ticks a process runs before it goes to the back of the queue"),
     .min = 1,
     .defaultTicks = 4},
};

}  // namespace

const PolicyEntry& roundRobinPolicy() {
    static const PolicyEntry entry{
        .name = "rr",
        .title = QT_TRANSLATE_NOOP("schedlab::engine", "Round robin"),
        .summary = QT_TRANSLATE_NOOP("schedlab::engine",
                                     "Runs processes in turn from one queue, each for at most one "
                                     "quantum, then to the back of the queue."),
        .params = kParams,
        .can = {.quantum = true},
        .comparedByDefault = true,
        .make = makeRoundRobin,
    };
    return entry;
}

}  // namespace schedlab::engine
