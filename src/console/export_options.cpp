#include "console/export_options.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cctype>
#include <charconv>

#include "console/common.hpp"
#include "console/policy_list.hpp"
#include "engine/limits.hpp"
#include "engine/policy_registry.hpp"
#include "i18n/translate.hpp"

namespace schedlab::console {
namespace {

constexpr int kMinSide = 16;  // the same limits as ui/charts/export_settings.cpp
constexpr int kMaxSide = 20000;

std::string lowerExtension(const std::string& path) {
    const auto slash = path.find_last_of('/');
    const auto dot = path.find_last_of('.');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) {
        return {};
    }
    std::string ext = path.substr(dot + 1);
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return ext;
}

bool parseSide(std::string_view text, int& side) {
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), side);
    return ec == std::errc() && end == text.data() + text.size() && side >= kMinSide &&
           side <= kMaxSide;
}

bool validSize(const std::string& size) {
    const auto x = size.find_first_of("xX");
    int w = 0;
    int h = 0;
    return x != std::string::npos && parseSide(std::string_view(size).substr(0, x), w) &&
           parseSide(std::string_view(size).substr(x + 1), h);
}

void addFlag(std::vector<std::string>& args, const char* flag, const std::string& value,
             const std::string& fallback = {}) {
    if (value != fallback) {
        args.insert(args.end(), {flag, value});
    }
}

// The Compare tab's choice: every policy in registry order that is the workload's own (with its
// parameters) or compared by default (PolicyEntry::comparedByDefault).
// The policies with several queue levels, for messages: "mlfq".
std::string leveledPolicies() {
    std::string out;
    for (const auto& entry : engine::policyEntries()) {
        if (entry.can.levels) {
            out += (out.empty() ? "" : " or ") + std::string(entry.name);
        }
    }
    return out;
}

std::vector<engine::PolicyConfig> defaultComparison(const engine::PolicyConfig& own) {
    std::vector<engine::PolicyConfig> policies;
    for (const engine::PolicyEntry& entry : engine::policyEntries()) {
        if (entry.name == own.name) {
            policies.push_back(own);
        } else if (entry.comparedByDefault) {
            policies.emplace_back(std::string(entry.name));
        }
    }
    return policies;
}

bool parseComparison(const std::string& text, std::vector<engine::PolicyConfig>& policies) {
    for (const auto& spec : splitPolicies(text)) {
        auto policy = parsePolicyFlag("--policies: " + spec, spec);
        if (!policy) {
            return false;
        }
        policies.push_back(std::move(*policy));
    }
    return true;
}

}  // namespace

const std::vector<std::string>& exportChartNames() {
    static const std::vector<std::string> names = {"gantt", "utilization", "compare", "states",
                                                   "levels"};
    return names;
}

void addExportOptions(CLI::App& app, ExportOptions& o) {
    app.add_option("FILE", o.file,
                   QT_TRANSLATE_NOOP("schedlab::cli", "Scenario file (.yaml, .yml or .json)"))
        ->required();
    app.add_option("-o,--output", o.output,
                   QT_TRANSLATE_NOOP("schedlab::cli", "Image to write: .png, .svg or .pdf"))
        ->required();
    app.add_option(
        "--policy", o.policy,
        QT_TRANSLATE_NOOP("schedlab::cli", "Policy SPEC overriding the file's, e.g. rr:quantum=4"));
    app.add_option(
        "--policies", o.policies,
        QT_TRANSLATE_NOOP(
            "schedlab::cli",
            "compare: the policies, SPEC,SPEC,... (default: the file's, fcfs, sjf, rr)"));
    app.add_option("--chart", o.chart, QT_TRANSLATE_NOOP("schedlab::cli", "What to draw"))
        ->check(CLI::IsMember(exportChartNames()))
        ->capture_default_str();
    app.add_option(
           "--at", o.at,
           QT_TRANSLATE_NOOP("schedlab::cli",
                             "states: the instant to show (default: mid-run); other charts: "
                             "where to draw the 'now' line"))
        ->check(CLI::Range(engine::Tick{0}, engine::kMaxTime));
    app.add_option(
           "--preset", o.preset,
           QT_TRANSLATE_NOOP("schedlab::cli", "Where the picture goes: slide, print or handout"))
        ->check(CLI::IsMember({"slide", "print", "handout"}))
        ->capture_default_str();
    app.add_option(
        "--size", o.size,
        QT_TRANSLATE_NOOP("schedlab::cli", "Size in pixels WxH, overriding the preset's"));
    app.add_option(
           "--dpi", o.dpi,
           QT_TRANSLATE_NOOP("schedlab::cli",
                             "Resolution, overriding the preset's (same picture, more pixels)"))
        ->check(numberRange(24.0, 2400.0));
    app.add_option("--theme", o.theme, QT_TRANSLATE_NOOP("schedlab::cli", "Colours"))
        ->check(CLI::IsMember({"light", "dark"}))
        ->capture_default_str();
    app.add_option("--title", o.title,
                   QT_TRANSLATE_NOOP("schedlab::cli", "Title replacing the chart's own"));
    app.add_option("--lang", o.lang,
                   QT_TRANSLATE_NOOP("schedlab::cli",
                                     "Language of the labels, e.g. zh_CN (default: English)"))
        ->check(CLI::IsMember({"en", "zh_CN"}));
}

bool checkExportOptions(const ExportOptions& o) {
    const std::string ext = lowerExtension(o.output);
    if (ext != "png" && ext != "svg" && ext != "pdf") {
        printError("-o: " + o.output + ": unknown image type; use .png, .svg or .pdf");
        return false;
    }
    if (!o.size.empty() && !validSize(o.size)) {
        printError("--size needs WIDTHxHEIGHT with sides from " + std::to_string(kMinSide) +
                   " to " + std::to_string(kMaxSide) + ", e.g. 1920x1080, not '" + o.size + "'");
        return false;
    }
    if (!o.policies.empty() && o.chart != "compare") {
        printError("--policies is for --chart compare; use --policy for one run");
        return false;
    }
    return true;
}

std::optional<ExportInput> loadExportInput(const ExportOptions& o) {
    std::optional<engine::PolicyConfig> policy;
    if (!o.policy.empty() && !(policy = parsePolicyFlag("--policy", o.policy))) {
        return std::nullopt;
    }
    ExportInput input;
    if (!parseComparison(o.policies, input.policies)) {
        return std::nullopt;
    }
    auto workload = loadWorkload(o.file);
    if (!workload) {
        return std::nullopt;
    }
    input.workload = std::move(*workload);
    if (policy) {
        input.workload.policy = *policy;
    }
    if (o.chart == "levels" && !engine::findPolicy(input.workload.policy.name)->can.levels) {
        printError("--chart levels draws the queue level of each process; the policy is " +
                   input.workload.policy.name + ", which has one queue (use --policy with " +
                   leveledPolicies() + ")");
        return std::nullopt;
    }
    if (input.policies.empty()) {
        input.policies = defaultComparison(input.workload.policy);
    }
    return input;
}

std::vector<std::string> exportArguments(const ExportOptions& o) {
    std::vector<std::string> args{o.file, "-o", o.output};
    const ExportOptions defaults;
    addFlag(args, "--policy", o.policy);
    addFlag(args, "--policies", o.policies);
    addFlag(args, "--chart", o.chart, defaults.chart);
    addFlag(args, "--size", o.size);
    addFlag(args, "--preset", o.preset, defaults.preset);
    addFlag(args, "--theme", o.theme, defaults.theme);
    addFlag(args, "--title", o.title);
    addFlag(args, "--lang", o.lang);
    if (o.dpi > 0) {
        args.insert(args.end(), {"--dpi", std::to_string(o.dpi)});
    }
    if (o.at >= 0) {
        args.insert(args.end(), {"--at", std::to_string(o.at)});
    }
    return args;
}

}  // namespace schedlab::console
