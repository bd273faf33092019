#include "scenario/yaml_document.hpp"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <istream>
#include <optional>
#include <stdexcept>
#include <streambuf>
#include <string>
#include <vector>

#include "scenario/text_checks.hpp"
#include "scenario/yaml_hints.hpp"

namespace schedlab::scenario::detail {
namespace {

using Index = std::uint32_t;

struct Node {
    ValueKind kind = ValueKind::Null;
    SourcePos pos;
    Index begin = 0;  ///< scalar: offset in Tree::text; collection: first index in Tree::children
    Index count = 0;  ///< scalar: length; collection: children (a mapping: key, value, ...)
};

struct Tree {
    std::vector<Node> nodes;
    std::vector<Index> children;
    std::string text;
    bool hasRoot = false;
    Index root = 0;
};

/// A problem found while building the tree; ends parsing like a yaml-cpp ParserException.
struct BuildError : std::runtime_error {
    BuildError(const YAML::Mark& at, const std::string& what)
        : std::runtime_error(what), mark(at) {}
    YAML::Mark mark;
};

std::string tooDeep() {
    return "the document is nested more than " + std::to_string(kMaxYamlDepth) + " levels deep";
}

SourcePos toPos(const YAML::Mark& mark) {
    return mark.is_null() ? SourcePos{1, 1} : SourcePos{mark.line + 1, mark.column + 1};
}

// Receives yaml-cpp's events. Aliases become a second reference to the anchored node, so a
// document is never expanded here; the readers' value cap bounds what walking it can cost.
class TreeBuilder : public YAML::EventHandler {
public:
    explicit TreeBuilder(Tree& tree) : m_tree(tree) {}

    void OnDocumentStart(const YAML::Mark& mark) override {
        if (m_documents++ > 0) {
            throw BuildError(mark,
                             "a scenario file holds one YAML document; "
                             "a second one starts here");
        }
    }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        add(ValueKind::Null, nullPos(mark), anchor);
    }
    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        if (anchor >= m_anchors.size()) {
            throw BuildError(mark, "invalid YAML: unknown alias");  // yaml-cpp checks first
        }
        attach(m_anchors[anchor]);
    }
    void OnScalar(const YAML::Mark& mark, const std::string& /*tag*/, YAML::anchor_t anchor,
                  const std::string& value) override {
        Index index = add(ValueKind::Scalar, toPos(mark), anchor);
        m_tree.nodes[index].begin = static_cast<Index>(m_tree.text.size());
        m_tree.nodes[index].count = static_cast<Index>(value.size());
        m_tree.text += value;
    }
    void OnSequenceStart(const YAML::Mark& mark, const std::string& /*tag*/, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value /*style*/) override {
        open(ValueKind::Seq, mark, anchor);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark& mark, const std::string& /*tag*/, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value /*style*/) override {
        open(ValueKind::Map, mark, anchor);
    }
    void OnMapEnd() override { close(); }

private:
    struct Open {
        Index node;
        std::vector<Index> children;
    };

    // An empty value ("cpus:" and nothing) gets the mark of the next token; its key's position
    // is where people look.
    SourcePos nullPos(const YAML::Mark& mark) const {
        bool isMapValue = !m_open.empty() &&
                          m_tree.nodes[m_open.back().node].kind == ValueKind::Map &&
                          m_open.back().children.size() % 2 == 1;
        return isMapValue ? m_tree.nodes[m_open.back().children.back()].pos : toPos(mark);
    }

    Index add(ValueKind kind, SourcePos pos, YAML::anchor_t anchor) {
        auto index = static_cast<Index>(m_tree.nodes.size());
        m_tree.nodes.push_back({kind, pos, 0, 0});
        if (anchor != YAML::NullAnchor) {
            m_anchors.resize(std::max<std::size_t>(m_anchors.size(), anchor + 1));
            m_anchors[anchor] = index;
        }
        attach(index);
        return index;
    }

    void attach(Index index) {
        if (!m_open.empty()) {
            m_open.back().children.push_back(index);
        } else {
            m_tree.root = index;
            m_tree.hasRoot = true;
        }
    }

    void open(ValueKind kind, const YAML::Mark& mark, YAML::anchor_t anchor) {
        if (m_open.size() >= kMaxYamlDepth) {
            throw BuildError(mark, tooDeep());
        }
        Index index = add(kind, toPos(mark), anchor);
        m_open.push_back({index, {}});
    }

    void close() {
        Open done = std::move(m_open.back());
        m_open.pop_back();
        Node& node = m_tree.nodes[done.node];
        node.begin = static_cast<Index>(m_tree.children.size());
        node.count = static_cast<Index>(done.children.size());
        m_tree.children.insert(m_tree.children.end(), done.children.begin(), done.children.end());
    }

    Tree& m_tree;
    std::vector<Open> m_open;
    std::vector<Index> m_anchors;
    int m_documents = 0;
};

class YamlValue : public Value {
public:
    YamlValue(const Tree& tree, Index index) : m_tree(tree), m_node(tree.nodes[index]) {}

    ValueKind kind() override { return m_node.kind; }
    SourcePos pos() override { return m_node.pos; }
    std::string_view text() override {
        return std::string_view(m_tree.text).substr(m_node.begin, m_node.count);
    }
    std::size_t sizeHint() override { return m_node.kind == ValueKind::Seq ? m_node.count : 0; }

    void forEachEntry(EntryVisitor visit) override {
        for (Index i = 0; i + 1 < m_node.count; i += 2) {
            YamlValue key(m_tree, child(i));
            YamlValue value(m_tree, child(i + 1));
            Key k{key.kind() == ValueKind::Scalar ? key.text() : "", key.pos(), key.kind()};
            if (!visit(k, value)) {
                return;
            }
        }
    }
    void forEachItem(ItemVisitor visit) override {
        for (Index i = 0; i < m_node.count; ++i) {
            YamlValue item(m_tree, child(i));
            if (!visit(item)) {
                return;
            }
        }
    }

private:
    Index child(Index i) const { return m_tree.children[m_node.begin + i]; }

    const Tree& m_tree;
    const Node& m_node;
};

// An istream over a string_view, so that yaml-cpp reads the text without a copy.
class ViewBuffer : public std::streambuf {
public:
    explicit ViewBuffer(std::string_view text) {
        char* begin = const_cast<char*>(text.data());  // only ever read
        setg(begin, begin, begin + text.size());
    }
};

bool isBreak(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Offset just past the quoted scalar that starts at text[i].
std::size_t skipQuoted(std::string_view text, std::size_t i) {
    char quote = text[i];
    for (++i; i < text.size(); ++i) {
        if (quote == '"' && text[i] == '\\') {
            ++i;
        } else if (text[i] == quote) {
            if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
                ++i;  // '' is a quote inside a single-quoted scalar
                continue;
            }
            return i + 1;
        }
    }
    return text.size();
}

// Where flow collections ([...], {...}) nest deeper than kMaxYamlDepth, or one (with the ones
// inside it) holds more than kMaxFlowItems items, if they do. yaml-cpp reads ahead through a
// flow collection before it reports any of it, keeping every token (about 270 bytes an item: #13,
// a 25 MB list took 2.2 GB), so this quick scan refuses such text first. Brackets count where
// YAML reads them as indicators: anywhere inside a flow collection, elsewhere at the start of a
// value.
std::optional<TextProblem> flowProblem(std::string_view text) {
    int depth = 0;
    std::size_t items = 0;  // commas in the outermost open collection, nested ones included
    char previous = '\n';
    for (std::size_t i = 0; i < text.size(); previous = text[i], ++i) {
        char c = text[i];
        bool valueStart = isBreak(previous) || previous == '[' || previous == '{' ||
                          previous == ',' || previous == ':';
        if (c == '#' && isBreak(previous)) {
            i = std::min(text.find('\n', i), text.size() - 1);
        } else if ((c == '"' || c == '\'') && valueStart) {
            i = skipQuoted(text, i) - 1;
        } else if ((c == '[' || c == '{') && (depth > 0 || valueStart)) {
            if (++depth > kMaxYamlDepth) {
                return TextProblem{i, tooDeep()};
            }
            items = depth == 1 ? 0 : items;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        } else if (c == ',' && depth > 0 && ++items >= kMaxFlowItems) {
            return TextProblem{i, "a [...] or {...} list holds more than " +
                                      std::to_string(kMaxFlowItems) +
                                      " items; write long lists one '- item' per line"};
        }
    }
    return std::nullopt;
}

}  // namespace

void readYaml(std::string_view text, ReadContext& ctx, ScenarioReader& reader) {
    if (auto problem = flowProblem(text)) {
        return ctx.syntaxError(LineTracker(text).at(problem->offset), problem->message);
    }
    Tree tree;
    try {
        ViewBuffer buffer(text);
        std::istream in(&buffer);
        YAML::Parser parser(in);
        TreeBuilder builder(tree);
        while (parser.HandleNextDocument(builder)) {
        }
    } catch (const BuildError& e) {
        return ctx.syntaxError(toPos(e.mark), e.what());
    } catch (const YAML::Exception& e) {
        if (auto hint = yamlHint(text, e.mark.is_null() ? 0 : e.mark.line + 1)) {
            return ctx.syntaxError(hint->pos, hint->message);  // in the student's terms (#12)
        }
        return ctx.syntaxError(toPos(e.mark), "invalid YAML: " + e.msg);
    }
    if (!tree.hasRoot) {
        ctx.error({1, 1}, "the file is empty; a scenario needs at least 'processes'");
        return;
    }
    YamlValue root(tree, tree.root);
    reader.readDocument(root);
}

}  // namespace schedlab::scenario::detail
