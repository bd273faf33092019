#pragma once
// Writers for `compare`: one row per (file, policy). Columns, in this order: file, scenario,
// policy, avg_response, avg_turnaround, avg_waiting, max_waiting, cpu_utilization, throughput,
// context_switches, makespan, p95_waiting, fairness, p95_turnaround (the contract's list, then
// our extensions, newest last).

#include <string>
#include <string_view>
#include <vector>

#include "engine/result.hpp"
#include "i18n/translate.hpp"

namespace schedlab::report {

struct CompareRow {
    std::string file;      ///< as given on the command line
    std::string scenario;  ///< the scenario's name
    std::string policy;    ///< canonical SPEC
    engine::Summary summary;
};

/// The column names above, in order.
const std::vector<std::string_view>& compareColumns();

/// RFC 4180 CSV with a header line; numbers rounded to 3 decimals (1.0, 3.667).
std::string writeCompareCsv(const std::vector<CompareRow>& rows);
/// A JSON array with one object per row, one per line, keys in column order.
std::string writeCompareJson(const std::vector<CompareRow>& rows);
/// A GitHub-flavoured Markdown table; numbers with 3 decimals, '|' in names escaped. The header
/// holds the column names in English, their titles in Simplified Chinese.
std::string writeCompareMarkdown(const std::vector<CompareRow>& rows,
                                 i18n::Language language = i18n::Language::English);
/// Column-aligned text for a terminal; numbers with 3 decimals. Among the rows of one file
/// (consecutive rows with the same `file`), the best value of each metric is marked with '*'
/// (ties all marked; nothing when the rows agree), followed by a legend line. Header and legend
/// as for Markdown.
std::string writeCompareTable(const std::vector<CompareRow>& rows,
                              i18n::Language language = i18n::Language::English);

/// Whether more is better in column `column` of compareColumns(): cpu_utilization, throughput
/// and fairness; for every other metric less is better.
bool compareHigherIsBetter(std::size_t column);

}  // namespace schedlab::report
