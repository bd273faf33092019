// Build tool: reads a Qt Linguist .ts file and writes a C++ source with its finished
// translations as a table sorted by (context, source), for schedlab::i18n (catalogue.hpp).
//
//   schedlab_ts_catalogue translations/schedlab_zh_CN.ts OUT.cpp
//
// The .ts format is simple, regular XML written by lupdate: <context><name>..</name> then
// <message [numerus="yes"]><source>..</source>[<comment>..</comment>]<translation
// [type="unfinished|vanished|obsolete"]>..</translation></message>. Unfinished, vanished and
// obsolete translations are left out (the program then shows English, as the app does); for
// plural messages the first <numerusform> is taken (Chinese has one form).

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <utility>

namespace {

using Key = std::pair<std::string, std::string>;

std::string unescape(const std::string& text) {
    static const std::pair<const char*, const char*> kEntities[] = {
        {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}};
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        bool replaced = false;
        for (const auto& [entity, plain] : kEntities) {
            if (text.compare(i, std::char_traits<char>::length(entity), entity) == 0) {
                out += plain;
                i += std::char_traits<char>::length(entity);
                replaced = true;
                break;
            }
        }
        if (!replaced && text.compare(i, 2, "&#") == 0 && text.find(';', i) != std::string::npos) {
            auto end = text.find(';', i);
            bool hex = text[i + 2] == 'x';
            auto cp = std::stoul(text.substr(i + (hex ? 3 : 2), end - i - (hex ? 3 : 2)), nullptr,
                                 hex ? 16 : 10);
            if (cp < 0x80) {
                out += static_cast<char>(cp);
            }  // lupdate writes only control characters this way
            i = end + 1;
        } else if (!replaced) {
            out += text[i++];
        }
    }
    return out;
}

// The text between <tag ...> and </tag> starting the search at `from`; npos when absent.
// `attributes` receives what stands inside the opening tag.
std::size_t element(const std::string& xml, const std::string& tag, std::size_t from,
                    std::size_t limit, std::string& text, std::string* attributes = nullptr) {
    auto open = xml.find("<" + tag, from);
    while (open != std::string::npos && open < limit) {
        char after = xml[open + 1 + tag.size()];
        if (after == '>' || after == ' ' || after == '/') {
            break;
        }
        open = xml.find("<" + tag, open + 1);
    }
    if (open == std::string::npos || open >= limit) {
        return std::string::npos;
    }
    auto close = xml.find('>', open);
    if (attributes != nullptr) {
        *attributes = xml.substr(open + 1 + tag.size(), close - open - 1 - tag.size());
    }
    if (xml[close - 1] == '/') {  // <translation/>: empty
        text.clear();
        return close + 1;
    }
    auto end = xml.find("</" + tag + ">", close);
    text = xml.substr(close + 1, end - close - 1);
    return end + tag.size() + 3;
}

void readMessage(const std::string& xml, std::size_t begin, std::size_t end,
                 const std::string& context, std::map<Key, std::string>& out) {
    std::string source;
    std::string translation;
    std::string attributes;
    if (element(xml, "source", begin, end, source) == std::string::npos ||
        element(xml, "translation", begin, end, translation, &attributes) == std::string::npos) {
        return;
    }
    if (attributes.find("type=") != std::string::npos) {
        return;  // unfinished, vanished or obsolete
    }
    std::string form;
    if (element(xml, "numerusform", 0, translation.size(), form) != std::string::npos) {
        translation = form;
    }
    if (!translation.empty()) {
        out.emplace(Key{context, unescape(source)}, unescape(translation));
    }
}

std::map<Key, std::string> readTs(const std::string& xml) {
    std::map<Key, std::string> out;
    std::string body;
    for (std::size_t pos = 0;;) {
        auto contextEnd = xml.find("</context>", pos);
        std::string name;
        if (contextEnd == std::string::npos ||
            element(xml, "name", pos, contextEnd, name) == std::string::npos) {
            return out;
        }
        std::string context = unescape(name);
        for (std::size_t m = pos; (m = xml.find("<message", m)) < contextEnd;) {
            auto messageEnd = xml.find("</message>", m);
            readMessage(xml, m, messageEnd, context, out);
            m = messageEnd;
        }
        pos = contextEnd + 10;
    }
}

// A C++ string literal; UTF-8 bytes stay as they are, control characters become octal escapes.
std::string literal(const std::string& text) {
    std::string out = "\"";
    for (char c : text) {
        auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20) {
            char escape[8];
            std::snprintf(escape, sizeof escape, "\\%03o", byte);
            out += escape;
        } else {
            out += c;
        }
    }
    return out + "\"";
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: schedlab_ts_catalogue FILE.ts OUT.cpp\n";
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    if (!in) {
        std::cerr << argv[1] << ": error: cannot read\n";
        return 2;
    }
    auto messages = readTs(buffer.str());
    std::ofstream out(argv[2], std::ios::binary);
    out << "// Generated from " << argv[1] << " by schedlab_ts_catalogue. Do not edit.\n"
        << "#include \"i18n/catalogue.hpp\"\n\n"
        << "namespace schedlab::i18n::detail {\n\n"
        << "using namespace std::string_view_literals;\n\n"
        << "const CatalogueEntry kZhCnCatalogue[] = {\n";
    for (const auto& [key, translation] : messages) {
        out << "    {" << literal(key.first) << "sv, " << literal(key.second) << "sv, "
            << literal(translation) << "sv},\n";
    }
    out << "    {\"\"sv, \"\"sv, \"\"sv}};  // never matched: keeps the array non-empty\n\n"
        << "const std::size_t kZhCnCatalogueSize = " << messages.size() << ";\n\n"
        << "}  // namespace schedlab::i18n::detail\n";
    return out ? 0 : 1;
}
