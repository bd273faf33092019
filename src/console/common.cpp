#include "console/common.hpp"

#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>

#include "engine/policy_spec.hpp"
#include "scenario/scenario_io.hpp"

namespace schedlab::console {

void printError(std::string_view message) {
    std::cerr << "schedlab-cli: error: " << message << '\n';
}

std::optional<engine::Workload> loadWorkload(const std::string& file) {
    try {
        scenario::LoadOptions options;
        options.collectSources = false;  // positions for editors; the CLI has no use for them
        auto loaded = scenario::loadScenarioFile(file, scenario::Format::Auto, options);
        for (const auto* list : {&loaded.diagnostics, &loaded.warnings}) {
            for (const auto& diagnostic : *list) {
                std::cerr << scenario::formatDiagnostic(diagnostic) << '\n';
            }
        }
        return std::move(loaded.workload);
    } catch (const std::exception& error) {
        std::cerr << file << ": error: " << error.what() << '\n';
        return std::nullopt;
    }
}

std::optional<engine::PolicyConfig> parsePolicyFlag(std::string_view flag, std::string_view spec) {
    auto parsed = engine::parsePolicySpec(spec);
    if (!parsed.policy) {
        printError(std::string(flag) + ": " + parsed.error);
        return std::nullopt;
    }
    auto problems = engine::validatePolicy(*parsed.policy);
    if (!problems.empty()) {
        printError(std::string(flag) + ": " + problems.front());
        return std::nullopt;
    }
    return parsed.policy;
}

CLI::Validator numberRange(double min, double max) {
    return CLI::Validator(
        [min, max](const std::string& text) {
            double value = 0;
            bool inRange = CLI::detail::lexical_cast(text, value) && value >= min && value <= max;
            return inRange ? std::string()
                           : "expected a number from " + CLI::detail::to_string(min) + " to " +
                                 CLI::detail::to_string(max) + ", got '" + text + "'";
        },
        "NUMBER");
}

}  // namespace schedlab::console
