// schedlab-cli: argument parsing and dispatch; the commands live in *_command.cpp.

#include <CLI/CLI.hpp>
#include <exception>
#include <string>
#include <vector>

#include "cli/commands.hpp"
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
