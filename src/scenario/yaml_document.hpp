#pragma once
// YAML files: yaml-cpp's event parser builds a compact tree that the readers then walk.

#include <cstddef>
#include <string_view>

#include "scenario/scenario_reader.hpp"

namespace schedlab::scenario::detail {

/// Collections nested deeper than this are refused while parsing, before yaml-cpp's recursive
/// parser can use much stack. Scenarios need 4 levels.
inline constexpr int kMaxYamlDepth = 64;
/// The most items one flow collection ([...] or {...}) of a YAML file may hold, counting those of
/// the collections inside it: yaml-cpp keeps all of one in memory at once (#13). Block lists
/// ("- item" lines) have no such limit.
inline constexpr std::size_t kMaxFlowItems = 1'000'000;

/// Parses text and reads it with reader. A syntax error replaces all other problems in ctx:
/// there is no document to check then.
void readYaml(std::string_view text, ReadContext& ctx, ScenarioReader& reader);

}  // namespace schedlab::scenario::detail
