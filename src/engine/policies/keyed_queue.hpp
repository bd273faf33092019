#pragma once
// A ready queue ordered by a key that does not change while a process waits, with ties going to
// the earlier arrival, then the file order (the contract's tie rule). O(log n) add and take.

#include <algorithm>
#include <queue>
#include <tuple>
#include <vector>

#include "engine/policy.hpp"

namespace schedlab::engine {

class KeyedQueue {
public:
    // __extension__: __int128 is a GCC/Clang extension, allowed here under -Wpedantic.
    __extension__ using Key = __int128;
    void push(Key key, Tick arrival, Pid p) { m_heap.push({key, arrival, p}); }
    bool empty() const { return m_heap.empty(); }
    Key topKey() const { return m_heap.top().key; }
    Pid pop() {
        Pid p = m_heap.top().pid;
        m_heap.pop();
        return p;
    }
    void remove(Pid p) {
        std::priority_queue<Entry> kept;
        for (; !m_heap.empty(); m_heap.pop()) {
            if (m_heap.top().pid != p) {
                kept.push(m_heap.top());
            }
        }
        m_heap = std::move(kept);
    }
    std::vector<Pid> inOrder() const {
        auto copy = m_heap;
        std::vector<Pid> out;
        while (!copy.empty()) {
            out.push_back(copy.top().pid);
            copy.pop();
        }
        return out;
    }

private:
    struct Entry {
        Key key;
        Tick arrival;
        Pid pid;
        // std::priority_queue is a max-heap: "less" means "served later".
        bool operator<(const Entry& o) const {
            return std::tie(key, arrival, pid) > std::tie(o.key, o.arrival, o.pid);
        }
    };
    std::priority_queue<Entry> m_heap;
};

/// A policy whose order is a fixed key per waiting process (sjf, srtf, priority).
class KeyedPolicy : public Policy {
public:
    explicit KeyedPolicy(const PolicyContext& context) : m_procs(context.processes) {}

    void add(Pid p, ReadyReason, Tick now) override {
        m_queue.push(waitingKey(p, now), m_procs[p].arrival, p);
    }
    bool hasReady() const override { return !m_queue.empty(); }
    Pid take(Tick) override { return m_queue.pop(); }
    void remove(Pid p, Tick) override { m_queue.remove(p); }
    std::vector<std::vector<Pid>> readyQueues(Tick) const override { return {m_queue.inOrder()}; }
    bool shouldPreempt(Pid running, Tick now) const override {
        return !m_queue.empty() && m_queue.topKey() < runningKey(running, now);
    }
    bool ranksBefore(Pid a, Pid b, Tick now) const override {
        return runningKey(a, now) < runningKey(b, now);
    }

protected:
    /// The key of a waiting process, fixed while it waits; smaller runs first.
    virtual KeyedQueue::Key waitingKey(Pid p, Tick now) const = 0;
    /// The key of a running process, compared with waiting keys for preemption.
    virtual KeyedQueue::Key runningKey(Pid p, Tick now) const { return waitingKey(p, now); }

    const std::vector<ProcessInfo>& m_procs;

private:
    KeyedQueue m_queue;
};

}  // namespace schedlab::engine
