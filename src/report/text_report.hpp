#pragma once
// The human-readable report of one run: title, Gantt chart, per-process table with averages and
// the summary, column-aligned, in English or Simplified Chinese (numbers, names and policy
// SPECs stay as they are).

#include <string>

#include "engine/result.hpp"
#include "engine/workload.hpp"
#include "i18n/translate.hpp"
#include "report/gantt.hpp"

namespace schedlab::report {

std::string writeText(const engine::Workload& workload, const engine::SimulationResult& result,
                      const GanttOptions& gantt = {},
                      i18n::Language language = i18n::Language::English);

/// Only the per-process table with its averages row.
std::string writeProcessTable(const engine::Workload& workload,
                              const engine::SimulationResult& result,
                              i18n::Language language = i18n::Language::English);

/// Only the summary block (makespan, utilization, throughput, ...).
std::string writeSummary(const engine::SimulationResult& result,
                         i18n::Language language = i18n::Language::English);

/// Programs: "deadlock at t=7: P1 waits for lock B held by P2; ...\n", or "" without one.
std::string deadlockLine(const engine::Workload& workload, const engine::Deadlock& deadlock,
                         i18n::Language language = i18n::Language::English);

}  // namespace schedlab::report
