#pragma once
// Translation without Qt, for the report writers and schedlab-cli. The text comes from
// translations/schedlab_zh_CN.ts, the file the app uses: mark English text with
// QT_TRANSLATE_NOOP("schedlab::report", "...") (or "schedlab::cli") so that lupdate collects it,
// and look it up with translate(). See translations/README.md.

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, text) text
#endif

namespace schedlab::i18n {

enum class Language { English, SimplifiedChinese };

/// A language given by name (`--lang`): "en" or "zh_CN", also as a locale with a country,
/// encoding or modifier ("en_GB", "zh_CN.UTF-8", "C", "POSIX"). Nothing for any other.
std::optional<Language> parseLanguage(std::string_view name);

/// The language of messages from the environment, as POSIX orders it: LC_ALL, else
/// LC_MESSAGES, else LANG (the first one set and not empty). Simplified Chinese when that
/// starts with "zh_CN", English otherwise.
Language languageFromEnvironment();

/// `english` in `language`: the catalogue's translation under `context`, or `english` itself
/// when there is none (English, or a message not translated yet).
std::string translate(std::string_view context, std::string_view english, Language language);

/// Qt's QString::arg for several arguments: replaces %1 .. %9 with args[0] .. args[8].
std::string arg(std::string_view text, std::initializer_list<std::string_view> args);

/// Columns a UTF-8 text takes in a terminal: 2 for East Asian wide characters (Chinese),
/// 1 for the others. Equal to the byte count for ASCII.
std::size_t displayWidth(std::string_view text);

/// `text` followed by spaces up to `width` columns (unchanged when it is already as wide).
std::string padRight(std::string_view text, std::size_t width);
/// Spaces up to `width` columns, then `text`.
std::string padLeft(std::string_view text, std::size_t width);

}  // namespace schedlab::i18n
