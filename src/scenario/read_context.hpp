#pragma once
// What the readers share while they walk one document: the problems found so far and the cap on
// how many values a document may expand to (YAML aliases can repeat a part many times).

#include <cstddef>
#include <string>
#include <vector>

#include "scenario/document_value.hpp"

namespace schedlab::scenario::detail {

struct Problem {
    SourcePos pos;
    std::string message;
};

/// How many errors a load keeps; past it they are only counted (#13: ten million errors took
/// 3.7 GB). A student fixes the first ones first anyway.
inline constexpr std::size_t kMaxProblems = 50;

class ReadContext {
public:
    /// `textSize`: the document's size in bytes, which bounds what reading it may cost.
    explicit ReadContext(std::size_t textSize)
        : m_textSize(textSize), m_maxValues(maxValues(textSize)) {}

    /// How many values a document may expand to: far more than any file of this size holds
    /// without aliases (every value takes at least one byte), yet small enough to walk quickly.
    static std::size_t maxValues(std::size_t textSize) { return 1'000'000 + 2 * textSize; }
    /// At most how many items of `minBytes` each the document can hold: a bound for reserving.
    std::size_t maxItems(std::size_t minBytes) const { return m_textSize / minBytes + 1; }

    void error(SourcePos pos, std::string message);
    /// A problem that does not stop the file from loading.
    void warning(SourcePos pos, std::string message);
    /// Counts one visited value. Past the cap it reports once and returns false; from then on
    /// stopped() is true and the readers unwind without looking at more values.
    bool visit(Value& value);
    bool stopped() const { return m_stopped; }

    /// A document that cannot be parsed has no other problems worth reporting: this one
    /// replaces them all, and stops the readers.
    void syntaxError(SourcePos pos, std::string message);
    bool hadSyntaxError() const { return m_syntaxError; }

    std::vector<Problem>& problems() { return m_problems; }
    std::vector<Problem>& warnings() { return m_warnings; }
    /// Every error found, kept or not.
    std::size_t problemCount() const { return m_problems.size() + m_dropped; }
    /// Errors past kMaxProblems, counted but not kept.
    std::size_t droppedProblems() const { return m_dropped; }
    /// Whether the errors are past the cap: the result is refused, so readers keep nothing more.
    bool tooManyProblems() const { return m_dropped > 0; }

private:
    std::vector<Problem> m_problems;
    std::vector<Problem> m_warnings;
    std::size_t m_dropped = 0;
    std::size_t m_textSize;
    std::size_t m_maxValues;
    std::size_t m_visited = 0;
    bool m_stopped = false;
    bool m_syntaxError = false;
};

}  // namespace schedlab::scenario::detail
