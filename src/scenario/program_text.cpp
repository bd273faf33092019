#include "scenario/program_text.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "engine/policy_spec.hpp"
#include "engine/validate.hpp"
#include "scenario/field_reader.hpp"

namespace schedlab::scenario {
namespace {

using engine::kTimeLimit;
using engine::quoteForMessage;
using engine::StepKind;
using engine::StepTarget;

constexpr std::array<StepKind, 11> kKinds = {StepKind::Cpu,    StepKind::Io,   StepKind::Start,
                                             StepKind::Join,   StepKind::Kill, StepKind::Lock,
                                             StepKind::Unlock, StepKind::Put,  StepKind::Get,
                                             StepKind::Done,   StepKind::Exit};

/// Python's names for what the steps do (multiprocessing, time.sleep), which students reach for.
struct PythonName {
    std::string_view python;
    std::string_view step;
};
constexpr std::array<PythonName, 8> kPythonNames = {{{"sleep", "io"},
                                                     {"acquire", "lock"},
                                                     {"release", "unlock"},
                                                     {"terminate", "kill"},
                                                     {"task_done", "done"},
                                                     {"fork", "start"},
                                                     {"wait", "join"},
                                                     {"run", "cpu"}}};

std::string lowered(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

bool isSpace(char c) { return c == ' ' || c == '\t'; }

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && isSpace(text.front())) {
        text.remove_prefix(1);
    }
    while (!text.empty() && isSpace(text.back())) {
        text.remove_suffix(1);
    }
    return text;
}

std::string stepList() {
    std::string out;
    for (StepKind kind : kKinds) {
        out += (out.empty() ? "" : ", ") + std::string(engine::stepWord(kind));
    }
    return out;
}

std::string unknownStep(std::string_view text, const std::string& word) {
    std::string head = "unknown step " + quoteForMessage(text);
    if (detail::parseWhole(word)) {
        return head +
               ": a step is a word and what it acts on, e.g. 'cpu 5' (numbers alone are "
               "for bursts)";
    }
    for (const auto& name : kPythonNames) {
        if (word == name.python) {
            return head + " (did you mean '" + std::string(name.step) + "'?)";
        }
    }
    std::vector<std::string_view> words;
    for (StepKind kind : kKinds) {
        words.push_back(engine::stepWord(kind));
    }
    auto near = engine::closestMatch(word, words);
    if (!near.empty()) {
        return head + " (did you mean '" + std::string(near) + "'?)";
    }
    return head + "; the steps are " + stepList();
}

std::variant<StepText, std::string> ticksStep(StepKind kind, std::string_view text,
                                              std::string_view rest) {
    std::string word(engine::stepWord(kind));
    if (rest.empty()) {
        return "'" + word + "' needs a number of ticks, e.g. '" + word + " 5'";
    }
    if (auto number = detail::parseWhole(rest)) {
        if (number->overflow) {
            return quoteForMessage(text) + ": " +
                   std::string(engine::ticksProblem(kind, kTimeLimit));
        }
        return StepText{kind, number->value, {}};  // the range is checked with the whole program
    }
    if (detail::hasUnit(rest)) {
        return quoteForMessage(text) + ": ticks are whole numbers without a unit; write '" + word +
               " " + std::string(rest.substr(0, rest.find_first_not_of("0123456789"))) + "'";
    }
    return quoteForMessage(text) + ": the ticks must be a whole number, not " +
           quoteForMessage(rest);
}

std::string_view targetWords(StepKind kind) {
    switch (kind) {
        case StepKind::Join:
            return "a child process or a queue, e.g. 'join child'";
        case StepKind::Start:
            return "a child process, e.g. 'start child'";
        case StepKind::Kill:
            return "a process, e.g. 'kill child'";
        default:
            return engine::stepTarget(kind) == StepTarget::Lock ? "a lock, e.g. 'lock ticket'"
                                                                : "a queue, e.g. 'put buns'";
    }
}

}  // namespace

std::variant<StepText, std::string> parseStep(std::string_view text) {
    std::string_view step = trimmed(text);
    if (step.empty()) {
        return std::string("a step must not be empty; write one such as 'cpu 5'");
    }
    std::size_t end = 0;
    while (end < step.size() && !isSpace(step[end])) {
        ++end;
    }
    std::string word = lowered(step.substr(0, end));
    std::string_view rest = trimmed(step.substr(end));
    auto known = std::find_if(kKinds.begin(), kKinds.end(),
                              [&](StepKind kind) { return engine::stepWord(kind) == word; });
    if (known == kKinds.end()) {
        return unknownStep(step, word);
    }
    switch (engine::stepTarget(*known)) {
        case StepTarget::Ticks:
            return ticksStep(*known, step, rest);
        case StepTarget::None:
            if (!rest.empty()) {
                return quoteForMessage(step) + ": '" + word + "' takes nothing after it";
            }
            return StepText{*known, 0, {}};
        default:
            if (rest.empty()) {
                return "'" + word + "' needs the name of " + std::string(targetWords(*known));
            }
            return StepText{*known, 0, rest};
    }
}

}  // namespace schedlab::scenario
