// schedlab-cli compare FILE... [--policies SPEC,SPEC,...] [--format table|csv|json|md] [-o OUT]

#include <CLI/CLI.hpp>
#include <memory>

#include "cli/commands.hpp"
#include "cli/policy_list.hpp"
#include "engine/simulation.hpp"
#include "report/compare_report.hpp"

namespace schedlab::cli {
namespace {

struct CompareArgs {
    std::vector<std::string> files;
    std::string policies;
    std::string format = "table";
    std::string output;
};

std::optional<std::vector<engine::PolicyConfig>> parsePolicies(const std::string& text) {
    std::vector<engine::PolicyConfig> policies;
    for (const auto& spec : splitPolicies(text)) {
        auto policy = parsePolicyFlag("--policies: " + spec, spec);
        if (!policy) {
            return std::nullopt;
        }
        policies.push_back(std::move(*policy));
    }
    return policies;
}

/// One row per policy; the summary is all compare needs, so nothing else is recorded.
void simulateFile(const std::string& file, engine::Workload& workload,
                  const std::vector<engine::PolicyConfig>& policies,
                  std::vector<report::CompareRow>& rows) {
    engine::SimulationOptions options;
    options.recordSlices = false;
    options.recordEvents = false;
    options.recordDecisions = false;
    auto own = workload.policy;
    for (const auto& policy : policies.empty() ? std::vector{own} : policies) {
        workload.policy = policy;
        auto result = engine::simulate(workload, options);
        rows.push_back({file, workload.name, result.policy, std::move(result.summary)});
    }
}

std::string render(const std::string& format, const std::vector<report::CompareRow>& rows) {
    if (format == "csv") {
        return report::writeCompareCsv(rows);
    }
    if (format == "json") {
        return report::writeCompareJson(rows);
    }
    if (format == "md") {
        return report::writeCompareMarkdown(rows);
    }
    return report::writeCompareTable(rows);
}

int runCompare(const CompareArgs& args) {
    auto policies = parsePolicies(args.policies);
    if (!policies) {
        return kExitBadInput;
    }
    std::vector<report::CompareRow> rows;
    bool bad = false;
    for (const auto& file : args.files) {
        auto workload = loadWorkload(file);  // each file is loaded once, then dropped
        bad = bad || !workload;
        if (!bad) {
            simulateFile(file, *workload, *policies, rows);
        }
    }
    if (bad) {
        return kExitBadInput;
    }
    writeOutput(render(args.format, rows), args.output);
    return kExitOk;
}

}  // namespace

Command addCompareCommand(CLI::App& parent) {
    auto args = std::make_shared<CompareArgs>();
    auto* app = parent.add_subcommand("compare", "Run every file under every policy");
    app->add_option("FILE", args->files, "Scenario files")->required();
    app->add_option("--policies", args->policies,
                    "Comma-separated SPECs (default: each file's own policy)");
    app->add_option("--format", args->format, "Output format")
        ->check(CLI::IsMember({"table", "csv", "json", "md"}))
        ->capture_default_str();
    app->add_option("-o,--output", args->output, "Output file; - or none for stdout");
    return {app, [args] { return runCompare(*args); }};
}

}  // namespace schedlab::cli
