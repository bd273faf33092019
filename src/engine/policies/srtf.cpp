// Shortest remaining time first: preemptive SJF on the time left in the current CPU burst. A
// newcomer preempts only when its remaining time is strictly shorter.
#include "engine/policies/keyed_queue.hpp"
#include "engine/policy_registry.hpp"
#include "engine/translatable.hpp"

namespace schedlab::engine {
namespace {

class Srtf final : public KeyedPolicy {
public:
    using KeyedPolicy::KeyedPolicy;
    std::int64_t key(Pid p, Tick) const override { return m_procs[p].burstLeft; }

protected:
    KeyedQueue::Key waitingKey(Pid p, Tick) const override { return m_procs[p].burstLeft; }
};

std::unique_ptr<Policy> makeSrtf(const PolicyContext& context) {
    return std::make_unique<Srtf>(context);
}

}  // namespace

const PolicyEntry& srtfPolicy() {
    static const PolicyEntry entry{
        .name = "srtf",
        .title = QT_TRANSLATE_NOOP("schedlab::engine", "Shortest remaining time first"),
        .summary = QT_TRANSLATE_NOOP("schedlab::engine",
                                     "Runs the process with the least CPU time left in its burst; "
                                     "a newcomer with strictly less takes the CPU."),
        .can = {.preemptive = true},
        .rankedBy = RankedBy::Remaining,
        .make = makeSrtf,
    };
    return entry;
}

}  // namespace schedlab::engine
