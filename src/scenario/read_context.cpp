#include "scenario/read_context.hpp"

namespace schedlab::scenario::detail {

void ReadContext::error(SourcePos pos, std::string message) {
    if (m_problems.size() >= kMaxProblems) {
        ++m_dropped;
        return;
    }
    m_problems.push_back({pos, std::move(message)});
}

void ReadContext::warning(SourcePos pos, std::string message) {
    m_warnings.push_back({pos, std::move(message)});
}

void ReadContext::syntaxError(SourcePos pos, std::string message) {
    m_problems.clear();
    m_warnings.clear();
    m_dropped = 0;
    error(pos, std::move(message));
    m_stopped = true;
    m_syntaxError = true;
}

bool ReadContext::visit(Value& value) {
    if (m_stopped) {
        return false;
    }
    if (++m_visited <= m_maxValues) {
        return true;
    }
    m_stopped = true;
    // Kept even past the error cap: it says why reading stopped.
    m_problems.push_back({value.pos(), "the document expands to more than " +
                                           std::to_string(m_maxValues) +
                                           " values; are aliases (*name) repeating large parts "
                                           "of it?"});
    return false;
}

}  // namespace schedlab::scenario::detail
