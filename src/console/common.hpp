#pragma once
// What SchedLab's two command-line programs share besides their own arguments: schedlab-cli and
// schedlab-export (the Qt half of `schedlab-cli export`, which takes the same command line) exit
// with the same statuses, say what is wrong the same way, and load a scenario or a policy SPEC
// with the same messages.

#include <optional>
#include <string>
#include <string_view>

#include "engine/workload.hpp"

namespace CLI {
class Validator;
}

namespace schedlab::console {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;   ///< anything but bad input (e.g. cannot write -o)
inline constexpr int kExitBadInput = 2;  ///< bad file or flags

/// Prints "schedlab-cli: error: MESSAGE" on stderr.
void printError(std::string_view message);

/// Loads a scenario file, printing every diagnostic to stderr. Empty when the file is unusable.
std::optional<engine::Workload> loadWorkload(const std::string& file);

/// Parses the SPEC given to `flag`; on error prints "schedlab-cli: error: FLAG: why".
std::optional<engine::PolicyConfig> parsePolicyFlag(std::string_view flag, std::string_view spec);

/// A number from min to max; unlike CLI::Range it refuses NaN (#13), and its message stays short.
CLI::Validator numberRange(double min, double max);

}  // namespace schedlab::console
