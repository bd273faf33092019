#include "i18n/translate.hpp"

#include <cstdlib>
#include <map>
#include <utility>

#include "i18n/catalogue.hpp"

namespace schedlab::i18n {
namespace {

using Key = std::pair<std::string_view, std::string_view>;

const std::map<Key, std::string_view>& chineseIndex() {
    static const std::map<Key, std::string_view> index = [] {
        std::map<Key, std::string_view> out;
        for (const auto& entry : chineseCatalogue()) {
            out.emplace(Key{entry.context, entry.source}, entry.translation);  // first one wins
        }
        return out;
    }();
    return index;
}

/// The language part of a locale name: up to '.', '@' (encoding, modifier).
std::string_view localeBase(std::string_view name) {
    return name.substr(0, name.find_first_of(".@"));
}

bool isWide(char32_t c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
           (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

}  // namespace

std::optional<Language> parseLanguage(std::string_view name) {
    std::string_view base = localeBase(name);
    if (base == "zh_CN") {
        return Language::SimplifiedChinese;
    }
    if (base == "en" || base.starts_with("en_") || base == "C" || base == "POSIX") {
        return Language::English;
    }
    return std::nullopt;
}

Language languageFromEnvironment() {
    for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = std::getenv(variable);
        if (value != nullptr && *value != '\0') {
            return localeBase(value) == "zh_CN" ? Language::SimplifiedChinese : Language::English;
        }
    }
    return Language::English;
}

std::string translate(std::string_view context, std::string_view english, Language language) {
    if (language == Language::SimplifiedChinese) {
        const auto& index = chineseIndex();
        if (auto it = index.find(Key{context, english}); it != index.end()) {
            return std::string(it->second);
        }
    }
    return std::string(english);
}

std::string arg(std::string_view text, std::initializer_list<std::string_view> args) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        std::size_t n = i + 1 < text.size() ? static_cast<std::size_t>(text[i + 1] - '1') : 9;
        if (text[i] == '%' && n < args.size()) {
            out += *(args.begin() + n);
            ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

std::size_t displayWidth(std::string_view text) {
    std::size_t width = 0;
    for (std::size_t i = 0; i < text.size();) {
        auto byte = static_cast<unsigned char>(text[i]);
        std::size_t length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4;
        char32_t c = length == 1 ? byte : byte & (0x7F >> length);
        for (std::size_t k = 1; k < length && i + k < text.size(); ++k) {
            c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
        }
        width += isWide(c) ? 2 : 1;
        i += length;
    }
    return width;
}

std::string padRight(std::string_view text, std::size_t width) {
    std::string out(text);
    const std::size_t used = displayWidth(text);
    return used < width ? out.append(width - used, ' ') : out;
}

std::string padLeft(std::string_view text, std::size_t width) {
    const std::size_t used = displayWidth(text);
    return (used < width ? std::string(width - used, ' ') : std::string()) + std::string(text);
}

}  // namespace schedlab::i18n
