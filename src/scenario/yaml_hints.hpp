#pragma once
// What students get wrong most in YAML, said in their terms (#12): yaml-cpp's own message for a
// tab or a line out of line ("illegal block entry", "end of map not found") does not tell them
// what to change. Asked only once yaml-cpp has refused the text.

#include <optional>
#include <string>
#include <string_view>

#include "scenario/scenario_io.hpp"

namespace schedlab::scenario::detail {

struct YamlHint {
    SourcePos pos;
    std::string message;
};

/// Looks at the lines up to `errorLine` (1-based, where yaml-cpp stopped): a tab in the
/// indentation of one of them, or an error line indented out of line with the lines above it
/// (deeper than a line that opens no block, at a list item's '-', or matching no line above).
std::optional<YamlHint> yamlHint(std::string_view text, int errorLine);

}  // namespace schedlab::scenario::detail
