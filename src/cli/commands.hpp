#pragma once
// The subcommands of schedlab-cli, one file each. Each adds itself to the parent app and returns
// the function that runs it after parsing.

#include "cli/common.hpp"

namespace schedlab::cli {

Command addRunCommand(CLI::App& parent);
Command addCompareCommand(CLI::App& parent);
Command addValidateCommand(CLI::App& parent);
Command addGenerateCommand(CLI::App& parent);
Command addExportCommand(CLI::App& parent);
Command addRealCommand(CLI::App& parent);

}  // namespace schedlab::cli
