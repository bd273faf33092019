#pragma once
// Small helpers shared by the engine tests: building workloads in C++ and reading results back in
// a form that is easy to compare with a hand-worked answer.

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "engine/policy_spec.hpp"
#include "engine/result.hpp"
#include "engine/simulation.hpp"
#include "engine/workload.hpp"

namespace schedlab::engine::test {

inline ProcessSpec proc(std::string name, Tick arrival, std::vector<Tick> bursts,
                        std::int64_t priority = 0) {
    return {std::move(name), arrival, priority, std::move(bursts)};
}

/// The policy of a SPEC string; a bad SPEC fails the test that asked for it.
inline PolicyConfig policy(std::string_view spec) {
    auto parsed = parsePolicySpec(spec);
    EXPECT_TRUE(parsed.policy.has_value()) << spec << ": " << parsed.error;
    return parsed.policy.value_or(PolicyConfig{});
}

inline Workload workload(std::string_view spec, std::vector<ProcessSpec> processes,
                         Rules rules = Rules::Textbook) {
    Workload w;
    w.name = "test";
    w.policy = policy(spec);
    w.rules = rules;
    w.processes = std::move(processes);
    return w;
}

/// Runs a workload after checking that it is valid.
inline SimulationResult run(const Workload& w) {
    auto problems = validateWorkload(w);
    EXPECT_TRUE(problems.empty()) << problems.front();
    return simulate(w);
}

/// "P1 0-4, P2 4-7" in the order of result.slices; with several CPUs each slice is "cpu:P1 0-4".
inline std::string gantt(const SimulationResult& r, const Workload& w) {
    std::string out;
    for (const auto& s : r.slices) {
        out += out.empty() ? "" : ", ";
        out += w.cpus > 1 ? std::to_string(s.cpu) + ":" : "";
        out += w.processes[s.process].name + " " + std::to_string(s.start) + "-" +
               std::to_string(s.end);
    }
    return out;
}

/// One metric for every process, in file order.
inline std::vector<Tick> column(const SimulationResult& r, Tick ProcessMetrics::*field) {
    std::vector<Tick> out;
    for (const auto& m : r.processes) {
        out.push_back(m.*field);
    }
    return out;
}

inline std::vector<Tick> waiting(const SimulationResult& r) {
    return column(r, &ProcessMetrics::waiting);
}
inline std::vector<Tick> turnaround(const SimulationResult& r) {
    return column(r, &ProcessMetrics::turnaround);
}
inline std::vector<Tick> response(const SimulationResult& r) {
    return column(r, &ProcessMetrics::response);
}

/// The times of every decision of one kind, in order.
inline std::vector<Tick> decisionTimes(const SimulationResult& r, DecisionKind kind) {
    std::vector<Tick> out;
    for (const auto& d : r.decisions) {
        if (d.kind == kind) {
            out.push_back(d.time);
        }
    }
    return out;
}

}  // namespace schedlab::engine::test
