#include "report/format.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "i18n/translate.hpp"

namespace schedlab::report {

void appendInt(std::string& out, std::int64_t value) {
    char buffer[24];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, end);
}

std::string formatInt(std::int64_t value) {
    std::string out;
    appendInt(out, value);
    return out;
}

std::string formatFixed(double value, int decimals, bool sign) {
    if (!std::isfinite(value)) {
        return "-";
    }
    char buffer[64];
    auto [end, ec] =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
    if (ec != std::errc{}) {
        return "-";
    }
    std::string text(buffer, end);
    // Rounded to zero, a negative value would read "-0.0" (#12): zero has no sign.
    if (text.front() == '-' && text.find_first_not_of("-0.") == std::string::npos) {
        text.erase(0, 1);
    }
    return sign && text.front() != '-' ? "+" + text : text;
}

std::string formatFixed3(double value) { return formatFixed(value, 3); }

std::string formatNumber(double value) {
    std::string text = formatFixed3(value);
    if (text == "-") {
        return "null";
    }
    while (text.back() == '0' && text[text.size() - 2] != '.') {
        text.pop_back();
    }
    return text;
}

void appendJsonString(std::string& out, std::string_view text) {
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    for (char c : text) {
        auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\r') {
            out += "\\r";
        } else if (byte < 0x20) {
            out += "\\u00";
            out += kHex[byte >> 4];
            out += kHex[byte & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
}

std::string csvField(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
        return std::string(text);
    }
    std::string out = "\"";
    for (char c : text) {
        out += c;
        if (c == '"') {
            out += '"';
        }
    }
    out += '"';
    return out;
}

namespace {

std::string renderRule(const std::vector<size_t>& widths) {
    std::string line;
    for (size_t i = 0; i < widths.size(); ++i) {
        line += i == 0 ? "" : "  ";
        line += std::string(widths[i], '-');
    }
    return line + "\n";
}

}  // namespace

TextTable::TextTable(std::vector<Align> align) : m_align(std::move(align)) {}

void TextTable::addRow(std::vector<std::string> cells) { m_rows.push_back(std::move(cells)); }

void TextTable::addRule() { m_rows.emplace_back(); }

std::string TextTable::render() const {
    std::vector<size_t> widths(m_align.size(), 0);
    for (const auto& row : m_rows) {
        for (size_t i = 0; i < row.size() && i < widths.size(); ++i) {
            widths[i] = std::max(widths[i], i18n::displayWidth(row[i]));
        }
    }
    std::string out;
    for (const auto& row : m_rows) {
        if (row.empty()) {
            out += renderRule(widths);
            continue;
        }
        std::string line;
        for (size_t i = 0; i < row.size() && i < widths.size(); ++i) {
            std::string pad(widths[i] - i18n::displayWidth(row[i]), ' ');
            line += i == 0 ? "" : "  ";
            line += m_align[i] == Align::Right ? pad + row[i] : row[i] + pad;
        }
        line.erase(line.find_last_not_of(' ') + 1);
        out += line;
        out += '\n';
    }
    return out;
}

}  // namespace schedlab::report
