#include "scenario/field_reader.hpp"

#include <algorithm>
#include <cctype>
#include <limits>

#include "engine/policy_spec.hpp"
#include "scenario/text_checks.hpp"

namespace schedlab::scenario::detail {
namespace {

constexpr std::size_t kShownLength = 40;

std::string_view kindWords(ValueKind kind) {
    switch (kind) {
        case ValueKind::Null:
            return "empty";
        case ValueKind::Seq:
            return "a list";
        case ValueKind::Map:
            return "a mapping";
        case ValueKind::Scalar:
            break;
    }
    return "a value";
}

std::string didYouMean(std::string_view word, std::span<const std::string_view> names) {
    auto near = engine::closestMatch(word, {names.begin(), names.end()});
    return near.empty() ? std::string() : " (did you mean '" + std::string(near) + "'?)";
}

std::string choiceList(const std::vector<std::string_view>& choices) {
    if (choices.size() == 2) {
        return std::string(choices[0]) + " or " + std::string(choices[1]);
    }
    return "one of " + joinNames(choices);
}

}  // namespace

std::optional<WholeNumber> parseWhole(std::string_view text) {
    bool negative = !text.empty() && text[0] == '-';
    std::string_view digits = text.substr(!text.empty() && (text[0] == '-' || text[0] == '+'));
    if (digits.empty() ||
        !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return std::nullopt;
    }
    // Accumulate towards the sign so that INT64_MIN itself fits.
    constexpr auto kMin = std::numeric_limits<std::int64_t>::min();
    constexpr auto kMax = std::numeric_limits<std::int64_t>::max();
    WholeNumber number;
    for (char c : digits) {
        int digit = c - '0';
        bool fits =
            negative ? number.value >= (kMin + digit) / 10 : number.value <= (kMax - digit) / 10;
        if (!fits) {
            return WholeNumber{negative ? kMin : kMax, true, std::string(text)};
        }
        number.value = number.value * 10 + (negative ? -digit : digit);
    }
    return number;
}

bool hasUnit(std::string_view text) {
    auto digits = std::min(text.find_first_not_of("0123456789"), text.size());
    auto unit = text.substr(digits);
    unit.remove_prefix(std::min(unit.find_first_not_of(' '), unit.size()));
    return digits > 0 && !unit.empty() && std::all_of(unit.begin(), unit.end(), [](char c) {
        return std::isalpha(static_cast<unsigned char>(c)) != 0;
    });
}

std::string WholeNumber::shown() const {
    if (!overflow) {
        return std::to_string(value);
    }
    return text.size() <= kShownLength ? text : text.substr(0, kShownLength - 3) + "...";
}

std::string rangeProblem(std::string_view what, IntRange range, const WholeNumber& number) {
    std::string head(what);
    std::string shown = number.shown();
    if (range.max == kMaxTime && number.value > range.max) {
        return head + " is too large: " + shown + " (it must be below 2^62)";
    }
    if (range.min == -kMaxTime && number.value < range.min) {
        return head + " is too small: " + shown + " (it must be above -2^62)";
    }
    if (range.max == kMaxTime && (range.min == 0 || range.min == 1)) {
        return head + (range.min == 0 ? " must be 0 or more" : " must be greater than 0") +
               ", not " + shown;
    }
    return head + " must be between " + std::to_string(range.min) + " and " +
           std::to_string(range.max) + ", not " + shown;
}

std::string joinNames(std::span<const std::string_view> names) {
    std::string out;
    for (auto name : names) {
        out += out.empty() ? "" : ", ";
        out += name;
    }
    return out;
}

void FieldReader::typeError(SourcePos pos, ValueKind kind, std::string_view text,
                            std::string_view what, std::string_view expected) {
    std::string head(what);
    if (kind == ValueKind::Null) {
        m_ctx.error(pos, head + " is empty; it must be " + std::string(expected));
        return;
    }
    std::string actual =
        kind == ValueKind::Scalar ? quoteForMessage(text) : std::string(kindWords(kind));
    m_ctx.error(pos, head + " must be " + std::string(expected) + ", not " + actual);
}

std::optional<std::string_view> FieldReader::readScalar(Value& value, std::string_view what,
                                                        std::string_view expected) {
    if (!m_ctx.visit(value)) {
        return std::nullopt;
    }
    ValueKind kind = value.kind();
    if (kind == ValueKind::Scalar) {
        return value.text();
    }
    typeError(value.pos(), kind, {}, what, expected);
    return std::nullopt;
}

std::optional<WholeNumber> FieldReader::readWhole(Value& value, std::string_view what) {
    auto text = readScalar(value, what, "a whole number");
    if (!text) {
        return std::nullopt;
    }
    auto number = parseWhole(*text);
    if (!number) {
        typeError(value.pos(), ValueKind::Scalar, *text, what, "a whole number");
    }
    return number;
}

std::optional<std::int64_t> FieldReader::readInt(Value& value, std::string_view what,
                                                 IntRange range) {
    auto number = readWhole(value, what);
    if (!number) {
        return std::nullopt;
    }
    if (number->overflow || number->value < range.min || number->value > range.max) {
        m_ctx.error(value.pos(), rangeProblem(what, range, *number));
        return std::nullopt;
    }
    return number->value;
}

std::optional<bool> FieldReader::readBool(Value& value, std::string_view what) {
    auto text = readScalar(value, what, "true or false");
    if (!text) {
        return std::nullopt;
    }
    if (*text == "true" || *text == "false") {
        return *text == "true";
    }
    typeError(value.pos(), ValueKind::Scalar, *text, what, "true or false");
    return std::nullopt;
}

std::optional<std::string> FieldReader::readText(Value& value, std::string_view what,
                                                 bool allowEmpty) {
    if (!m_ctx.visit(value)) {
        return std::nullopt;
    }
    ValueKind kind = value.kind();
    if (kind == ValueKind::Map || kind == ValueKind::Seq) {
        typeError(value.pos(), kind, {}, what, "text");
        return std::nullopt;
    }
    std::string text(kind == ValueKind::Scalar ? value.text() : std::string_view());
    if (!checkText(text, value.pos(), what, allowEmpty)) {
        return std::nullopt;
    }
    return text;
}

bool FieldReader::checkText(std::string_view text, SourcePos pos, std::string_view what,
                            bool allowEmpty) {
    if (text.empty() && !allowEmpty) {
        m_ctx.error(pos, std::string(what) + " must not be empty");
        return false;
    }
    if (auto bad = firstUnprintable(text)) {
        m_ctx.error(pos, std::string(what) +
                             " must not hold control or direction characters (it has " +
                             codePointText(bad->code) + " at character " +
                             std::to_string(bad->position) + ")");
        return false;
    }
    return true;
}

std::optional<std::string> FieldReader::readChoice(Value& value, std::string_view what,
                                                   const std::vector<std::string_view>& choices) {
    auto expected = choiceList(choices);
    auto text = readScalar(value, what, expected);
    if (!text) {
        return std::nullopt;
    }
    if (std::find(choices.begin(), choices.end(), *text) != choices.end()) {
        return std::string(*text);
    }
    m_ctx.error(value.pos(), std::string(what) + " must be " + expected + ", not " +
                                 quoteForMessage(*text) + didYouMean(*text, choices));
    return std::nullopt;
}

bool FieldReader::expect(Value& value, ValueKind kind, std::string_view what,
                         std::string_view expected) {
    if (!m_ctx.visit(value)) {
        return false;
    }
    ValueKind actual = value.kind();
    if (actual == kind) {
        return true;
    }
    typeError(value.pos(), actual, actual == ValueKind::Scalar ? value.text() : "", what, expected);
    return false;
}

int FieldReader::lookupKey(const Key& key, std::span<const std::string_view> names,
                           std::string_view where, std::span<SourcePos> seen) {
    if (key.kind != ValueKind::Scalar) {
        m_ctx.error(key.pos, "a key must be a plain name, not " + std::string(kindWords(key.kind)));
        return -1;
    }
    auto found = std::find(names.begin(), names.end(), key.text);
    if (found == names.end()) {
        auto hint = didYouMean(key.text, names);
        m_ctx.error(key.pos, "unknown key " + quoteForMessage(key.text) + std::string(where) +
                                 (hint.empty() ? "; expected one of: " + joinNames(names) : hint));
        return -1;
    }
    auto index = static_cast<std::size_t>(found - names.begin());
    if (seen[index].line != 0) {
        m_ctx.error(key.pos, "duplicate key " + quoteForMessage(key.text) + " (first on line " +
                                 std::to_string(seen[index].line) + ")");
        return -1;
    }
    seen[index] = key.pos;
    return static_cast<int>(index);
}

}  // namespace schedlab::scenario::detail
