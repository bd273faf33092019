// Shortest remaining time first: preemptive SJF on the time left in the current CPU burst. A
// newcomer preempts only when its remaining time is strictly shorter.
#include "engine/policies/keyed_queue.hpp"

namespace schedlab::engine {
namespace {

class Srtf final : public KeyedPolicy {
public:
    using KeyedPolicy::KeyedPolicy;
    bool preemptive() const override { return true; }
    std::int64_t key(Pid p, Tick) const override { return m_procs[p].burstLeft; }

protected:
    KeyedQueue::Key waitingKey(Pid p, Tick) const override { return m_procs[p].burstLeft; }
};

}  // namespace

std::unique_ptr<Policy> makeSrtf(const PolicyContext& context) {
    return std::make_unique<Srtf>(context);
}

}  // namespace schedlab::engine
