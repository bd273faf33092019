#include "scenario/yaml_hints.hpp"

#include <algorithm>
#include <vector>

namespace schedlab::scenario::detail {
namespace {

/// One line with content (not blank, not only a comment).
struct ContentLine {
    int number = 0;
    int indent = 0;      ///< spaces before the content
    bool dash = false;   ///< a list item: "- ..."
    bool opens = false;  ///< ends with ':' or is a lone '-': what follows may be deeper
    int itemIndent = 0;  ///< dash lines: where the item's own content starts ("- name" -> +2)
};

std::string_view withoutComment(std::string_view text) {
    auto hash = text.find(" #");
    return hash == std::string_view::npos ? text : text.substr(0, hash);
}

ContentLine describeLine(int number, std::string_view text) {
    ContentLine line{number};
    line.indent = static_cast<int>(std::min(text.find_first_not_of(' '), text.size()));
    std::string_view content = withoutComment(text.substr(static_cast<std::size_t>(line.indent)));
    content = content.substr(0, content.find_last_not_of(" \r") + 1);
    line.dash = content == "-" || content.starts_with("- ");
    line.opens = content.ends_with(':') || content == "-";
    std::size_t item = line.dash ? content.find_first_not_of(' ', 1) : 0;
    line.itemIndent = line.indent + static_cast<int>(item == std::string_view::npos ? 2 : item);
    return line;
}

bool isContent(std::string_view text) {
    auto first = text.find_first_not_of(" \r");
    return first != std::string_view::npos && text[first] != '#';
}

std::string spaces(int count) {
    return std::to_string(count) + (count == 1 ? " space" : " spaces");
}

std::string lineName(const ContentLine& line) { return "line " + std::to_string(line.number); }

// Why `line` does not fit under the lines before it (`above`, innermost last), if it does not.
std::optional<std::string> misfit(const ContentLine& line, const std::vector<ContentLine>& above) {
    const ContentLine& previous = above.back();
    std::string head = lineName(line) + " is indented by " + spaces(line.indent);
    int inner = previous.dash ? previous.itemIndent : previous.indent;
    if (line.indent > inner && !previous.opens) {
        return head + ", more than " + lineName(previous) + " (" + std::to_string(inner) +
               "), which holds a value and opens no block; line it up with " +
               lineName(previous);
    }
    auto same = std::find_if(above.rbegin(), above.rend(),
                             [&](const ContentLine& a) { return a.indent == line.indent; });
    if (same != above.rend() && same->dash && !line.dash && line.indent < inner) {
        return head + ", like the '-' of " + lineName(*same) +
               ", so it is outside that list item; indent it by " + spaces(same->itemIndent) +
               " to belong to it";
    }
    if (same == above.rend() && line.indent < inner) {
        std::string others;
        for (auto a = above.rbegin(); a != above.rend() && others.size() < 60; ++a) {
            others += (others.empty() ? "" : ", ") + lineName(*a) + " has " +
                      std::to_string(a->indent);
        }
        return head + ", out of line with the lines above it (" + others +
               "); indent it like the lines it belongs with";
    }
    return std::nullopt;
}

}  // namespace

std::optional<YamlHint> yamlHint(std::string_view text, int errorLine) {
    auto first = text.find_first_not_of(" \t\r\n");
    if (first != std::string_view::npos && (text[first] == '{' || text[first] == '[')) {
        return std::nullopt;  // flow style, as JSON: tabs and indentation mean nothing there
    }
    std::vector<ContentLine> above;  // the enclosing lines, outermost first
    int number = 0;
    for (std::size_t start = 0; start <= text.size() && number < errorLine;) {
        std::size_t end = std::min(text.find('\n', start), text.size());
        std::string_view raw = text.substr(start, end - start);
        ++number;
        start = end + 1;
        auto indentEnd = raw.find_first_not_of(' ');
        if (indentEnd != std::string_view::npos && raw[indentEnd] == '\t') {
            return YamlHint{{number, static_cast<int>(indentEnd) + 1},
                            "tabs are not allowed for indentation; use spaces"};
        }
        if (!isContent(raw)) {
            continue;
        }
        ContentLine line = describeLine(number, raw);
        if (number == errorLine && !above.empty()) {
            if (auto why = misfit(line, above)) {
                return YamlHint{{number, line.indent + 1}, *why};
            }
            return std::nullopt;
        }
        while (!above.empty() && above.back().indent >= line.indent &&
               !(above.back().indent == line.indent && above.back().dash && !line.dash)) {
            above.pop_back();
        }
        above.push_back(line);
    }
    return std::nullopt;
}

}  // namespace schedlab::scenario::detail
