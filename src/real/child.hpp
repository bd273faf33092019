#pragma once
// Private to src/real: what one child process does. It runs only async-signal-safe calls (it is
// forked, possibly from a threaded program) and allocates nothing.

#include <sys/types.h>

#include <cstdint>
#include <vector>

#include "real/shared_block.hpp"

namespace schedlab::real::detail {

/// A descheduling shows as a gap in the child's busy loop longer than this.
inline constexpr std::int64_t kGapNs = 200'000;

struct ChildPlan {
    std::vector<std::int64_t> burstsUs;  ///< CPU, I/O, CPU, ...
    std::int64_t arrivalUs = 0;
    std::uint32_t index = 0;  ///< its place in the file
    int cpu = 0;              ///< the CPU every child is pinned to
    pid_t parent = 0;
    bool waitForGrant = false;  ///< dispatch, lockstep: each CPU burst starts when granted
    int runningPriority = 0;    ///< > 0: SCHED_FIFO priority taken on starting a burst
    std::int64_t rtTimeUs = 0;  ///< RLIMIT_RTTIME; 0 = none
    pid_t group = 0;            ///< process group to join; 0 = lead a new one
    int closeFd = -1;           ///< the guard's pipe, which must close when the runner dies
};

/// The child's whole life: set up, wait for the start, arrive, burn and sleep through the
/// bursts while recording them in `slot`, then wait for the release and exit.
[[noreturn]] void runChild(const ChildPlan& plan, SharedBlock& block, ChildSlot& slot);

}  // namespace schedlab::real::detail
