#pragma once
// The human-readable report of one run: title, Gantt chart, per-process table with averages and
// the summary, column-aligned.

#include <string>

#include "engine/result.hpp"
#include "engine/workload.hpp"
#include "report/gantt.hpp"

namespace schedlab::report {

std::string writeText(const engine::Workload& workload, const engine::SimulationResult& result,
                      const GanttOptions& gantt = {});

/// Only the per-process table with its averages row.
std::string writeProcessTable(const engine::Workload& workload,
                              const engine::SimulationResult& result);

/// Only the summary block (makespan, utilization, throughput, ...).
std::string writeSummary(const engine::SimulationResult& result);

}  // namespace schedlab::report
