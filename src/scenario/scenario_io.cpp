#include "scenario/scenario_io.hpp"

#include <algorithm>
#include <cctype>

#include "scenario/json_document.hpp"
#include "scenario/text_buffer.hpp"
#include "scenario/text_checks.hpp"
#include "scenario/yaml_document.hpp"

namespace schedlab::scenario {
namespace {

constexpr std::size_t kMaxFileSize = std::size_t{1} << 30;
constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool endsWith(std::string_view text, std::string_view suffix) {
    return text.size() >= suffix.size() &&
           std::equal(suffix.rbegin(), suffix.rend(), text.rbegin(), [](char a, char b) {
               return a == std::tolower(static_cast<unsigned char>(b));
           });
}

LoadResult fileProblem(const std::string& fileName, std::string message) {
    LoadResult result;
    result.diagnostics.push_back({fileName, 0, 0, std::move(message)});
    return result;
}

std::vector<Diagnostic> diagnostics(std::vector<detail::Problem>& problems,
                                    const std::string& fileName, Severity severity) {
    std::stable_sort(problems.begin(), problems.end(), [](const auto& a, const auto& b) {
        return std::pair(a.pos.line, a.pos.column) < std::pair(b.pos.line, b.pos.column);
    });
    std::vector<Diagnostic> out;
    out.reserve(problems.size());
    for (auto& problem : problems) {
        out.push_back(
            {fileName, problem.pos.line, problem.pos.column, std::move(problem.message), severity});
    }
    return out;
}

// 9999950 -> "9,999,950".
std::string grouped(std::size_t number) {
    std::string digits = std::to_string(number);
    for (auto i = static_cast<std::ptrdiff_t>(digits.size()) - 3; i > 0; i -= 3) {
        digits.insert(static_cast<std::size_t>(i), ",");
    }
    return digits;
}

/// One load: the text is checked and read first, then (after the caller may have freed the
/// text) the checks over the whole workload run and the result is put together.
class Session {
public:
    Session(std::size_t textSize, const LoadOptions& options)
        : m_ctx(textSize), m_reader(m_ctx, options.collectSources) {}

    // `capacity`: readable bytes at text.data(), at least text.size() + jsonPadding() for JSON.
    void read(std::string_view text, std::size_t capacity, Format format) {
        if (text.substr(0, kBom.size()) == kBom) {
            text.remove_prefix(kBom.size());
            capacity -= kBom.size();
        }
        if (format == Format::Json) {
            return detail::readJson(text, capacity, m_ctx, m_reader);  // simdjson checks text
        }
        if (auto problem = detail::checkText(text)) {
            detail::LineTracker lines(text);
            return m_ctx.syntaxError(lines.at(problem->offset), problem->message);
        }
        detail::readYaml(text, m_ctx, m_reader);
    }

    LoadResult finish(const std::string& fileName) {
        m_reader.finish();
        LoadResult result;
        result.diagnostics = diagnostics(m_ctx.problems(), fileName, Severity::Error);
        if (std::size_t more = m_ctx.droppedProblems()) {
            result.diagnostics.push_back(
                {fileName, 0, 0, "... and " + grouped(more) + " more errors", Severity::Error});
        }
        result.warnings = diagnostics(m_ctx.warnings(), fileName, Severity::Warning);
        if (!m_ctx.hadSyntaxError()) {
            result.sources = std::move(m_reader.sources());
            result.lockSources = m_reader.programs().lockPositions();
            result.queueSources = m_reader.programs().queuePositions();
        }
        if (result.diagnostics.empty()) {
            result.workload = std::move(m_reader.workload());
        }
        return result;
    }

private:
    detail::ReadContext m_ctx;
    detail::ScenarioReader m_reader;
};

}  // namespace

std::string formatDiagnostic(const Diagnostic& diagnostic) {
    std::string where = diagnostic.file;
    if (diagnostic.line > 0) {
        where += ":" + std::to_string(diagnostic.line) + ":" + std::to_string(diagnostic.column);
    }
    bool warning = diagnostic.severity == Severity::Warning;
    return where + (warning ? ": warning: " : ": error: ") + diagnostic.message;
}

LoadResult loadScenarioFile(const std::string& path, Format format, const LoadOptions& options) {
    detail::TextBuffer buffer;
    std::string error;
    std::size_t size = detail::readFile(path, kMaxFileSize, detail::jsonPadding(), buffer, error);
    if (!error.empty()) {
        return fileProblem(path, "cannot read: " + error);
    }
    if (format == Format::Auto) {
        format = endsWith(path, ".json") ? Format::Json : Format::Yaml;
    }
    Session session(size, options);
    session.read(std::string_view(buffer.data(), size), buffer.capacity(), format);
    buffer.release();  // the text is no longer needed: free it before the last checks
    return session.finish(path);
}

LoadResult parseScenario(std::string_view text, const std::string& fileName, Format format,
                         const LoadOptions& options) {
    if (text.size() > kMaxFileSize) {
        return fileProblem(fileName, "cannot read: the file is larger than 1 GiB");
    }
    Session session(text.size(), options);
    if (format != Format::Json) {
        session.read(text, text.size(), Format::Yaml);
        return session.finish(fileName);
    }
    detail::TextBuffer padded;
    if (!padded.assign(text, detail::jsonPadding())) {
        return fileProblem(fileName, "cannot read: not enough memory");
    }
    session.read(std::string_view(padded.data(), text.size()), padded.capacity(), format);
    padded.release();
    return session.finish(fileName);
}

}  // namespace schedlab::scenario
