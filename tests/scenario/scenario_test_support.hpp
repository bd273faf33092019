#pragma once
// Shorthands for the scenario tests: parse inline text, list the formatted diagnostics.

#include <string>
#include <string_view>
#include <vector>

#include "engine/policy_registry.hpp"
#include "scenario/scenario_io.hpp"

namespace schedlab::scenario::testing {

inline LoadResult loadYaml(std::string_view text) { return parseScenario(text, "t.yaml"); }

inline LoadResult loadJson(std::string_view text) {
    return parseScenario(text, "t.json", Format::Json);
}

/// Every error as the CLI prints it: "t.yaml:3:7: error: ...".
inline std::vector<std::string> errors(const LoadResult& result) {
    std::vector<std::string> out;
    for (const auto& diagnostic : result.diagnostics) {
        out.push_back(formatDiagnostic(diagnostic));
    }
    return out;
}

inline std::vector<std::string> warnings(const LoadResult& result) {
    std::vector<std::string> out;
    for (const auto& diagnostic : result.warnings) {
        out.push_back(formatDiagnostic(diagnostic));
    }
    return out;
}

/// Every field of a workload, one per line, for comparisons with readable failures (the engine's
/// types have no operator==).
inline std::string dump(const scenario::Scenario& w) {
    std::string out = "name=" + w.name + "\ncpus=" + std::to_string(w.cpus) +
                      "\ncontext_switch=" + std::to_string(w.contextSwitch) +
                      "\nmultiprogramming=" + std::to_string(w.multiprogramming) +
                      "\nrules=" + std::to_string(static_cast<int>(w.rules)) +
                      "\npriority_order=" + std::to_string(static_cast<int>(w.priorityOrder)) +
                      "\nexercise=" + std::to_string(w.exercise);
    const auto& p = w.policy;
    out += "\npolicy=" + p.name;
    for (auto key : engine::allParamNames()) {
        out += " " + std::string(key) + "=";
        auto value = p.value(key);
        if (auto* ticks = std::get_if<engine::Tick>(&value)) {
            out += std::to_string(*ticks);
        } else if (auto* flag = std::get_if<bool>(&value)) {
            out += std::to_string(*flag);
        }
        for (const auto& level : p.levels(key)) {
            out += "(" + (level.quantum ? std::to_string(*level.quantum) : "-") + "," +
                   (level.allotment ? std::to_string(*level.allotment) : "-") + ")";
        }
    }
    for (const auto& process : w.processes) {
        out += "\nprocess " + process.name + " arrival=" + std::to_string(process.arrival) +
               " priority=" + std::to_string(process.priority) + " bursts=";
        for (auto burst : process.bursts) {
            out += std::to_string(burst) + " ";
        }
    }
    return out + "\n";
}

inline std::string dataFile(std::string_view name) {
    return std::string(SCHEDLAB_SOURCE_DIR) + "/tests/scenario/data/" + std::string(name);
}

}  // namespace schedlab::scenario::testing
