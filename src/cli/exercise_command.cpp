// schedlab-cli exercise --seed S [--policy SPEC] [--processes N] [--io] [--solve]
//   [--lang zh_CN] [-o FILE]

#include <CLI/CLI.hpp>
#include <memory>

#include "authoring/exercise.hpp"
#include "cli/commands.hpp"
#include "engine/policy_spec.hpp"
#include "engine/simulation.hpp"
#include "scenario/scenario_io.hpp"

namespace schedlab::cli {
using authoring::ExerciseOptions, authoring::kMaxExerciseProcesses, authoring::makeExercise,
    authoring::writeAnswers, authoring::writeQuestions;
namespace {

struct ExerciseArgs {
    ExerciseOptions options;
    std::int64_t processes = 0;
    std::string policy;
    bool solve = false;
    std::string lang;
    std::string output;
};

// The command that gives this exercise again, with --solve: what the questions tell the student.
std::string solveCommand(const ExerciseArgs& args, bool processesGiven) {
    std::string out = "schedlab-cli exercise --seed " + std::to_string(args.options.seed);
    if (args.options.policy) {
        out += " --policy " + engine::formatPolicySpec(*args.options.policy);
    }
    if (processesGiven) {
        out += " --processes " + std::to_string(args.processes);
    }
    out += args.options.io ? " --io" : "";
    if (!args.lang.empty()) {
        out += " --lang " + args.lang;
    }
    return out + " --solve";
}

i18n::Language language(const std::string& flag) {
    return flag.empty() ? i18n::languageFromEnvironment() : *i18n::parseLanguage(flag);
}

int runExercise(ExerciseArgs& args, bool policyGiven, bool processesGiven) {
    if (policyGiven && !(args.options.policy = parsePolicyFlag("--policy", args.policy))) {
        return kExitBadInput;
    }
    if (processesGiven) {
        args.options.processes = args.processes;
    }
    auto lang = language(args.lang);
    args.options.language = lang;
    auto workload = makeExercise(args.options);
    if (!args.output.empty() && args.output != "-") {
        bool json = args.output.ends_with(".json");
        writeOutput(json ? scenario::toJson(workload) : scenario::toYaml(workload), args.output);
    }
    std::string text =
        writeQuestions(workload, args.solve ? "" : solveCommand(args, processesGiven), lang);
    if (args.solve) {
        text += "\n" + writeAnswers(workload, engine::simulate(workload), lang);
    }
    writeOutput(text, "");
    return kExitOk;
}

CLI::Validator languageCode() {
    return CLI::Validator(
        [](const std::string& text) {
            return i18n::parseLanguage(text) ? std::string()
                                             : "expected en or zh_CN, got '" + text + "'";
        },
        "LANG");
}

}  // namespace

Command addExerciseCommand(CLI::App& parent) {
    auto args = std::make_shared<ExerciseArgs>();
    auto* app = parent.add_subcommand(
        "exercise",
        QT_TRANSLATE_NOOP(
            "schedlab::cli",
            "A random homework exercise, the same for a seed; --solve adds the answers"));
    app->add_option("--seed", args->options.seed,
                    QT_TRANSLATE_NOOP("schedlab::cli", "Random seed (0 .. 2^64-1)"))
        ->required()
        ->check(wholeNumber());
    auto* policy = app->add_option(
        "--policy", args->policy,
        QT_TRANSLATE_NOOP("schedlab::cli",
                          "Policy SPEC, e.g. rr:quantum=2 (default: drawn from the seed)"));
    auto* processes =
        app->add_option("--processes", args->processes,
                        QT_TRANSLATE_NOOP("schedlab::cli", "Number of processes (default: 3 to 5)"))
            ->check(CLI::Range(std::int64_t{1}, kMaxExerciseProcesses));
    app->add_flag(
        "--io", args->options.io,
        QT_TRANSLATE_NOOP("schedlab::cli", "Some processes do I/O between two CPU bursts"));
    app->add_flag("--solve", args->solve,
                  QT_TRANSLATE_NOOP("schedlab::cli", "Print the worked answers too"));
    app->add_option(
           "--lang", args->lang,
           QT_TRANSLATE_NOOP("schedlab::cli", "Language: en or zh_CN (default: from the locale)"))
        ->check(languageCode());
    app->add_option(
        "-o,--output", args->output,
        QT_TRANSLATE_NOOP("schedlab::cli",
                          "Also write the scenario as an exercise file (.yaml or .json)"));
    return {app, [args, policy, processes] {
                return runExercise(*args, policy->count() > 0, processes->count() > 0);
            }};
}

}  // namespace schedlab::cli
