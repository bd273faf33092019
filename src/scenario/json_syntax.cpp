#include "scenario/json_syntax.hpp"

#include <vector>

namespace schedlab::scenario::detail {
namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isHex(char c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

/// Walks the text once with an explicit stack of open containers.
class Checker {
public:
    explicit Checker(std::string_view text) : m_text(text) {}

    std::optional<JsonSyntaxError> run() {
        if (!startValue()) {
            return m_error;
        }
        while (!m_stack.empty()) {
            if (!step()) {
                return m_error;
            }
        }
        skipSpace();
        if (m_pos < m_text.size()) {
            return JsonSyntaxError{m_pos, "unexpected content after the end of the document"};
        }
        return std::nullopt;
    }

private:
    char peek() const { return m_pos < m_text.size() ? m_text[m_pos] : '\0'; }
    void skipSpace() {
        while (m_pos < m_text.size() && isSpace(m_text[m_pos])) {
            ++m_pos;
        }
    }
    bool fail(std::string message) {
        m_error = JsonSyntaxError{m_pos, std::move(message)};
        return false;
    }
    std::string found() const {
        return m_pos < m_text.size() ? "'" + std::string(1, m_text[m_pos]) + "'"
                                     : "the end of the file";
    }

    // A scalar, or the opening bracket of a container (its items come in later steps).
    bool startValue() {
        skipSpace();
        char c = peek();
        if (c == '{' || c == '[') {
            ++m_pos;
            m_stack.push_back(c);
            m_justOpened = true;
            return true;
        }
        if (c == '"') {
            return string();
        }
        if (c == '-' || isDigit(c)) {
            return number();
        }
        for (std::string_view word : {"true", "false", "null"}) {
            if (m_text.substr(m_pos, word.size()) == word) {
                m_pos += word.size();
                return true;
            }
        }
        return fail("expected a value, found " + found());
    }

    // One step inside the innermost open container: its end, or (after ',') its next item.
    bool step() {
        skipSpace();
        char open = m_stack.back();
        char close = open == '{' ? '}' : ']';
        bool first = m_justOpened;
        m_justOpened = false;
        if (peek() == close) {
            ++m_pos;
            m_stack.pop_back();
            return true;
        }
        if (!first) {
            if (peek() != ',') {
                return fail(std::string("expected ',' or '") + close + "', found " + found());
            }
            ++m_pos;
            skipSpace();
            if (peek() == close) {
                return fail(std::string("expected another item after ',', found '") + close + "'");
            }
        }
        return (open == '[' || memberKey()) && startValue();
    }

    bool memberKey() {
        skipSpace();
        if (peek() != '"') {
            return fail("expected a key in double quotes, found " + found());
        }
        if (!string()) {
            return false;
        }
        skipSpace();
        if (peek() != ':') {
            return fail("expected ':' after the key, found " + found());
        }
        ++m_pos;
        return true;
    }

    bool string() {
        std::size_t start = m_pos++;
        while (m_pos < m_text.size() && m_text[m_pos] != '"') {
            if (m_text[m_pos] == '\\' && !escape()) {
                return false;
            }
            if (static_cast<unsigned char>(m_text[m_pos]) < 0x20) {
                return fail("control character in a string");
            }
            ++m_pos;
        }
        if (m_pos >= m_text.size()) {
            m_pos = start;
            return fail("a string is opened but never closed");
        }
        ++m_pos;
        return true;
    }

    // At a backslash; leaves m_pos on the escape's last character.
    bool escape() {
        char c = m_pos + 1 < m_text.size() ? m_text[m_pos + 1] : '\0';
        if (std::string_view("\"\\/bfnrt").find(c) != std::string_view::npos && c != '\0') {
            ++m_pos;
            return true;
        }
        if (c == 'u' && m_pos + 5 < m_text.size() && isHex(m_text[m_pos + 2]) &&
            isHex(m_text[m_pos + 3]) && isHex(m_text[m_pos + 4]) && isHex(m_text[m_pos + 5])) {
            m_pos += 5;
            return true;
        }
        return fail("invalid escape in a string");
    }

    bool number() {
        std::size_t start = m_pos;
        auto digits = [&] {
            std::size_t from = m_pos;
            while (isDigit(peek())) {
                ++m_pos;
            }
            return m_pos - from;
        };
        m_pos += peek() == '-' ? 1 : 0;
        std::size_t intStart = m_pos;
        bool ok = digits() > 0 && !(m_text[intStart] == '0' && m_pos - intStart > 1);
        if (ok && peek() == '.') {
            ++m_pos;
            ok = digits() > 0;
        }
        if (ok && (peek() == 'e' || peek() == 'E')) {
            ++m_pos;
            m_pos += peek() == '+' || peek() == '-' ? 1 : 0;
            ok = digits() > 0;
        }
        if (!ok) {
            m_pos = start;
            return fail("invalid number");
        }
        return true;
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    std::vector<char> m_stack;
    bool m_justOpened = false;
    JsonSyntaxError m_error;
};

}  // namespace

std::optional<JsonSyntaxError> findJsonSyntaxError(std::string_view text) {
    return Checker(text).run();
}

}  // namespace schedlab::scenario::detail
