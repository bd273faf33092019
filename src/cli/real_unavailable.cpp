// `schedlab-cli real` in a build without the real mode (not Linux, or SCHEDLAB_REAL=OFF): the
// command is still listed, so that a script gets this message rather than "unknown command".

#include "cli/commands.hpp"

namespace schedlab::cli {

Command addRealCommand(CLI::App& parent) {
    auto* app = parent.add_subcommand(
        "real", "Run the scenario as real Linux processes (not in this build: Linux only)");
    // The real command's arguments are accepted and ignored: whatever they are, the answer is
    // the same.
    app->add_option("FILE");
    for (const char* flag : {"--policy", "--mode", "--tick-ms", "--format", "-o,--output"}) {
        app->add_option(flag);
    }
    return {app, [] {
                printError(cliText(QT_TRANSLATE_NOOP(
                    "schedlab::cli",
                    "real runs real processes and needs Linux; this schedlab-cli was built "
                    "without it")));
                return kExitFailure;
            }};
}

}  // namespace schedlab::cli
