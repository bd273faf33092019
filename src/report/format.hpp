#pragma once
// Locale-independent formatting shared by the writers: numbers, JSON strings, CSV fields and
// column-aligned text tables. Nothing here depends on the C or C++ locale.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace schedlab::report {

/// Appends an integer in decimal.
void appendInt(std::string& out, std::int64_t value);
std::string formatInt(std::int64_t value);

/// A number for machines (JSON, CSV): rounded to 3 decimals, trailing zeros dropped but one
/// decimal kept: 3.667, 1.0, 0.1. Non-finite values give "null" (JSON has no NaN).
std::string formatNumber(double value);
/// A number for people: always 3 decimals ("1.000"), "-" when not finite.
std::string formatFixed3(double value);
/// `value` with `decimals` decimals, "+" before a positive one when `sign`; never "-0.0" (a
/// negative value rounded to zero is "0.0", or "+0.0"); "-" when not finite.
std::string formatFixed(double value, int decimals, bool sign = false);

/// Appends `text` as a JSON string literal with quotes and escapes.
void appendJsonString(std::string& out, std::string_view text);
/// A CSV field per RFC 4180: quoted when it holds a comma, quote, CR or LF; quotes doubled.
std::string csvField(std::string_view text);

enum class Align { Left, Right };

/// A text table whose columns are padded to their widest cell, separated by two spaces. Widths
/// are terminal columns (i18n::displayWidth): a Chinese character takes two.
class TextTable {
public:
    explicit TextTable(std::vector<Align> align);
    void addRow(std::vector<std::string> cells);
    /// A line of dashes under every column.
    void addRule();
    /// Rows joined with '\n', each ending in '\n'; trailing spaces trimmed.
    std::string render() const;

private:
    std::vector<Align> m_align;
    std::vector<std::vector<std::string>> m_rows;
};

}  // namespace schedlab::report
