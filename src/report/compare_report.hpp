#pragma once
// Writers for `compare`: one row per (file, policy). Columns, in this order: file, scenario,
// policy, avg_response, avg_turnaround, avg_waiting, max_waiting, cpu_utilization, throughput,
// context_switches, makespan, p95_waiting, fairness (the contract's list, then our extensions).

#include <string>
#include <string_view>
#include <vector>

#include "engine/result.hpp"

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
/// A GitHub-flavoured Markdown table; numbers with 3 decimals, '|' in names escaped.
std::string writeCompareMarkdown(const std::vector<CompareRow>& rows);
/// Column-aligned text for a terminal; numbers with 3 decimals.
std::string writeCompareTable(const std::vector<CompareRow>& rows);

}  // namespace schedlab::report
