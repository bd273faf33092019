#include "scenario/text_checks.hpp"

#include <simdjson.h>

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace schedlab::scenario::detail {
namespace {

bool isControl(unsigned char c) { return c < 0x20 && c != '\t' && c != '\n' && c != '\r'; }

// Whether any byte is below 0x20, eight bytes at a time; tab and line breaks count too, so a hit
// only means "look closer".
bool mayHaveControl(std::string_view text) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    constexpr std::uint64_t kHighs = 0x8080808080808080ULL;
    std::size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) {
        std::uint64_t word = 0;
        std::memcpy(&word, text.data() + i, 8);
        if (((word - kOnes * 0x20) & ~word & kHighs) != 0) {
            auto chunk = text.substr(i, 8);
            if (std::any_of(chunk.begin(), chunk.end(),
                            [](char c) { return isControl(static_cast<unsigned char>(c)); })) {
                return true;
            }
        }
    }
    auto rest = text.substr(i);
    return std::any_of(rest.begin(), rest.end(),
                       [](char c) { return isControl(static_cast<unsigned char>(c)); });
}

// Length of the valid UTF-8 sequence at text[i], or 0.
std::size_t utf8Length(std::string_view text, std::size_t i) {
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    unsigned char lead = byte(i);
    std::size_t length = lead < 0x80   ? 1
                         : lead < 0xC2 ? 0
                         : lead < 0xE0 ? 2
                         : lead < 0xF0 ? 3
                         : lead < 0xF5 ? 4
                                       : 0;
    if (length == 0 || i + length > text.size()) {
        return 0;
    }
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) {
            return 0;
        }
    }
    unsigned char second = length > 1 ? byte(i + 1) : 0;
    bool overlong = (lead == 0xE0 && second < 0xA0) || (lead == 0xF0 && second < 0x90);
    bool surrogate = lead == 0xED && second >= 0xA0;
    bool tooHigh = lead == 0xF4 && second >= 0x90;
    return overlong || surrogate || tooHigh ? 0 : length;
}

std::string hexByte(unsigned char c) {
    const char* digits = "0123456789ABCDEF";
    return std::string("0x") + digits[c >> 4] + digits[c & 0xF];
}

TextProblem firstProblem(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        auto c = static_cast<unsigned char>(text[i]);
        if (isControl(c)) {
            return {i, "the file contains a control character (byte " + hexByte(c) +
                           "); scenario files are UTF-8 text"};
        }
        std::size_t length = utf8Length(text, i);
        if (length == 0) {
            return {i, "the file is not valid UTF-8 (byte " + hexByte(c) +
                           "); scenario files are UTF-8 text"};
        }
        i += length;
    }
    return {text.size(), "the file is not valid UTF-8"};
}

// The code point of the valid UTF-8 sequence of `length` bytes at text[i].
char32_t decode(std::string_view text, std::size_t i, std::size_t length) {
    auto byte = [&](std::size_t k) { return static_cast<char32_t>(text[i + k]) & 0xFF; };
    if (length == 1) {
        return byte(0);
    }
    char32_t code = byte(0) & (0x7F >> length);
    for (std::size_t k = 1; k < length; ++k) {
        code = (code << 6) | (byte(k) & 0x3F);
    }
    return code;
}

bool isUnprintable(char32_t c) {
    bool control = c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029;
    bool direction = c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
                     (c >= 0x2066 && c <= 0x2069);
    return control || direction;
}

}  // namespace

std::optional<NameCharacter> firstUnprintable(std::string_view text) {
    std::size_t position = 1;
    for (std::size_t i = 0; i < text.size(); ++position) {
        std::size_t length = std::max<std::size_t>(utf8Length(text, i), 1);
        char32_t code = decode(text, i, length);
        if (isUnprintable(code)) {
            return NameCharacter{code, position};
        }
        i += length;
    }
    return std::nullopt;
}

std::string codePointText(char32_t code) {
    const char* digits = "0123456789ABCDEF";
    std::string out = "U+";
    for (int shift = code > 0xFFFF ? 20 : 12; shift >= 0; shift -= 4) {
        out += digits[(code >> shift) & 0xF];
    }
    return out;
}

std::optional<TextProblem> checkText(std::string_view text) {
    if (!mayHaveControl(text) && simdjson::validate_utf8(text.data(), text.size())) {
        return std::nullopt;
    }
    return firstProblem(text);
}

bool isBlank(std::string_view text) {
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

SourcePos LineTracker::at(std::size_t offset) {
    offset = std::min(offset, m_text.size());
    if (offset >= m_offset) {
        forward(offset);
    } else {
        backward(offset);
    }
    return {m_line, static_cast<int>(offset - m_lineStart + 1)};
}

void LineTracker::forward(std::size_t offset) {
    const char* begin = m_text.data();
    const char* p = begin + m_offset;
    const char* end = begin + offset;
    while (const void* hit = std::memchr(p, '\n', static_cast<std::size_t>(end - p))) {
        p = static_cast<const char*>(hit) + 1;
        ++m_line;
        m_lineStart = static_cast<std::size_t>(p - begin);
    }
    m_offset = offset;
}

void LineTracker::backward(std::size_t offset) {
    for (std::size_t i = offset; i < m_offset; ++i) {
        m_line -= m_text[i] == '\n' ? 1 : 0;
    }
    auto newline = m_text.rfind('\n', offset == 0 ? 0 : offset - 1);
    m_lineStart = offset == 0 || newline == std::string_view::npos ? 0 : newline + 1;
    m_offset = offset;
}

}  // namespace schedlab::scenario::detail
