// schedlab-cli generate --processes N --seed S [-o OUT] [--bursts MIN-MAX] [--io MIN-MAX]
//   [--io-share P] [--arrival-spread T] [--cpu-bursts MIN-MAX] [--format yaml|json]

#include <CLI/CLI.hpp>
#include <algorithm>
#include <memory>

#include "authoring/generator.hpp"
#include "cli/commands.hpp"
#include "engine/limits.hpp"
#include "engine/policy_spec.hpp"
#include "scenario/scenario_io.hpp"

namespace schedlab::cli {
using authoring::GenerateOptions, authoring::generateWorkload, authoring::parseTickRange;
namespace {

struct GenerateArgs {
    GenerateOptions options;
    std::string bursts = "1-10";
    std::string io = "1-10";
    std::string cpuBursts = "2-4";
    engine::Tick spread = 0;
    std::string format;
    std::string output;
};

/// The most CPU bursts one process may get: plenty for any exercise, and it bounds the memory.
constexpr engine::Tick kMaxCpuBursts = 10'000;

CLI::Validator tickRange(engine::Tick max) {
    return CLI::Validator(
        [max](const std::string& text) {
            auto range = parseTickRange(text);
            return range && range->max <= max
                       ? std::string()
                       : "expected MIN-MAX with 1 <= MIN <= MAX <= " + std::to_string(max) +
                             ", got " + engine::quoteForMessage(text);
        },
        "MIN-MAX");
}

// a * b and a + b (all >= 0), saturating at kTimeLimit.
engine::Tick times(engine::Tick a, engine::Tick b) {
    engine::Tick product = 0;
    return __builtin_mul_overflow(a, b, &product) ? engine::kTimeLimit
                                                  : std::min(product, engine::kTimeLimit);
}
engine::Tick plus(engine::Tick a, engine::Tick b) {
    return std::min(a, engine::kTimeLimit - b) + b;
}

// Whether the scenario the options make can break the limits `validate` checks
// (engine/limits.hpp): then the flags are refused, naming them (#13).
std::string limitProblem(const GenerateOptions& o) {
    engine::Tick cpuBursts = o.ioShare > 0 ? o.cpuBursts.max : 1;
    engine::Tick longest = plus(times(cpuBursts, o.burst.max), times(cpuBursts - 1, o.io.max));
    engine::Tick spread = std::min(o.arrivalSpread.value_or(10 * o.processes), engine::kTimeLimit);
    if (plus(spread, longest) >= engine::kTimeLimit) {
        return cliText(QT_TRANSLATE_NOOP("schedlab::cli",
                                         "--arrival-spread, --bursts, --io and --cpu-bursts "
                                         "together are too large: a process could end at 2^62 "
                                         "ticks or later"));
    }
    if (times(longest, o.processes) >= engine::kTimeLimit) {
        return cliText(QT_TRANSLATE_NOOP("schedlab::cli",
                                         "--processes, --bursts, --io and --cpu-bursts together "
                                         "are too large: the bursts of all processes could add up "
                                         "to 2^62 ticks or more"));
    }
    return {};
}

int runGenerate(GenerateArgs& args, bool spreadGiven) {
    args.options.burst = *parseTickRange(args.bursts);
    args.options.io = *parseTickRange(args.io);
    args.options.cpuBursts = *parseTickRange(args.cpuBursts);
    if (spreadGiven) {
        args.options.arrivalSpread = args.spread;
    }
    if (auto problem = limitProblem(args.options); !problem.empty()) {
        printError(problem);
        return kExitBadInput;
    }
    std::string format = args.format;
    if (format.empty()) {
        format = args.output.ends_with(".json") ? "json" : "yaml";
    }
    auto workload = generateWorkload(args.options);
    // The scenario library's writers are hand-written and deterministic: same workload, same bytes.
    writeOutput(format == "json" ? scenario::toJson(workload) : scenario::toYaml(workload),
                args.output);
    return kExitOk;
}

void addShapeOptions(CLI::App& app, GenerateArgs& args) {
    app.add_option("--bursts", args.bursts, QT_TRANSLATE_NOOP("schedlab::cli", "Length of each CPU burst"))
        ->check(tickRange(engine::kMaxTime))
        ->capture_default_str();
    app.add_option("--io", args.io, QT_TRANSLATE_NOOP("schedlab::cli", "Length of each I/O burst"))
        ->check(tickRange(engine::kMaxTime))
        ->capture_default_str();
    app.add_option("--io-share", args.options.ioShare, QT_TRANSLATE_NOOP("schedlab::cli", "Share of processes that do I/O (0..1)"))
        ->check(numberRange(0.0, 1.0))
        ->capture_default_str();
    app.add_option("--cpu-bursts", args.cpuBursts, QT_TRANSLATE_NOOP("schedlab::cli", "CPU bursts of a process that does I/O"))
        ->check(tickRange(kMaxCpuBursts))
        ->capture_default_str();
}

}  // namespace

CLI::Validator wholeNumber() {
    return CLI::Validator(
        [](const std::string& text) {
            bool digits =
                !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
            return digits ? std::string()
                          : "expected a whole number from 0 to 2^64-1, got '" + text + "'";
        },
        "UINT");
}

Command addGenerateCommand(CLI::App& parent) {
    auto args = std::make_shared<GenerateArgs>();
    auto* app = parent.add_subcommand(
        "generate",
        QT_TRANSLATE_NOOP("schedlab::cli", "Write a random scenario, the same for a seed"));
    app->add_option("--processes", args->options.processes,
                    QT_TRANSLATE_NOOP("schedlab::cli", "Number of processes"))
        ->required()
        ->check(CLI::Range(std::int64_t{1}, std::int64_t{100'000'000}));
    app->add_option("--seed", args->options.seed,
                    QT_TRANSLATE_NOOP("schedlab::cli", "Random seed (0 .. 2^64-1)"))
        ->required()
        ->check(wholeNumber());
    addShapeOptions(*app, *args);
    auto* spread = app->add_option("--arrival-spread", args->spread,
                                   QT_TRANSLATE_NOOP("schedlab::cli", "Arrivals uniform in [0, T] (default 10 x processes)"))
                       ->check(CLI::Range(engine::Tick{0}, engine::kMaxTime));
    app->add_option("--format", args->format, QT_TRANSLATE_NOOP("schedlab::cli", "yaml or json (default: by -o extension, else yaml)"))
        ->check(CLI::IsMember({"yaml", "json"}));
    app->add_option("-o,--output", args->output,
                    QT_TRANSLATE_NOOP("schedlab::cli", "Output file; - or none for stdout"));
    return {app, [args, spread] { return runGenerate(*args, spread->count() > 0); }};
}

}  // namespace schedlab::cli
