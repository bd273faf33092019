#include "models/instant_state.hpp"

#include <algorithm>

namespace schedlab::models {
namespace {

// The entries of a time-ordered log (events or decisions) at exactly `time`.
template <typename Entry>
std::vector<Entry> entriesAt(const std::vector<Entry>& log, engine::Tick time) {
    auto first = std::lower_bound(log.begin(), log.end(), time,
                                  [](const Entry& e, engine::Tick t) { return e.time < t; });
    auto last = std::find_if(first, log.end(), [time](const Entry& e) { return e.time != time; });
    return {first, last};
}

}  // namespace

int InstantState::count(engine::ProcessState state) const {
    return counts[static_cast<std::size_t>(state)];
}

int InstantState::transitions(engine::ProcessState from, engine::ProcessState to) const {
    return static_cast<int>(std::count_if(changes.begin(), changes.end(), [&](const auto& c) {
        return c.from == from && c.to == to;
    }));
}

bool InstantState::changedNow(engine::Pid process) const {
    return std::any_of(changes.begin(), changes.end(),
                       [process](const auto& c) { return c.process == process; });
}

bool InstantState::decidedNow(engine::DecisionKind kind) const {
    return std::any_of(decisions.begin(), decisions.end(),
                       [kind](const auto& d) { return d.kind == kind; });
}

InstantState captureInstant(const engine::Simulation& sim, const Run& run, engine::Tick time) {
    std::size_t processCount = run.workload.processes.size();
    InstantState out;
    out.time = time;
    out.cpus = sim.cpus();
    out.readyQueues = sim.readyQueues();
    out.blocked = sim.blocked();
    // The simulation stopped at its last instant <= time; I/O keeps counting down since then.
    engine::Tick elapsed = time - sim.now();
    for (auto& b : out.blocked) {
        b.ioLeft = std::max<engine::Tick>(0, b.ioLeft - elapsed);
    }
    out.states.resize(processCount);
    out.levels.resize(processCount);
    for (engine::Pid p = 0; p < processCount; ++p) {
        out.states[p] = sim.state(p);
        out.levels[p] = sim.level(p);
        ++out.counts[static_cast<std::size_t>(out.states[p])];
    }
    out.changes = entriesAt(run.result.events, time);
    out.decisions = entriesAt(run.result.decisions, time);
    return out;
}

}  // namespace schedlab::models
