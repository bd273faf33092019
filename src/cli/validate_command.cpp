// schedlab-cli validate FILE...

#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"

namespace schedlab::cli {
namespace {

int runValidate(const std::vector<std::string>& files) {
    bool bad = false;
    for (const auto& file : files) {
        if (loadWorkload(file)) {
            std::cout << i18n::arg(cliText(QT_TRANSLATE_NOOP("schedlab::cli", "%1: ok")), {file})
                      << '\n';
        } else {
            bad = true;
        }
    }
    std::cout.flush();
    return bad ? kExitBadInput : kExitOk;
}

}  // namespace

Command addValidateCommand(CLI::App& parent) {
    auto files = std::make_shared<std::vector<std::string>>();
    auto* app = parent.add_subcommand(
        "validate",
        QT_TRANSLATE_NOOP("schedlab::cli", "Check scenario files and print every problem"));
    app->add_option("FILE", *files, QT_TRANSLATE_NOOP("schedlab::cli", "Scenario files"))
        ->required();
    return {app, [files] { return runValidate(*files); }};
}

}  // namespace schedlab::cli
