// schedlab-cli compare FILE|FOLDER|PATTERN... [--policies SPEC,SPEC,...]
//                      [--format table|csv|json|md] [-o OUT] [-j N] [--fail-fast]

#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>
#include <thread>

#include "cli/commands.hpp"
#include "cli/input_files.hpp"
#include "cli/progress_bar.hpp"
#include "compare/batch_comparison.hpp"
#include "console/policy_list.hpp"
#include "report/compare_report.hpp"

namespace schedlab::cli {
namespace {

struct CompareArgs {
    std::vector<std::string> files;
    std::string policies;
    std::string format = "table";
    std::string output;
    unsigned jobs = 0;  // 0: one per core
    bool failFast = false;
};

std::optional<std::vector<engine::PolicyConfig>> parsePolicies(const std::string& text) {
    std::vector<engine::PolicyConfig> policies;
    for (const auto& spec : console::splitPolicies(text)) {
        auto policy = parsePolicyFlag("--policies: " + spec, spec);
        if (!policy) {
            return std::nullopt;
        }
        policies.push_back(std::move(*policy));
    }
    return policies;
}

std::string render(const std::string& format, const std::vector<report::CompareRow>& rows) {
    if (format == "csv") {
        return report::writeCompareCsv(rows);
    }
    if (format == "json") {
        return report::writeCompareJson(rows);
    }
    if (format == "md") {
        return report::writeCompareMarkdown(rows, outputLanguage());
    }
    return report::writeCompareTable(rows, outputLanguage());
}

void printProblems(const std::vector<std::string>& problems) {
    for (const auto& problem : problems) {
        std::cerr << problem << '\n';
    }
}

compare::BatchResult compareAll(const CompareArgs& args, const std::vector<std::string>& files,
                                const std::vector<engine::PolicyConfig>& policies) {
    ProgressBar bar(stderr);
    compare::BatchOptions options;
    options.jobs = args.jobs;
    options.failFast = args.failFast;
    options.progress = [&bar](std::size_t done, std::size_t total) { bar.update(done, total); };
    auto result = compare::compareFiles(files, policies, options);
    bar.clear();
    for (const auto& outcome : result.files) {
        printProblems(outcome.problems);  // in input order, whatever the number of workers
    }
    return result;
}

int runCompare(const CompareArgs& args) {
    auto policies = parsePolicies(args.policies);
    if (!policies) {
        return kExitBadInput;
    }
    auto inputs = expandInputs(args.files);
    printProblems(inputs.problems);
    if (args.failFast && !inputs.problems.empty()) {
        return kExitBadInput;
    }
    auto result = compareAll(args, inputs.files, *policies);
    bool bad = result.badFiles > 0 || !inputs.problems.empty();
    if (bad && args.failFast) {
        return kExitBadInput;
    }
    writeOutput(render(args.format, result.rows()), args.output);
    return bad ? kExitBadInput : kExitOk;
}

}  // namespace

Command addCompareCommand(CLI::App& parent) {
    auto args = std::make_shared<CompareArgs>();
    auto* app = parent.add_subcommand(
        "compare", QT_TRANSLATE_NOOP("schedlab::cli", "Run every file under every policy"));
    app->add_option(
           "FILE", args->files,
           QT_TRANSLATE_NOOP("schedlab::cli",
                             "Scenario files, folders (searched recursively) or quoted patterns"))
        ->required();
    app->add_option("--policies", args->policies,
                    QT_TRANSLATE_NOOP("schedlab::cli",
                                      "Comma-separated SPECs (default: each file's own policy)"))
        ->check(CLI::Validator(
            [](const std::string& text) {  // #13: an empty list was ignored without a word
                return console::splitPolicies(text).empty()
                           ? cliText(QT_TRANSLATE_NOOP("schedlab::cli",
                                                       "expected SPEC,SPEC,..., got no policy"))
                           : std::string();
            },
            "SPEC,..."));
    app->add_option("--format", args->format, QT_TRANSLATE_NOOP("schedlab::cli", "Output format"))
        ->check(CLI::IsMember({"table", "csv", "json", "md"}))
        ->capture_default_str();
    app->add_option("-o,--output", args->output,
                    QT_TRANSLATE_NOOP("schedlab::cli", "Output file; - or none for stdout"));
    app->add_option(
           "-j,--jobs", args->jobs,
           QT_TRANSLATE_NOOP("schedlab::cli", "Files compared at once (default: one per core)"))
        ->check(CLI::Range(1U, 1024U));
    app->add_flag("--fail-fast", args->failFast,
                  QT_TRANSLATE_NOOP(
                      "schedlab::cli",
                      "Stop at the first bad file and print no rows (default: compare the rest)"));
    return {app, [args] { return runCompare(*args); }};
}

}  // namespace schedlab::cli
