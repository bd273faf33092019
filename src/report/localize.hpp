#pragma once
// The report writers' human text in the reader's language. Mark each English text with
// QT_TRANSLATE_NOOP("schedlab::report", "...") where it is written, so that lupdate files it under
// this context in translations/schedlab_zh_CN.ts.

#include <string>
#include <string_view>

#include "i18n/translate.hpp"

namespace schedlab::report {

inline constexpr const char* kTranslationContext = "schedlab::report";

inline std::string localize(std::string_view english, i18n::Language language) {
    return i18n::translate(kTranslationContext, english, language);
}

}  // namespace schedlab::report
