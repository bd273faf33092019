#pragma once
// The generated table behind translate() (catalogue_zh_CN.cpp in the build tree).

#include <vector>

namespace schedlab::i18n {

struct CatalogueEntry {
    const char* context;
    const char* source;       ///< the English text, as marked in the code
    const char* translation;  ///< UTF-8
};

/// Every finished message of the contexts the build takes from translations/schedlab_zh_CN.ts.
const std::vector<CatalogueEntry>& chineseCatalogue();

}  // namespace schedlab::i18n
