#include "report/compare_report.hpp"

#include "report/format.hpp"

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
            formatInt(s.p95Waiting),      real(s.fairness)};
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

}  // namespace

const std::vector<std::string_view>& compareColumns() {
    static const std::vector<std::string_view> kColumns{
        "file",        "scenario",    "policy",          "avg_response", "avg_turnaround",
        "avg_waiting", "max_waiting", "cpu_utilization", "throughput",   "context_switches",
        "makespan",    "p95_waiting", "fairness"};
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

std::string writeCompareMarkdown(const std::vector<CompareRow>& rows) {
    const auto& columns = compareColumns();
    std::vector<std::string> header(columns.begin(), columns.end());
    std::string out = markdownLine(header) + "|";
    for (std::size_t i = 0; i < columns.size(); ++i) {
        out += i < kTextColumns ? " --- |" : " ---: |";
    }
    out += "\n";
    for (const auto& row : rows) {
        out += markdownLine(cells(row, true));
    }
    return out;
}

std::string writeCompareTable(const std::vector<CompareRow>& rows) {
    const auto& columns = compareColumns();
    std::vector<Align> align(columns.size(), Align::Right);
    for (std::size_t i = 0; i < kTextColumns; ++i) {
        align[i] = Align::Left;
    }
    TextTable table(align);
    table.addRow(std::vector<std::string>(columns.begin(), columns.end()));
    table.addRule();
    for (const auto& row : rows) {
        table.addRow(cells(row, true));
    }
    return table.render();
}

}  // namespace schedlab::report
