#pragma once
// Translated text without Qt, for schedlab-cli. The messages are the app's own
// (translations/schedlab_zh_CN.ts, compiled into a table at build time), looked up the way
// QCoreApplication::translate does: by context and English source text. A message that has no
// finished translation comes back in English.
//
//   auto lang = i18n::parseLanguage("zh_CN");              // or languageFromEnvironment()
//   i18n::translate("schedlab::engine", "CPU %1 runs %2 (%3)", *lang);  // "CPU %1 运行 %2（%3）"
//
// A text to translate must be in the .ts: mark it in the source with
// QT_TRANSLATE_NOOP("context", "text") (engine/translatable.hpp defines the macro without Qt),
// add the folder to the lupdate command of translations/README.md and translate it there.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace schedlab::i18n {

enum class Language { English, SimplifiedChinese };

/// "en", "C", "POSIX" (and "en_GB.UTF-8" ...) -> English; "zh_CN", "zh-CN", "zh", "zh_CN.UTF-8"
/// -> SimplifiedChinese; anything else -> empty.
std::optional<Language> parseLanguage(std::string_view code);

/// The language of LC_ALL, else LC_MESSAGES, else LANG (the first one set and not empty);
/// English when it is unset or not one we have.
Language languageFromEnvironment();

/// `english` under `context` in `language`; `english` itself for English or when there is no
/// finished translation. The view points at static data (or at `english`).
std::string_view translate(std::string_view context, std::string_view english, Language language);

/// How many terminal columns UTF-8 text takes: East Asian wide characters (CJK, full-width
/// punctuation) count 2, everything else 1. For aligning tables that mix Chinese and digits.
std::size_t displayWidth(std::string_view text);

/// `text` followed by spaces up to `width` columns (unchanged when it is already as wide).
std::string padRight(std::string_view text, std::size_t width);
/// Spaces up to `width` columns, then `text`.
std::string padLeft(std::string_view text, std::size_t width);

}  // namespace schedlab::i18n
