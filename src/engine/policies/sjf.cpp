// Shortest job first, non-preemptive: the ready process with the shortest next CPU burst.
#include "engine/policies/keyed_queue.hpp"

namespace schedlab::engine {
namespace {

class Sjf final : public KeyedPolicy {
public:
    using KeyedPolicy::KeyedPolicy;
    std::int64_t key(Pid p, Tick) const override { return m_procs[p].burstLength; }

protected:
    KeyedQueue::Key waitingKey(Pid p, Tick) const override { return m_procs[p].burstLength; }
};

}  // namespace

std::unique_ptr<Policy> makeSjf(const PolicyContext& context) {
    return std::make_unique<Sjf>(context);
}

}  // namespace schedlab::engine
