#include "scenario/read_context.hpp"

namespace schedlab::scenario::detail {

void ReadContext::error(SourcePos pos, std::string message) {
    m_problems.push_back({pos, std::move(message)});
}

void ReadContext::warning(SourcePos pos, std::string message) {
    m_warnings.push_back({pos, std::move(message)});
}

void ReadContext::syntaxError(SourcePos pos, std::string message) {
    m_problems.clear();
    m_warnings.clear();
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
    error(value.pos(), "the document expands to more than " + std::to_string(m_maxValues) +
                           " values; are aliases (*name) repeating large parts of it?");
    return false;
}

}  // namespace schedlab::scenario::detail
