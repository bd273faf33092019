#pragma once
// JSON files: simdjson's On-Demand parser streams the document straight into the readers, with
// no tree in between, which keeps million-process files fast and small.

#include <cstddef>
#include <string_view>

#include "scenario/scenario_reader.hpp"

namespace schedlab::scenario::detail {

/// Extra readable bytes readJson needs after the text (simdjson::SIMDJSON_PADDING).
std::size_t jsonPadding();

/// Parses text and reads it with reader. `capacity` is how many bytes are readable at
/// text.data(); it must be at least text.size() + jsonPadding(). A syntax error replaces all
/// other problems in ctx.
void readJson(std::string_view text, std::size_t capacity, ReadContext& ctx,
              ScenarioReader& reader);

}  // namespace schedlab::scenario::detail
