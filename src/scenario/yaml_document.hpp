#pragma once
// YAML files: yaml-cpp's event parser builds a compact tree that the readers then walk.

#include <string_view>

#include "scenario/scenario_reader.hpp"

namespace schedlab::scenario::detail {

/// Collections nested deeper than this are refused while parsing, before yaml-cpp's recursive
/// parser can use much stack. Scenarios need 4 levels.
inline constexpr int kMaxYamlDepth = 64;

/// Parses text and reads it with reader. A syntax error replaces all other problems in ctx:
/// there is no document to check then.
void readYaml(std::string_view text, ReadContext& ctx, ScenarioReader& reader);

}  // namespace schedlab::scenario::detail
