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

class ReadContext {
public:
    explicit ReadContext(std::size_t maxValues) : m_maxValues(maxValues) {}

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
    std::size_t problemCount() const { return m_problems.size(); }

private:
    std::vector<Problem> m_problems;
    std::vector<Problem> m_warnings;
    std::size_t m_maxValues;
    std::size_t m_visited = 0;
    bool m_stopped = false;
    bool m_syntaxError = false;
};

}  // namespace schedlab::scenario::detail
