#pragma once
// A terminal Gantt chart: one row per process (its state over time) and one row per CPU (which
// process ran), above a time axis. Wide runs are scaled: each column then covers k ticks and
// shows the symbol that fills most of them.

#include <cstddef>
#include <string>

#include "engine/result.hpp"
#include "engine/workload.hpp"
#include "i18n/translate.hpp"

namespace schedlab::report {

struct GanttOptions {
    int width = 100;                   ///< at most this many columns of chart (labels excluded)
    std::size_t maxProcessRows = 200;  ///< more processes than this: CPU rows only
    /// The time unit in the header ("1 column = 5 ms"): one and many.
    std::string unitOne = "tick";
    std::string unitMany = "ticks";
    /// When set (end > start), the chart covers [start, end) whatever the result holds, so
    /// that two charts share one time axis.
    engine::Tick start = 0;
    engine::Tick end = 0;
};

/// Process rows: '#' running (the CPU's digit when cpus > 1), '.' ready, '=' blocked on I/O,
/// blank before arrival and after termination. CPU rows: the process's symbol (see the legend),
/// '~' context switch, '-' idle. Process rows come from report/timeline.hpp: the same with or
/// without result.events. The heading and the legend are in `language`.
std::string writeGantt(const engine::Workload& workload, const engine::SimulationResult& result,
                       const GanttOptions& options = {},
                       i18n::Language language = i18n::Language::English);

/// Whether writeGantt draws rows per process, and so needs result.events: a run that is only
/// printed as text need not record the state changes of more processes (#13).
bool ganttNeedsEvents(std::size_t processCount, const GanttOptions& options = {});

/// Ticks per column: the smallest of 1, 2, 5, 10, 20, 50, ... that fits [start, end) in `width`
/// columns when the first column starts at a multiple of the scale.
engine::Tick ganttScale(engine::Tick start, engine::Tick end, int width);

}  // namespace schedlab::report
