#pragma once
// The table the build generates from translations/schedlab_zh_CN.ts (ts_catalogue_tool.cpp).
// Internal to schedlab::i18n: use translate().

#include <cstddef>
#include <string_view>

namespace schedlab::i18n::detail {

struct CatalogueEntry {
    std::string_view context;
    std::string_view source;
    std::string_view translation;
};

/// Sorted by (context, source), one entry per pair, finished translations only.
extern const CatalogueEntry kZhCnCatalogue[];
extern const std::size_t kZhCnCatalogueSize;

}  // namespace schedlab::i18n::detail
