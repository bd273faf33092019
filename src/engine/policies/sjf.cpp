// Shortest job first, non-preemptive: the ready process with the shortest next CPU burst.
#include "engine/policies/keyed_queue.hpp"
#include "engine/policy_registry.hpp"
#include "engine/translatable.hpp"

namespace schedlab::engine {
namespace {

class Sjf final : public KeyedPolicy {
public:
    using KeyedPolicy::KeyedPolicy;
    std::int64_t key(Pid p, Tick) const override { return m_procs[p].burstLength; }

protected:
    KeyedQueue::Key waitingKey(Pid p, Tick) const override { return m_procs[p].burstLength; }
};

std::unique_ptr<Policy> makeSjf(const PolicyContext& context) {
    return std::make_unique<Sjf>(context);
}

}  // namespace

const PolicyEntry& sjfPolicy() {
    static const PolicyEntry entry{
        .name = "sjf",
        .title = QT_TRANSLATE_NOOP("schedlab::engine", "Shortest job first (non-preemptive)"),
        .summary = QT_TRANSLATE_NOOP("schedlab::engine",
                                     "Runs the ready process with the shortest next CPU burst, "
                                     "to the end of that burst."),
        .rankedBy = RankedBy::NextBurst,
        .comparedByDefault = true,
        .make = makeSjf,
    };
    return entry;
}

}  // namespace schedlab::engine
