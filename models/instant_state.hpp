#pragma once
// Everything the app shows about one instant of a finished run: what each CPU does, the ready
// queues, the blocked processes, every process's state and level, and what changed right now.
//
// "The state at time t" is the state after everything that happens at instant t has been
// applied (engine::Simulation::runUntil(t)). Between two instants the state is that of the
// earlier one, except that I/O left counts down with the clock.

#include <array>
#include <cstddef>
#include <vector>

#include "engine/result.hpp"
#include "engine/simulation.hpp"
#include "engine/types.hpp"
#include "models/run.hpp"

namespace schedlab::models {

inline constexpr std::size_t kStateCount = 5;  ///< new, ready, running, blocked, terminated

struct InstantState {
    engine::Tick time = 0;
    std::vector<engine::CpuView> cpus;                  ///< one per CPU, in CPU order
    std::vector<std::vector<engine::Pid>> readyQueues;  ///< per level, head first
    std::vector<engine::BlockedView> blocked;           ///< ioLeft as of `time`, by pid
    std::vector<engine::ProcessState> states;           ///< per process (workload order)
    std::vector<int> levels;                            ///< MLFQ level per process (0 = top)
    std::array<int, kStateCount> counts{};              ///< processes per state, by enum value
    std::vector<engine::StateChange> changes;           ///< state changes at exactly `time`
    std::vector<engine::Decision> decisions;            ///< decisions taken at exactly `time`

    int count(engine::ProcessState state) const;
    /// How many processes went from `from` to `to` at exactly this instant.
    int transitions(engine::ProcessState from, engine::ProcessState to) const;
    /// Whether `process` changed state at exactly this instant.
    bool changedNow(engine::Pid process) const;
    /// Whether a decision of this kind was taken at exactly this instant (e.g. a boost).
    bool decidedNow(engine::DecisionKind kind) const;
};

/// The state of `sim` (a replay of `run`'s workload, already driven to `time` with runUntil)
/// as an InstantState; the changes and decisions at exactly `time` come from `run`'s logs.
InstantState captureInstant(const engine::Simulation& sim, const Run& run, engine::Tick time);

}  // namespace schedlab::models
