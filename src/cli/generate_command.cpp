// schedlab-cli generate --processes N --seed S [-o OUT] [--bursts MIN-MAX] [--io MIN-MAX]
//   [--io-share P] [--arrival-spread T] [--cpu-bursts MIN-MAX] [--format yaml|json]

#include <CLI/CLI.hpp>
#include <memory>

#include "cli/commands.hpp"
#include "cli/generator.hpp"
#include "scenario/scenario_io.hpp"

namespace schedlab::cli {
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

CLI::Validator tickRange() {
    return CLI::Validator(
        [](const std::string& text) {
            return parseTickRange(text)
                       ? std::string()
                       : "expected MIN-MAX with 1 <= MIN <= MAX, got '" + text + "'";
        },
        "MIN-MAX");
}

int runGenerate(GenerateArgs& args, bool spreadGiven) {
    args.options.burst = *parseTickRange(args.bursts);
    args.options.io = *parseTickRange(args.io);
    args.options.cpuBursts = *parseTickRange(args.cpuBursts);
    if (spreadGiven) {
        args.options.arrivalSpread = args.spread;
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
    app.add_option("--bursts", args.bursts,
                   QT_TRANSLATE_NOOP("schedlab::cli", "Length of each CPU burst"))
        ->check(tickRange())
        ->capture_default_str();
    app.add_option("--io", args.io, QT_TRANSLATE_NOOP("schedlab::cli", "Length of each I/O burst"))
        ->check(tickRange())
        ->capture_default_str();
    app.add_option("--io-share", args.options.ioShare,
                   QT_TRANSLATE_NOOP("schedlab::cli", "Share of processes that do I/O (0..1)"))
        ->check(CLI::Range(0.0, 1.0))
        ->capture_default_str();
    app.add_option("--cpu-bursts", args.cpuBursts,
                   QT_TRANSLATE_NOOP("schedlab::cli", "CPU bursts of a process that does I/O"))
        ->check(tickRange())
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
    auto* spread =
        app->add_option("--arrival-spread", args->spread,
                        QT_TRANSLATE_NOOP("schedlab::cli",
                                          "Arrivals uniform in [0, T] (default 10 x processes)"))
            ->check(CLI::NonNegativeNumber);
    app->add_option(
           "--format", args->format,
           QT_TRANSLATE_NOOP("schedlab::cli", "yaml or json (default: by -o extension, else yaml)"))
        ->check(CLI::IsMember({"yaml", "json"}));
    app->add_option("-o,--output", args->output,
                    QT_TRANSLATE_NOOP("schedlab::cli", "Output file; - or none for stdout"));
    return {app, [args, spread] { return runGenerate(*args, spread->count() > 0); }};
}

}  // namespace schedlab::cli
