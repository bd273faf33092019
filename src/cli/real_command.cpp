// schedlab-cli real FILE [--policy SPEC] [--mode kernel|dispatch|lockstep] [--tick-ms N]
//                        [--format text|json] [-o OUT]

#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "real/real_report.hpp"
#include "real/runner.hpp"

namespace schedlab::cli {
namespace {

struct RealArgs {
    std::string file;
    std::string policy;
    std::string mode = "kernel";
    int tickMs = 10;
    std::string format = "text";
    std::string output;
};

int exitFor(real::RealErrorKind kind) {
    return kind == real::RealErrorKind::BadInput ? kExitBadInput : kExitFailure;
}

int runReal(const RealArgs& args, bool policyGiven) {
    auto workload = loadWithPolicy(args.file, policyGiven, args.policy);
    if (!workload) {
        return kExitBadInput;
    }
    real::RealOptions options;
    options.mode = *real::parseMode(args.mode);
    options.tickMs = args.tickMs;
    options.handleSignals = true;
    auto outcome = real::runReal(*workload, options);
    if (!outcome.run) {
        printError(args.file + ": " + outcome.error.message);
        return exitFor(outcome.error.kind);
    }
    auto comparison = real::compareRun(*outcome.run);
    writeOutput(args.format == "json"
                    ? real::writeRealJson(*outcome.run, comparison)
                    : real::writeRealText(*outcome.run, comparison, outputLanguage()),
                args.output);
    return kExitOk;
}

}  // namespace

Command addRealCommand(CLI::App& parent) {
    auto args = std::make_shared<RealArgs>();
    auto* app = parent.add_subcommand(
        "real", QT_TRANSLATE_NOOP(
                    "schedlab::cli",
                    "Run the scenario as real Linux processes and compare with the simulation"));
    auto* policy = addFileAndPolicy(*app, args->file, args->policy);
    app->add_option(
           "--mode", args->mode,
           QT_TRANSLATE_NOOP("schedlab::cli",
                             "kernel: Linux decides; dispatch: a user-space dispatcher applies the "
                             "policy; lockstep: the simulation's slices in its order"))
        ->check(CLI::IsMember({"kernel", "dispatch", "lockstep"}))
        ->capture_default_str();
    app->add_option("--tick-ms", args->tickMs,
                    QT_TRANSLATE_NOOP("schedlab::cli", "Milliseconds of real time per tick"))
        ->check(CLI::Range(1, 1000))
        ->capture_default_str();
    app->add_option("--format", args->format, QT_TRANSLATE_NOOP("schedlab::cli", "Output format"))
        ->check(CLI::IsMember({"text", "json"}))
        ->capture_default_str();
    app->add_option("-o,--output", args->output,
                    QT_TRANSLATE_NOOP("schedlab::cli", "Output file; - or none for stdout"));
    return {app, [args, policy] { return runReal(*args, policy->count() > 0); }};
}

}  // namespace schedlab::cli
