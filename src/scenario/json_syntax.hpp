#pragma once
// A plain JSON syntax checker, run only after simdjson has refused a document: simdjson says
// what kind of error there is but not always where, and people need the where.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace schedlab::scenario::detail {

struct JsonSyntaxError {
    std::size_t offset = 0;
    std::string message;
};

/// The first syntax error in text (RFC 8259), or nullopt if it is valid JSON. Iterative, so any
/// nesting depth is fine.
std::optional<JsonSyntaxError> findJsonSyntaxError(std::string_view text);

}  // namespace schedlab::scenario::detail
