#include "scenario/json_document.hpp"

#include <simdjson.h>

#include <optional>
#include <string>

#include "scenario/json_syntax.hpp"
#include "scenario/text_checks.hpp"

namespace schedlab::scenario::detail {
namespace {

namespace od = simdjson::ondemand;

/// A syntax error at a known byte offset. Thrown out of the readers to end the walk: a broken
/// document cannot be checked further. Never leaves this file.
struct JsonError {
    std::size_t offset;
    std::string message;
};
/// A syntax error simdjson found; the document knows where it stopped.
struct SimdFailure {
    simdjson::error_code code;
};

std::string invalid(simdjson::error_code code) {
    return "invalid JSON: " + std::string(simdjson::error_message(code));
}

template <class T>
T take(simdjson::simdjson_result<T>&& result) {
    T out;
    if (auto code = std::move(result).get(out)) {
        throw SimdFailure{code};
    }
    return out;
}

std::string_view trimRight(std::string_view token) {
    auto end = token.find_last_not_of(" \t\r\n");
    return token.substr(0, end == std::string_view::npos ? 0 : end + 1);
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
bool isJsonNumber(std::string_view s) {
    std::size_t i = s.substr(0, 1) == "-" ? 1 : 0;
    auto digits = [&] {
        std::size_t start = i;
        while (i < s.size() && isDigit(s[i])) {
            ++i;
        }
        return i - start;
    };
    std::size_t start = i;
    if (digits() == 0 || (s[start] == '0' && i - start > 1)) {
        return false;
    }
    if (i < s.size() && s[i] == '.' && (++i, digits() == 0)) {
        return false;
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        i += i + 1 < s.size() && (s[i + 1] == '+' || s[i + 1] == '-') ? 2 : 1;
        if (digits() == 0) {
            return false;
        }
    }
    return i == s.size();
}

struct Cursor {
    std::string_view text;
    LineTracker lines;
    std::size_t offset(const char* p) const { return static_cast<std::size_t>(p - text.data()); }
};

// A key as written, when it has no escapes (almost always): saves simdjson copying it.
std::optional<std::string_view> plainKey(const Cursor& cursor, const char* start) {
    std::string_view rest = cursor.text.substr(cursor.offset(start));
    std::string_view key = rest.substr(0, rest.find('"'));
    if (key.size() == rest.size() || key.find('\\') != std::string_view::npos) {
        return std::nullopt;
    }
    return key;
}

ValueKind classify(std::string_view token, std::size_t offset) {
    switch (token.empty() ? '\0' : token[0]) {
        case '{':
            return ValueKind::Map;
        case '[':
            return ValueKind::Seq;
        case '"':
            return ValueKind::Scalar;
        default:
            break;
    }
    auto word = trimRight(token);
    if (word == "null") {
        return ValueKind::Null;
    }
    if (word == "true" || word == "false" || isJsonNumber(word)) {
        return ValueKind::Scalar;
    }
    throw JsonError{offset, "invalid JSON: unexpected " + quoteForMessage(word)};
}

class JsonValue : public Value {
public:
    JsonValue(Cursor& cursor, od::value value)
        : m_cursor(cursor),
          m_value(value),
          m_token(value.raw_json_token()),
          m_kind(classify(m_token, cursor.offset(m_token.data()))) {}

    ValueKind kind() override { return m_kind; }
    SourcePos pos() override { return m_cursor.lines.at(m_cursor.offset(m_token.data())); }
    std::string_view text() override {
        if (m_token[0] != '"') {
            return trimRight(m_token);
        }
        std::string_view out;
        if (auto code = m_value.get_string().get(out)) {
            throw SimdFailure{code};
        }
        return out;
    }
    std::size_t sizeHint() override { return take(m_value.count_elements()); }

    void forEachEntry(EntryVisitor visit) override {
        od::object object = take(m_value.get_object());
        for (auto result : object) {
            od::field field = take(std::move(result));
            const char* quote = field.key().raw() - 1;
            auto plain = plainKey(m_cursor, quote + 1);
            std::string_view name = plain ? *plain : std::string_view();
            if (auto code = plain ? simdjson::SUCCESS : field.unescaped_key().get(name)) {
                throw SimdFailure{code};
            }
            Key key{name, m_cursor.lines.at(m_cursor.offset(quote)), ValueKind::Scalar};
            JsonValue value(m_cursor, field.value());
            if (!visit(key, value)) {
                return;
            }
        }
    }
    void forEachItem(ItemVisitor visit) override {
        od::array array = take(m_value.get_array());
        for (auto result : array) {
            JsonValue item(m_cursor, take(std::move(result)));
            if (!visit(item)) {
                return;
            }
        }
    }

private:
    Cursor& m_cursor;
    od::value m_value;
    std::string_view m_token;
    ValueKind m_kind;
};

/// A document that is a single scalar, so that the reader can say what it got.
class ScalarRoot : public Value {
public:
    ScalarRoot(SourcePos pos, std::string_view token, ValueKind kind)
        : m_pos(pos), m_text(trimRight(token)), m_kind(kind) {}
    ValueKind kind() override { return m_kind; }
    SourcePos pos() override { return m_pos; }
    std::string_view text() override { return m_text; }
    std::size_t sizeHint() override { return 0; }
    void forEachEntry(EntryVisitor /*visit*/) override {}
    void forEachItem(ItemVisitor /*visit*/) override {}

private:
    SourcePos m_pos;
    std::string_view m_text;
    ValueKind m_kind;
};

void readRoot(od::document& doc, Cursor& cursor, ReadContext& ctx, ScenarioReader& reader) {
    std::string_view token = take(doc.raw_json_token());
    std::size_t offset = cursor.offset(token.data());
    ValueKind kind = classify(token, offset);
    if (kind != ValueKind::Map && kind != ValueKind::Seq) {
        ScalarRoot root(cursor.lines.at(offset), token, kind);
        return reader.readDocument(root);
    }
    JsonValue root(cursor, take(doc.get_value()));
    reader.readDocument(root);
    auto rest = doc.current_location();
    if (kind == ValueKind::Map && !ctx.stopped() && !rest.error()) {
        throw JsonError{cursor.offset(rest.value_unsafe()),
                        "invalid JSON: unexpected content after the end of the document"};
    }
}

// simdjson knows what went wrong but On-Demand is vague about where; the plain checker finds
// the exact place. simdjson's own words and offset remain for what the checker accepts.
void syntaxErrorAt(ReadContext& ctx, Cursor& cursor, std::string_view text, std::size_t offset,
                   simdjson::error_code code) {
    if (auto problem = checkText(text)) {
        return ctx.syntaxError(cursor.lines.at(problem->offset), problem->message);
    }
    if (auto error = findJsonSyntaxError(text)) {
        return ctx.syntaxError(cursor.lines.at(error->offset), "invalid JSON: " + error->message);
    }
    ctx.syntaxError(cursor.lines.at(offset), invalid(code));
}

}  // namespace

std::size_t jsonPadding() { return simdjson::SIMDJSON_PADDING; }

void readJson(std::string_view text, std::size_t capacity, ReadContext& ctx,
              ScenarioReader& reader) {
    Cursor cursor{text, LineTracker(text)};
    if (isBlank(text)) {
        ctx.error({1, 1}, "the file is empty; a scenario needs at least 'processes'");
        return;
    }
    od::parser parser;
    od::document doc;
    if (auto code = parser.iterate(text.data(), text.size(), capacity).get(doc)) {
        return syntaxErrorAt(ctx, cursor, text, 0, code);
    }
    try {
        readRoot(doc, cursor, ctx, reader);
    } catch (const JsonError& e) {
        auto problem = checkText(text);  // e.g. a control character taken for a token
        ctx.syntaxError(cursor.lines.at(problem ? problem->offset : e.offset),
                        problem ? problem->message : e.message);
    } catch (const SimdFailure& e) {
        auto at = doc.current_location();
        std::size_t offset = at.error() ? text.size() : cursor.offset(at.value_unsafe());
        syntaxErrorAt(ctx, cursor, text, offset, e.code);
    }
}

}  // namespace schedlab::scenario::detail
