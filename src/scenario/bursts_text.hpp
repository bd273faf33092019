#pragma once
// Bursts as people type them: "5 3 2", "5,3,2", "[5, 3, 2]" or "CPU 5, IO 3, CPU 2" (labels are
// case-insensitive; "I/O" works too). The app's process table reads its bursts cell with it and
// the file readers the items of `bursts:` ("CPU 5"), so both accept the same notation (#12).

#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "engine/types.hpp"

namespace schedlab::scenario {

/// What is wrong with a bursts text. `token` is the offending word as typed.
struct BurstsError {
    enum class Kind {
        NotANumber,        ///< a word that is neither a label nor a whole number > 0
        ExpectedCpuFirst,  ///< the first burst is labelled I/O
        MustAlternate,     ///< a label that breaks the CPU, I/O, CPU, ... order
        MissingNumber,     ///< a label without a number after it
    };
    Kind kind = Kind::NotANumber;
    std::string token;
    bool operator==(const BurstsError&) const = default;
};

/// Either the bursts (CPU, I/O, CPU, ...) or the first problem found. An empty or blank text
/// gives no bursts (the scenario check then says that a process needs one); the check of the
/// length (odd: it ends with CPU) is also left to the scenario check, so the app shows the same
/// message as the command line.
using BurstsParse = std::variant<std::vector<engine::Tick>, BurstsError>;

/// `firstIndex`: how many bursts come before the text (a file's list item "IO 3" is burst 1).
BurstsParse parseBursts(std::string_view text, std::size_t firstIndex = 0);

/// The English sentence for an error, e.g. "a burst must be a whole number > 0: 'x'".
std::string describe(const BurstsError& error);

/// "5 3 2": the form the table shows.
std::string formatBursts(const std::vector<engine::Tick>& bursts);

}  // namespace schedlab::scenario
