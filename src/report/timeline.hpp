#pragma once
// Each process's states over time, derived once for every Gantt chart (the terminal chart of
// src/report and the app's and the export's chart in ui/): running from the slices, ready and
// blocked from the recorded events, or, when a run recorded none (to save memory), from the
// slices and the workload's bursts, with the same answer.

#include <cstdint>
#include <vector>

#include "engine/result.hpp"
#include "engine/workload.hpp"

namespace schedlab::report {

/// Blocked: on I/O. Waiting: blocked on a child, a lock or a queue (programs, #14).
enum class StateKind : std::uint8_t { Running, Ready, Blocked, Waiting };

/// [start, end) of one process in one state; `cpu` is the CPU of a running span, else -1.
struct StateSpan {
    engine::Tick start = 0;
    engine::Tick end = 0;
    engine::Pid process = engine::kNoProcess;
    std::int32_t cpu = -1;
    StateKind kind = StateKind::Running;
};

/// Every non-empty span of every process, unsorted: the running ones in slice order, then the
/// waiting ones. Without events a process is blocked for exactly the I/O burst that follows a
/// finished CPU burst (the engine's rule), and ready the rest of the time between its slices.
/// A process still ready or blocked at its last event (a run cut short) stays so until `end`.
std::vector<StateSpan> processStates(const engine::Workload& workload,
                                     const engine::SimulationResult& result, engine::Tick end);

}  // namespace schedlab::report
