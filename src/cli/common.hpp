#pragma once
// What every command shares: the output language, writing the output, FILE and --policy; and,
// from src/console (shared with schedlab-export), exit codes, messages, loading a scenario and
// parsing a policy SPEC given as a flag.

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "console/common.hpp"
#include "engine/workload.hpp"
#include "i18n/translate.hpp"

namespace CLI {
class App;
class Option;
}

namespace schedlab::cli {

// Shared with schedlab-export (src/console): every command uses them as its own.
using console::kExitBadInput;
using console::kExitFailure;
using console::kExitOk;
using console::loadWorkload;
using console::numberRange;
using console::parsePolicyFlag;
using console::printError;

/// A subcommand and what runs it once the command line is parsed; `run` returns the exit status.
struct Command {
    CLI::App* app = nullptr;
    std::function<int()> run;
};

/// The language of the text meant for people (reports, messages; never JSON, CSV or the
/// "FILE:LINE:COLUMN: error:" prefixes): `--lang` anywhere on the command line, else the locale
/// (LC_ALL, LC_MESSAGES, LANG). main() sets it before anything is printed.
i18n::Language outputLanguage();
void setOutputLanguage(i18n::Language language);
/// The language `--lang VALUE` or `--lang=VALUE` names in `args` (the last one), else the
/// environment's; an unknown VALUE counts as not given (CLI11 then refuses it).
i18n::Language chooseLanguage(const std::vector<std::string>& args);
/// `english`, marked with QT_TRANSLATE_NOOP("schedlab::cli", ...), in the output language.
std::string cliText(std::string_view english);

/// Writes `text` to `path`, or to stdout when `path` is "" or "-". Throws std::runtime_error
/// naming the file when it cannot.
void writeOutput(std::string_view text, const std::string& path);

/// `run` and `real`: the SPEC of `--policy` (when given) checked first, then the file loaded
/// with that policy in place of its own. Empty after printing what is wrong.
std::optional<engine::Workload> loadWithPolicy(const std::string& file, bool policyGiven,
                                               std::string_view spec);

/// `run` and `real`: the required FILE and the --policy SPEC that loadWithPolicy() takes; the
/// --policy option, whose count() says whether it was given.
CLI::Option* addFileAndPolicy(CLI::App& app, std::string& file, std::string& policy);

}  // namespace schedlab::cli
