#pragma once
// Private to src/real: one driver per mode (session.hpp).

#include <memory>
#include <vector>

#include "engine/workload.hpp"
#include "real/session.hpp"

namespace schedlab::real::detail {

/// Kernel mode: Linux decides. With `burstPriority` (SCHED_FIFO by next burst), a child that
/// blocks gets the priority of its next CPU burst while it sleeps: burstPriority[p][k] is the
/// priority for CPU burst k (even indices).
std::unique_ptr<Driver> makeKernelDriver(std::vector<std::vector<int>> burstPriority);

/// Dispatch mode: the engine's policy for `workload`, fed with the real events; times in the
/// policy are microseconds (the workload is scaled by tickUs).
std::unique_ptr<Driver> makeDispatchDriver(const engine::Workload& workload, std::int64_t tickUs);

/// Lockstep mode: the simulation's slices, in its order, each run for its length of CPU time.
std::unique_ptr<Driver> makeLockstepDriver(const engine::Workload& workload, std::int64_t tickUs);

/// Every child has finished its last burst.
bool allDone(const Session& session);

}  // namespace schedlab::real::detail
