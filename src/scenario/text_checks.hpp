#pragma once
// Checks every scenario file gets before parsing (UTF-8 text, no control characters), and the
// conversion of byte offsets to line and column.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "scenario/scenario_io.hpp"

namespace schedlab::scenario::detail {

struct TextProblem {
    std::size_t offset = 0;
    std::string message;
};

/// The first byte that makes text unacceptable: a control character other than tab, line feed
/// and carriage return, or invalid UTF-8. Fast when there is none.
std::optional<TextProblem> checkText(std::string_view text);

/// A character names may not hold, and where (counted in characters from 1).
struct NameCharacter {
    char32_t code = 0;
    std::size_t position = 0;
};

/// The first character in valid UTF-8 `text` that would act on a terminal or reorder text
/// instead of showing as itself: a control character (C0, DEL, C1, also tab and line breaks,
/// U+2028, U+2029) or a direction mark, embedding, override or isolate (#13).
std::optional<NameCharacter> firstUnprintable(std::string_view text);

/// "U+202E" for a code point.
std::string codePointText(char32_t code);

/// Whether text holds nothing but spaces and line breaks.
bool isBlank(std::string_view text);

/// Line and column (1-based, columns in bytes) of byte offsets into one text. Cheap for offsets
/// close to the previous one, which is how the readers ask: mostly in increasing order.
class LineTracker {
public:
    explicit LineTracker(std::string_view text) : m_text(text) {}
    SourcePos at(std::size_t offset);

private:
    void forward(std::size_t offset);
    void backward(std::size_t offset);

    std::string_view m_text;
    std::size_t m_offset = 0;     ///< where the counts below are valid
    std::size_t m_lineStart = 0;  ///< offset of the first byte of m_line
    int m_line = 1;
};

}  // namespace schedlab::scenario::detail
