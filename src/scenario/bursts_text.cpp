#include "scenario/bursts_text.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <optional>

namespace schedlab::scenario {
namespace {

enum class Label { None, Cpu, Io };

bool isSeparator(char c) {
    return std::isspace(static_cast<unsigned char>(c)) || c == ',' || c == ';' || c == ':' ||
           c == '[' || c == ']' || c == '(' || c == ')';
}

std::vector<std::string_view> splitWords(std::string_view text) {
    std::vector<std::string_view> words;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && isSeparator(text[i])) {
            ++i;
        }
        std::size_t start = i;
        while (i < text.size() && !isSeparator(text[i])) {
            ++i;
        }
        if (i > start) {
            words.push_back(text.substr(start, i - start));
        }
    }
    return words;
}

Label labelOf(std::string_view word) {
    std::string lower(word);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lower == "cpu") {
        return Label::Cpu;
    }
    return lower == "io" || lower == "i/o" ? Label::Io : Label::None;
}

std::optional<engine::Tick> positiveNumber(std::string_view word) {
    if (!word.empty() && word.front() == '+') {
        word.remove_prefix(1);
    }
    engine::Tick value = 0;
    auto [end, ec] = std::from_chars(word.data(), word.data() + word.size(), value);
    if (word.empty() || ec != std::errc{} || end != word.data() + word.size() || value <= 0) {
        return std::nullopt;
    }
    return value;
}

// A label must name the kind of burst its position gives: CPU at even indices, I/O at odd.
std::optional<BurstsError> checkLabel(Label label, std::size_t index, std::string_view word) {
    Label expected = index % 2 == 0 ? Label::Cpu : Label::Io;
    if (label == expected) {
        return std::nullopt;
    }
    auto kind = index == 0 ? BurstsError::Kind::ExpectedCpuFirst : BurstsError::Kind::MustAlternate;
    return BurstsError{kind, std::string(word)};
}

}  // namespace

BurstsParse parseBursts(std::string_view text, std::size_t firstIndex) {
    std::vector<engine::Tick> bursts;
    std::string_view pendingLabel;
    for (auto word : splitWords(text)) {
        Label label = labelOf(word);
        if (label != Label::None) {
            if (!pendingLabel.empty()) {
                return BurstsError{BurstsError::Kind::MissingNumber, std::string(pendingLabel)};
            }
            if (auto error = checkLabel(label, firstIndex + bursts.size(), word)) {
                return *error;
            }
            pendingLabel = word;
            continue;
        }
        auto value = positiveNumber(word);
        if (!value) {
            return BurstsError{BurstsError::Kind::NotANumber, std::string(word)};
        }
        bursts.push_back(*value);
        pendingLabel = {};
    }
    if (!pendingLabel.empty()) {
        return BurstsError{BurstsError::Kind::MissingNumber, std::string(pendingLabel)};
    }
    return bursts;
}

std::string describe(const BurstsError& error) {
    switch (error.kind) {
        case BurstsError::Kind::ExpectedCpuFirst:
            return "expected CPU first: bursts start with a CPU burst, not '" + error.token + "'";
        case BurstsError::Kind::MustAlternate:
            return "CPU and I/O must alternate: '" + error.token + "' is out of turn";
        case BurstsError::Kind::MissingNumber:
            return "'" + error.token + "' needs a number after it";
        case BurstsError::Kind::NotANumber:
            break;
    }
    return "a burst must be a whole number > 0: '" + error.token + "'";
}

std::string formatBursts(const std::vector<engine::Tick>& bursts) {
    std::string out;
    for (auto burst : bursts) {
        out += (out.empty() ? "" : " ") + std::to_string(burst);
    }
    return out;
}

}  // namespace schedlab::scenario
