#pragma once
// The subcommands of schedlab-cli, one file each. Each adds itself to the parent app and returns
// the function that runs it after parsing.

#include <CLI/CLI.hpp>

#include "cli/common.hpp"

namespace schedlab::cli {

Command addRunCommand(CLI::App& parent);
Command addCompareCommand(CLI::App& parent);
Command addValidateCommand(CLI::App& parent);
Command addGenerateCommand(CLI::App& parent);
Command addExportCommand(CLI::App& parent);
Command addExerciseCommand(CLI::App& parent);

/// Accepts a whole number from 0 to 2^64-1 in decimal (CLI11 would wrap "-3" around), for seeds.
CLI::Validator wholeNumber();
Command addRealCommand(CLI::App& parent);

}  // namespace schedlab::cli
