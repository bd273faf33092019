// First come, first served: one FIFO queue in the order processes became ready.
#include <deque>

#include "engine/policy_registry.hpp"
#include "engine/translatable.hpp"

namespace schedlab::engine {
namespace {

class Fcfs final : public Policy {
public:
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

private:
    std::deque<Pid> m_queue;
};

std::unique_ptr<Policy> makeFcfs(const PolicyContext&) { return std::make_unique<Fcfs>(); }

}  // namespace

const PolicyEntry& fcfsPolicy() {
    static const PolicyEntry entry{
        .name = "fcfs",
        .title = QT_TRANSLATE_NOOP("schedlab::engine", "First come, first served"),
        .summary = QT_TRANSLATE_NOOP("schedlab::engine",
                                     "Runs processes in the order they became ready, each to the "
                                     "end of its CPU burst."),
        .comparedByDefault = true,
        .make = makeFcfs,
    };
    return entry;
}

}  // namespace schedlab::engine
