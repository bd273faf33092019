#include "report/compare_report.hpp"

#include <algorithm>
#include <cmath>

#include "report/format.hpp"
#include "report/localize.hpp"

namespace schedlab::report {
namespace {

constexpr std::size_t kTextColumns = 3;  // file, scenario, policy; the rest are numbers

/// The cells of a row after the text columns; `human` picks 3 fixed decimals over trimmed ones.
std::vector<std::string> numberCells(const engine::Summary& s, bool human) {
    auto real = [human](double value) { return human ? formatFixed3(value) : formatNumber(value); };
    return {real(s.avgResponse),          real(s.avgTurnaround),
            real(s.avgWaiting),           formatInt(s.maxWaiting),
            real(s.cpuUtilization),       real(s.throughput),
            formatInt(s.contextSwitches), formatInt(s.makespan),
            formatInt(s.p95Waiting),      real(s.fairness),
            formatInt(s.p95Turnaround)};
}

/// The numbers behind numberCells(), reals rounded to the 3 decimals shown, so that cells that
/// read the same compare equal.
std::vector<std::int64_t> shownValues(const engine::Summary& s) {
    auto real = [](double value) { return std::isfinite(value) ? std::llround(value * 1000) : 0; };
    return {real(s.avgResponse),    real(s.avgTurnaround), real(s.avgWaiting), s.maxWaiting,
            real(s.cpuUtilization), real(s.throughput),    s.contextSwitches,  s.makespan,
            s.p95Waiting,           real(s.fairness),      s.p95Turnaround};
}

std::vector<std::string> cells(const CompareRow& row, bool human) {
    std::vector<std::string> out{row.file, row.scenario, row.policy};
    for (auto& cell : numberCells(row.summary, human)) {
        out.push_back(std::move(cell));
    }
    return out;
}

std::string markdownCell(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '|') {
            out += "\\|";
        } else {
            out += (c == '\n' || c == '\r') ? ' ' : c;
        }
    }
    return out;
}

std::string markdownLine(const std::vector<std::string>& cells) {
    std::string out = "|";
    for (const auto& cell : cells) {
        out += " " + markdownCell(cell) + " |";
    }
    return out + "\n";
}

constexpr const char* kBestLegend =
    QT_TRANSLATE_NOOP("schedlab::report",
                      "* best of the file's rows: lowest, or highest for cpu_utilization, "
                      "throughput and fairness");

/// The column names as titles: in English the names tools know, translated for people.
constexpr const char* kColumnTitles[] = {
    QT_TRANSLATE_NOOP("schedlab::report", "file"),
    QT_TRANSLATE_NOOP("schedlab::report", "scenario"),
    QT_TRANSLATE_NOOP("schedlab::report", "policy"),
    QT_TRANSLATE_NOOP("schedlab::report", "avg_response"),
    QT_TRANSLATE_NOOP("schedlab::report", "avg_turnaround"),
    QT_TRANSLATE_NOOP("schedlab::report", "avg_waiting"),
    QT_TRANSLATE_NOOP("schedlab::report", "max_waiting"),
    QT_TRANSLATE_NOOP("schedlab::report", "cpu_utilization"),
    QT_TRANSLATE_NOOP("schedlab::report", "throughput"),
    QT_TRANSLATE_NOOP("schedlab::report", "context_switches"),
    QT_TRANSLATE_NOOP("schedlab::report", "makespan"),
    QT_TRANSLATE_NOOP("schedlab::report", "p95_waiting"),
    QT_TRANSLATE_NOOP("schedlab::report", "fairness"),
    QT_TRANSLATE_NOOP("schedlab::report", "p95_turnaround"),
};

std::vector<std::string> headerCells(i18n::Language language) {
    std::vector<std::string> header;
    for (const char* column : kColumnTitles) {
        header.push_back(localize(column, language));
    }
    return header;
}

/// Marks, for rows [first, end) of one file, the cells holding their column's best value. A
/// column where every row has the same value (or a file with one row) has no best.
void markBestOfFile(const std::vector<CompareRow>& rows, std::size_t first, std::size_t end,
                    std::vector<std::vector<bool>>& best) {
    std::vector<std::vector<std::int64_t>> values;
    for (std::size_t r = first; r < end; ++r) {
        values.push_back(shownValues(rows[r].summary));
        best[r].assign(compareColumns().size(), false);
    }
    for (std::size_t c = 0; c + kTextColumns < compareColumns().size(); ++c) {
        auto [low, high] = std::minmax_element(values.begin(), values.end(),
                                               [c](auto& a, auto& b) { return a[c] < b[c]; });
        std::int64_t target = compareHigherIsBetter(c + kTextColumns) ? (*high)[c] : (*low)[c];
        for (std::size_t r = first; (*low)[c] != (*high)[c] && r < end; ++r) {
            best[r][c + kTextColumns] = values[r - first][c] == target;
        }
    }
}

/// A table row with a mark column after each number: '*' for a best value, else a space, so
/// that numbers stay aligned on their last digit.
std::vector<std::string> withMarks(std::vector<std::string> cells, const std::vector<bool>& best) {
    for (std::size_t i = kTextColumns; i < cells.size(); ++i) {
        cells[i] += i < best.size() && best[i] ? '*' : ' ';
    }
    return cells;
}

/// Per row, per column: whether the cell is marked best.
std::vector<std::vector<bool>> bestCells(const std::vector<CompareRow>& rows) {
    std::vector<std::vector<bool>> best(rows.size());
    for (std::size_t first = 0; first < rows.size();) {
        std::size_t end = first + 1;
        while (end < rows.size() && rows[end].file == rows[first].file) {
            ++end;
        }
        markBestOfFile(rows, first, end, best);
        first = end;
    }
    return best;
}

}  // namespace

const std::vector<std::string_view>& compareColumns() {
    static const std::vector<std::string_view> kColumns{
        "file",        "scenario",    "policy",          "avg_response",  "avg_turnaround",
        "avg_waiting", "max_waiting", "cpu_utilization", "throughput",    "context_switches",
        "makespan",    "p95_waiting", "fairness",        "p95_turnaround"};
    return kColumns;
}

std::string writeCompareCsv(const std::vector<CompareRow>& rows) {
    std::string out;
    for (const auto& name : compareColumns()) {
        out += out.empty() ? "" : ",";
        out += name;
    }
    out += '\n';
    for (const auto& row : rows) {
        auto values = cells(row, false);
        for (std::size_t i = 0; i < values.size(); ++i) {
            out += i == 0 ? "" : ",";
            out += i < kTextColumns ? csvField(values[i]) : values[i];
        }
        out += '\n';
    }
    return out;
}

std::string writeCompareJson(const std::vector<CompareRow>& rows) {
    if (rows.empty()) {
        return "[]\n";
    }
    const auto& columns = compareColumns();
    std::string out = "[\n";
    for (std::size_t r = 0; r < rows.size(); ++r) {
        auto values = cells(rows[r], false);
        out += "  {";
        for (std::size_t i = 0; i < values.size(); ++i) {
            out += i == 0 ? "\"" : ", \"";
            out += columns[i];
            out += "\": ";
            i < kTextColumns ? appendJsonString(out, values[i]) : void(out += values[i]);
        }
        out += r + 1 < rows.size() ? "},\n" : "}\n";
    }
    return out + "]\n";
}

std::string writeCompareMarkdown(const std::vector<CompareRow>& rows, i18n::Language language) {
    const auto& columns = compareColumns();
    std::string out = markdownLine(headerCells(language)) + "|";
    for (std::size_t i = 0; i < columns.size(); ++i) {
        out += i < kTextColumns ? " --- |" : " ---: |";
    }
    out += "\n";
    for (const auto& row : rows) {
        out += markdownLine(cells(row, true));
    }
    return out;
}

bool compareHigherIsBetter(std::size_t column) {
    auto name = compareColumns().at(column);
    return name == "cpu_utilization" || name == "throughput" || name == "fairness";
}

std::string writeCompareTable(const std::vector<CompareRow>& rows, i18n::Language language) {
    const auto& columns = compareColumns();
    std::vector<Align> align(columns.size(), Align::Right);
    std::fill_n(align.begin(), kTextColumns, Align::Left);
    auto best = bestCells(rows);
    bool marked = std::any_of(best.begin(), best.end(), [](const auto& row) {
        return std::find(row.begin(), row.end(), true) != row.end();
    });
    TextTable table(align);
    auto header = headerCells(language);
    table.addRow(marked ? withMarks(header, {}) : header);
    table.addRule();
    for (std::size_t r = 0; r < rows.size(); ++r) {
        auto values = cells(rows[r], true);
        table.addRow(marked ? withMarks(values, best[r]) : values);
    }
    return table.render() + (marked ? localize(kBestLegend, language) + "\n" : "");
}

}  // namespace schedlab::report
