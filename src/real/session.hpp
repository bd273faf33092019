#pragma once
// Private to src/real: the children of one run and the loop that watches them. A driver (one per
// mode) decides what to do at each turn of the loop.

#include <sys/types.h>

#include <functional>
#include <optional>
#include <vector>

#include "real/child.hpp"
#include "real/guard.hpp"
#include "real/runner.hpp"

namespace schedlab::real::detail {

class Session;

/// What a mode does at each turn of the runner's loop (about every 100 us).
class Driver {
public:
    virtual ~Driver() = default;
    /// Called once, right after tick 0.
    virtual void start(Session& /*session*/) {}
    /// Returns true once every child is done.
    virtual bool turn(Session& session, std::int64_t nowUs) = 0;
};

class Session {
public:
    Session(std::vector<ChildPlan> plans, std::int64_t limitMs,
            std::optional<long long> savedTimeslice);
    /// Kills and reaps whatever is still running.
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    std::size_t size() const { return m_pids.size(); }
    pid_t pid(std::size_t i) const { return m_pids[i]; }
    ChildSlot& slot(std::size_t i) const { return m_block.slot(i); }
    std::int64_t nowUs() const;
    pid_t guardPid() const { return m_guard->pid(); }
    /// Tells the guard the RR timeslice this run set, the only value it may write over.
    void timesliceSet(long long ms) { m_block.header().rrSetMs.store(ms); }

    /// Lets child i run: starts its next burst if it waits for one, else continues it.
    void resume(std::size_t i);
    /// Stops child i (SIGSTOP).
    void pause(std::size_t i);

    /// Forks every child (each waits for the start).
    void spawn(const std::function<void(int)>& started);
    /// Tick 0: the children start their clocks.
    void start();
    /// Runs `driver` until it is done or something goes wrong.
    std::optional<RealError> loop(Driver& driver, const RealOptions& options,
                                  std::int64_t expectedMs);
    /// The kernel's counters and the children's records; then lets them exit and reaps them.
    std::vector<RealProcess> collect();

private:
    std::optional<RealError> check(std::int64_t nowUs);
    std::optional<RealError> childDied();
    void killAll();

    std::vector<ChildPlan> m_plans;
    SharedBlock m_block;
    std::optional<Guard> m_guard;
    std::vector<pid_t> m_pids;
    std::vector<std::uint32_t> m_granted;
    std::vector<bool> m_stopped;
    std::int64_t m_limitMs = 0;
    std::int64_t m_t0Ns = 0;
    bool m_done = false;
};

/// The kernel's counters for a live process (-1 where unknown).
KernelCounters readKernelCounters(pid_t pid);

}  // namespace schedlab::real::detail
