#include <sched.h>

#include "real/drivers.hpp"

namespace schedlab::real::detail {

bool allDone(const Session& session) {
    for (std::size_t i = 0; i < session.size(); ++i) {
        if (session.slot(i).state.load(std::memory_order_acquire) != ChildState::Done) {
            return false;
        }
    }
    return true;
}

namespace {

class KernelDriver : public Driver {
public:
    explicit KernelDriver(std::vector<std::vector<int>> burstPriority)
        : m_priority(std::move(burstPriority)), m_applied(m_priority.size(), -1) {}

    bool turn(Session& session, std::int64_t /*nowUs*/) override {
        for (std::size_t i = 0; i < m_priority.size(); ++i) {
            lowerWhileBlocked(session, i);
        }
        return allDone(session);
    }

private:
    // The child ran at the top priority (nothing may preempt it); asleep, it takes the priority
    // of its next burst, so that on waking it queues behind shorter bursts.
    void lowerWhileBlocked(Session& session, std::size_t i) {
        const ChildSlot& slot = session.slot(i);
        int burst = slot.burst.load(std::memory_order_acquire);
        if (slot.state.load(std::memory_order_acquire) != ChildState::Blocked ||
            m_applied[i] == burst) {
            return;
        }
        std::size_t next = static_cast<std::size_t>(burst) + 2;
        if (next < m_priority[i].size()) {
            sched_param param{};
            param.sched_priority = m_priority[i][next];
            sched_setparam(session.pid(i), &param);
        }
        m_applied[i] = burst;
    }

    std::vector<std::vector<int>> m_priority;
    std::vector<int> m_applied;
};

}  // namespace

std::unique_ptr<Driver> makeKernelDriver(std::vector<std::vector<int>> burstPriority) {
    return std::make_unique<KernelDriver>(std::move(burstPriority));
}

}  // namespace schedlab::real::detail
