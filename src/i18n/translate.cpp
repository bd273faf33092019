#include "i18n/translate.hpp"

#include <algorithm>
#include <cstdlib>
#include <span>
#include <utility>

#include "i18n/catalogue.hpp"

namespace schedlab::i18n {
namespace {

using detail::CatalogueEntry;

std::span<const CatalogueEntry> catalogue(Language language) {
    if (language == Language::SimplifiedChinese) {
        return {detail::kZhCnCatalogue, detail::kZhCnCatalogueSize};
    }
    return {};
}

// Decodes the code point starting at text[i] and advances i; a bad byte counts as one.
char32_t nextCodePoint(std::string_view text, std::size_t& i) {
    auto byte = static_cast<unsigned char>(text[i++]);
    int extra = byte >= 0xF0 ? 3 : byte >= 0xE0 ? 2 : byte >= 0xC0 ? 1 : 0;
    char32_t cp = extra == 0 ? byte : byte & (0x3F >> extra);
    for (; extra > 0 && i < text.size(); --extra) {
        cp = (cp << 6) | (static_cast<unsigned char>(text[i++]) & 0x3F);
    }
    return cp;
}

// The East Asian Wide and Fullwidth blocks that Chinese text uses (Unicode UAX #11).
bool isWide(char32_t cp) {
    static constexpr std::pair<char32_t, char32_t> kWide[] = {
        {0x1100, 0x115F}, {0x2E80, 0x303E}, {0x3041, 0xA4CF}, {0xAC00, 0xD7A3},  {0xF900, 0xFAFF},
        {0xFE30, 0xFE4F}, {0xFF00, 0xFF60}, {0xFFE0, 0xFFE6}, {0x20000, 0x3FFFD}};
    return std::any_of(std::begin(kWide), std::end(kWide),
                       [cp](auto range) { return cp >= range.first && cp <= range.second; });
}

std::string_view stripEncoding(std::string_view code) {
    return code.substr(0, std::min(code.find('.'), code.find('@')));
}

}  // namespace

std::optional<Language> parseLanguage(std::string_view code) {
    code = stripEncoding(code);
    if (code == "zh_CN" || code == "zh-CN" || code == "zh" || code == "zh_Hans" ||
        code == "zh-Hans") {
        return Language::SimplifiedChinese;
    }
    if (code == "C" || code == "POSIX" || code == "en" || code.starts_with("en_") ||
        code.starts_with("en-")) {
        return Language::English;
    }
    return std::nullopt;
}

Language languageFromEnvironment() {
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = std::getenv(name);
        if (value != nullptr && *value != '\0') {
            return parseLanguage(value).value_or(Language::English);
        }
    }
    return Language::English;
}

std::string_view translate(std::string_view context, std::string_view english, Language language) {
    auto entries = catalogue(language);
    auto key = std::pair(context, english);
    auto it = std::lower_bound(
        entries.begin(), entries.end(), key,
        [](const CatalogueEntry& e, const auto& k) { return std::pair(e.context, e.source) < k; });
    if (it != entries.end() && it->context == context && it->source == english) {
        return it->translation;
    }
    return english;
}

std::size_t displayWidth(std::string_view text) {
    std::size_t width = 0;
    for (std::size_t i = 0; i < text.size();) {
        width += isWide(nextCodePoint(text, i)) ? 2 : 1;
    }
    return width;
}

std::string padRight(std::string_view text, std::size_t width) {
    std::size_t have = displayWidth(text);
    return std::string(text) + std::string(have < width ? width - have : 0, ' ');
}

std::string padLeft(std::string_view text, std::size_t width) {
    std::size_t have = displayWidth(text);
    return std::string(have < width ? width - have : 0, ' ') + std::string(text);
}

}  // namespace schedlab::i18n
