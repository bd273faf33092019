#pragma once
// Private to src/real: the memory the runner shares with its children (one anonymous shared
// mapping made before fork). Children write their own slot; the runner and the guard read.

#include <atomic>
#include <cstddef>
#include <cstdint>

#include "real/real_run.hpp"

namespace schedlab::real::detail {

enum class ChildState : std::int32_t {
    Waiting,   ///< before its arrival
    WantsCpu,  ///< dispatch and lockstep: waiting for the dispatcher to start its burst
    Running,   ///< burning a CPU burst (on the CPU or preempted)
    Blocked,   ///< sleeping through an I/O burst
    Done,      ///< every burst done; waits for the end of the run
};

inline constexpr int kMaxCpuIntervals = 4096;  ///< more are merged into the last one
inline constexpr int kMaxIoIntervals = 1024;

struct ChildSlot {
    std::atomic<std::int64_t> cpuUs{0};  ///< on-CPU time so far, all bursts
    std::atomic<ChildState> state{ChildState::Waiting};
    std::atomic<std::uint32_t> grant{0};        ///< futex: CPU bursts the dispatcher started
    std::atomic<std::int32_t> burst{0};         ///< index of the current or next CPU burst
    std::atomic<std::int64_t> ioDeadlineUs{0};  ///< end of the current I/O
    std::atomic<std::int64_t> completionUs{-1};
    std::atomic<std::int32_t> cpuCount{0};
    std::atomic<std::int32_t> ioCount{0};
    RealInterval cpu[kMaxCpuIntervals];
    RealInterval io[kMaxIoIntervals];
};

struct SharedHeader {
    std::atomic<std::uint32_t> start{0};    ///< futex: 1 once t0Ns is set
    std::atomic<std::uint32_t> release{0};  ///< futex: 1 when children may exit
    std::atomic<std::int64_t> t0Ns{0};      ///< CLOCK_MONOTONIC at tick 0
    std::atomic<std::int32_t> pgid{0};      ///< the children's process group
    std::atomic<std::int32_t> watchdogFired{0};
    /// The RR timeslice (ms) as this run set it, -1 before: the guard writes the saved value
    /// back only over this one, never over a change someone else made since (#13).
    std::atomic<std::int64_t> rrSetMs{-1};
    /// Children start their arrival sleeps in file order: child i waits until armed == i, so
    /// that equal arrivals queue in file order.
    std::atomic<std::uint32_t> armed{0};
};

/// The mapping: a header, then one slot per child. Unmapped by the owner that made it.
class SharedBlock {
public:
    explicit SharedBlock(std::size_t children);
    ~SharedBlock();
    SharedBlock(const SharedBlock&) = delete;
    SharedBlock& operator=(const SharedBlock&) = delete;

    SharedHeader& header() const { return *static_cast<SharedHeader*>(m_base); }
    ChildSlot& slot(std::size_t i) const;
    std::size_t children() const { return m_children; }

private:
    void* m_base = nullptr;
    std::size_t m_size = 0;
    std::size_t m_children = 0;
};

/// CLOCK_MONOTONIC in nanoseconds.
std::int64_t monotonicNs();
/// Blocks while *word == value (shared futex; works across fork).
void futexWait(std::atomic<std::uint32_t>& word, std::uint32_t value);
void futexWakeAll(std::atomic<std::uint32_t>& word);
/// Sleeps until CLOCK_MONOTONIC reaches `ns` (absolute deadline, restarted after signals).
void sleepUntilNs(std::int64_t ns);

}  // namespace schedlab::real::detail
