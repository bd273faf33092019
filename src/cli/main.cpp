// schedlab-cli: argument parsing and dispatch; the commands live in *_command.cpp.

#include <CLI/CLI.hpp>
#include <algorithm>
#include <exception>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "engine/policy_spec.hpp"
#include "cli/help_text.hpp"
#include "engine/translatable.hpp"

using namespace schedlab::cli;

namespace {

// Before parsing, so that even CLI11's messages about other flags come after the choice.
void addLanguageOption(CLI::App& app, int argc, char** argv) {
    setOutputLanguage(chooseLanguage(std::vector<std::string>(argv + 1, argv + argc)));
    speakOutputLanguage(app);
    app.add_option("--lang", QT_TRANSLATE_NOOP("schedlab::cli",
                                               "Language of text output and messages: en or zh_CN "
                                               "(default: the locale's, LC_ALL / LC_MESSAGES / "
                                               "LANG)"))
        ->check(CLI::Validator(
            [](const std::string& name) {
                return schedlab::i18n::parseLanguage(name)
                           ? std::string()
                           : "expected en or zh_CN, got '" + name + "'";
            },
            "LANG"));
    app.fallthrough();  // `--lang` is accepted after the subcommand too
}

// The first word that is not a flag (nor `--lang`'s value): the command the user means.
std::string commandWord(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        std::string_view arg = argv[i];
        if (arg == "--lang") {
            ++i;
        } else if (!arg.starts_with("-")) {
            return std::string(arg);
        }
    }
    return {};
}

// CLI11 says "A subcommand is required" for an unknown one (#13): name it and the commands.
bool refuseUnknownCommand(CLI::App& app, int argc, char** argv) {
    std::string word = commandWord(argc, argv);
    std::vector<std::string_view> names;
    for (const auto* command : app.get_subcommands({})) {
        names.push_back(command->get_name());
    }
    if (word.empty() || std::find(names.begin(), names.end(), word) != names.end()) {
        return false;
    }
    auto near = schedlab::engine::closestMatch(word, names);
    std::string list;
    for (auto name : names) {
        list += (list.empty() ? "" : ", ") + std::string(name);
    }
    printError(schedlab::i18n::arg(
        cliText(near.empty()
                    ? QT_TRANSLATE_NOOP("schedlab::cli", "unknown command %1; the commands are %2")
                    : QT_TRANSLATE_NOOP("schedlab::cli",
                                        "unknown command %1 (did you mean '%3'?); the commands "
                                        "are %2")),
        {schedlab::engine::quoteForMessage(word), list, std::string(near)}));
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{
        QT_TRANSLATE_NOOP("schedlab::cli", "SchedLab: CPU scheduling simulator for teaching"),
        "schedlab-cli"};
    app.set_version_flag("--version", std::string("schedlab-cli ") + SCHEDLAB_VERSION);
    app.require_subcommand(1);
    addLanguageOption(app, argc, argv);
    std::vector<Command> commands{addRunCommand(app), addCompareCommand(app),
                                  addValidateCommand(app), addGenerateCommand(app),
                                  addExportCommand(app), addExerciseCommand(app),
                                  addRealCommand(app)};
    if (refuseUnknownCommand(app, argc, argv)) {
        return kExitBadInput;
    }
    nameSubcommandsGroup(app);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        // CLI11 uses 100+ codes for bad flags; the contract says 2. --help and --version give 0.
        return app.exit(error) == 0 ? kExitOk : kExitBadInput;
    }
    try {
        for (const auto& command : commands) {
            if (command.app->parsed()) {
                return command.run();
            }
        }
        return kExitBadInput;
    } catch (const std::exception& error) {
        printError(error.what());
        return kExitFailure;
    }
}
