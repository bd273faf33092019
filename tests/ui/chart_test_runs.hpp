#pragma once
// Workloads and runs shared by the chart tests.

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "engine/simulation.hpp"
#include "models/run.hpp"
#include "scenario/scenario_io.hpp"

namespace schedlab::ui::testing {

inline engine::ProcessSpec process(std::string name, engine::Tick arrival,
                                   std::vector<engine::Tick> bursts) {
    engine::ProcessSpec p;
    p.name = std::move(name);
    p.arrival = arrival;
    p.bursts = std::move(bursts);
    return p;
}

/// Silberschatz's round robin, quantum 4: P1 24, P2 3, P3 3, all at 0.
inline engine::Workload textbookRr() {
    engine::Workload w;
    w.name = "Textbook round robin";
    w.policy.name = "rr";
    w.policy.set("quantum", 4);
    w.processes = {process("P1", 0, {24}), process("P2", 0, {3}), process("P3", 0, {3})};
    return w;
}

/// Two CPUs, a context-switch cost, I/O, preemption: every kind of interval appears.
inline engine::Workload ioWorkload() {
    engine::Workload w;
    w.name = "I/O mix";
    w.cpus = 2;
    w.contextSwitch = 1;
    w.policy.name = "rr";
    w.policy.set("quantum", 3);
    w.processes = {process("editor", 0, {2, 6, 2, 6, 2}), process("compiler", 1, {12, 3, 8}),
                   process("backup", 2, {1, 9, 1, 9, 1}), process("database", 4, {4, 4, 6, 2, 3}),
                   process("late", 30, {2})};
    return w;
}

/// Many short processes arriving one after another, some with I/O.
inline engine::Workload hugeWorkload(int count) {
    engine::Workload w;
    w.name = "Huge";
    w.cpus = 4;
    w.policy.name = "rr";
    w.processes.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        std::vector<engine::Tick> bursts{1 + i % 7};
        if (i % 3 == 0) {
            bursts.insert(bursts.end(), {2 + i % 5, 1 + i % 4});
        }
        w.processes.push_back(process("P" + std::to_string(i), i, std::move(bursts)));
    }
    return w;
}

inline models::RunPtr makeRun(const engine::Workload& workload,
                              engine::SimulationOptions options = {}) {
    auto result = engine::simulate(workload, std::move(options));
    return std::make_shared<const models::Run>(models::Run{workload, std::move(result)});
}

/// A scenario from scenarios/, simulated; nullptr if it does not load.
inline models::RunPtr scenarioRun(const std::string& file) {
    auto loaded =
        scenario::loadScenarioFile(std::string(SCHEDLAB_SOURCE_DIR) + "/scenarios/" + file);
    return loaded.workload ? makeRun(*loaded.workload) : nullptr;
}

}  // namespace schedlab::ui::testing
