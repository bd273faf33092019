#pragma once
// CLI11's words in the output language (#12): the help (descriptions, group names, labels) through
// a formatter that looks every text up in the catalogue under "schedlab::cli", and CLI11's parse
// errors rewritten into the catalogue's sentences. Mark each description with
// QT_TRANSLATE_NOOP("schedlab::cli", ...) where it is written, so that lupdate collects it.

#include <CLI/CLI.hpp>
#include <string>

namespace schedlab::cli {

/// Gives `app` the translating formatter, help flag and failure message. Call it before adding
/// subcommands: they copy these from their parent when they are made.
void speakOutputLanguage(CLI::App& app);

/// Gives the subcommands of `app` the group title "Subcommands" in the output language (CLI11
/// prints a subcommand's group as it is). Call it after adding them.
void nameSubcommandsGroup(CLI::App& app);

/// One of CLI11's error messages (ParseError::what()) in the output language; unknown ones as
/// they are.
std::string translatedError(const std::string& message);

}  // namespace schedlab::cli
