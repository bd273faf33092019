// Priority scheduling, non-preemptive ("priority") and preemptive ("priority-p").
//
// Aging: with `aging` = A > 0, every A ticks spent waiting are worth one priority level. The
// order key of a waiting process is rank * A + readySince (smaller first), which never changes
// while it waits, so the queue stays a heap; it orders processes exactly as the effective
// priority rank - waited / A does at any instant. A running process keeps the key it had while
// waiting, so aging decides who is picked but never makes two waiting processes take turns.
#include "engine/policies/keyed_queue.hpp"
#include "engine/policy_registry.hpp"
#include "engine/translatable.hpp"

namespace schedlab::engine {
namespace {

class Priority final : public KeyedPolicy {
public:
    explicit Priority(const PolicyContext& context)
        : KeyedPolicy(context),
          m_aging(context.workload.policy.ticks("aging")),
          m_sign(context.workload.priorityOrder == PriorityOrder::LargerFirst ? -1 : 1) {}
    // The effective priority in the file's own convention, for explanations.
    std::int64_t key(Pid p, Tick now) const override {
        Tick waited = now - m_procs[p].readySince;
        return m_sign * (m_procs[p].rank - (m_aging > 0 ? waited / m_aging : 0));
    }

protected:
    KeyedQueue::Key waitingKey(Pid p, Tick) const override {
        return agedKey(p, m_procs[p].readySince);
    }

private:
    KeyedQueue::Key agedKey(Pid p, Tick since) const {
        if (m_aging == 0) {
            return m_procs[p].rank;
        }
        return KeyedQueue::Key{m_procs[p].rank} * m_aging + since;
    }
    Tick m_aging;
    std::int64_t m_sign;
};

std::unique_ptr<Policy> makePriority(const PolicyContext& context) {
    return std::make_unique<Priority>(context);
}

const ParamSpec kParams[] = {
    {.name = "aging",
     .label = QT_TRANSLATE_NOOP("schedlab::engine", "Aging"),
     .help = QT_TRANSLATE_NOOP("schedlab::engine",
                               "Every so many ticks of waiting improve a priority by one"),
     .zeroText = QT_TRANSLATE_NOOP("schedlab::engine", "Off"),
     .shown = ParamShown::WhenSet},
};

}  // namespace

const PolicyEntry& priorityPolicy() {
    static const PolicyEntry entry{
        .name = "priority",
        .title = QT_TRANSLATE_NOOP("schedlab::engine", "Priority (non-preemptive)"),
        .summary = QT_TRANSLATE_NOOP("schedlab::engine",
                                     "Runs the ready process with the best priority, to the end "
                                     "of its CPU burst."),
        .params = kParams,
        .can = {.priorities = true},
        .rankedBy = RankedBy::Priority,
        .make = makePriority,
    };
    return entry;
}

const PolicyEntry& priorityPreemptivePolicy() {
    static const PolicyEntry entry{
        .name = "priority-p",
        .title = QT_TRANSLATE_NOOP("schedlab::engine", "Priority (preemptive)"),
        .summary = QT_TRANSLATE_NOOP("schedlab::engine",
                                     "Runs the ready process with the best priority; a newcomer "
                                     "with a strictly better one takes the CPU."),
        .params = kParams,
        .can = {.preemptive = true, .priorities = true},
        .rankedBy = RankedBy::Priority,
        .make = makePriority,
    };
    return entry;
}

}  // namespace schedlab::engine
