// schedlab-cli: argument parsing and dispatch; the commands live in *_command.cpp.

#include <CLI/CLI.hpp>
#include <exception>
#include <vector>

#include "cli/commands.hpp"

using namespace schedlab::cli;

int main(int argc, char** argv) {
    CLI::App app{"SchedLab: CPU scheduling simulator for teaching", "schedlab-cli"};
    app.set_version_flag("--version", std::string("schedlab-cli ") + SCHEDLAB_VERSION);
    app.require_subcommand(1);
    std::vector<Command> commands{addRunCommand(app), addCompareCommand(app),
                                  addValidateCommand(app), addGenerateCommand(app),
                                  addExportCommand(app), addRealCommand(app)};
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
