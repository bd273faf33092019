#include "models/level_history.hpp"

#include "engine/policy_registry.hpp"

#include <algorithm>

#include "engine/simulation.hpp"

namespace schedlab::models {
namespace {

engine::SimulationOptions replayOptions() {
    engine::SimulationOptions options;
    options.recordSlices = false;
    options.recordEvents = false;
    options.recordDecisions = false;
    return options;
}

// A process is on the chart from its arrival to its completion.
bool present(const engine::Simulation& sim, engine::Pid pid) {
    return sim.state(pid) != engine::ProcessState::New;
}

}  // namespace

LevelHistory levelHistory(const Run& run) {
    LevelHistory history;
    const auto& policy = run.workload.policy;
    const bool leveled = engine::findPolicy(policy.name)->can.levels;
    history.levelCount = leveled ? std::max<int>(1, int(policy.levels().size())) : 1;
    const std::size_t count = run.workload.processes.size();
    history.processes.resize(count);
    for (const auto& decision : run.result.decisions) {
        if (decision.kind == engine::DecisionKind::Boost) {
            history.boosts.push_back(decision.time);
        }
    }
    engine::Simulation sim(run.workload, replayOptions());
    std::vector<bool> done(count, false);
    while (sim.step()) {
        for (engine::Pid pid = 0; pid < count; ++pid) {
            if (done[pid] || !present(sim, pid)) {
                continue;
            }
            auto& steps = history.processes[pid];
            const int level = sim.level(pid);
            if (steps.empty() || steps.back().level != level) {
                steps.push_back({sim.now(), level});
            }
            if (sim.state(pid) == engine::ProcessState::Terminated) {
                steps.push_back({sim.now(), level});  // closes the last step
                done[pid] = true;
            }
        }
    }
    return history;
}

}  // namespace schedlab::models
