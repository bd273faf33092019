#pragma once
// What a Gantt chart draws, built once per run: one row per process (running, ready, blocked),
// then one row per CPU (which process ran, switches, idle gaps). Plain data, so the chart draws
// only what is visible and tests can check it without a widget.

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "engine/result.hpp"
#include "models/run.hpp"

namespace schedlab::ui {

enum class IntervalKind : std::uint8_t {
    Running,       ///< process row: on a CPU
    Ready,         ///< process row: in the ready queue (also while a CPU switches to it)
    Blocked,       ///< process row: blocked on I/O
    Switching,     ///< overlay: a context switch; zero length = a dispatch that cost no time
    CpuBusy,       ///< CPU row: running `process`
    CpuSwitching,  ///< CPU row: switching to `process`
    CpuIdle,       ///< CPU row: nothing to run
};

/// [start, end) on one row. Within a row, intervals are sorted by start and never overlap.
struct GanttInterval {
    engine::Tick start = 0;
    engine::Tick end = 0;
    std::uint32_t row = 0;
    engine::Pid process = engine::kNoProcess;
    std::int32_t cpu = -1;
    IntervalKind kind = IntervalKind::Running;
};

struct GanttLayout {
    int processCount = 0;
    int cpuCount = 0;
    engine::Tick start = 0;                 ///< first arrival
    engine::Tick end = 0;                   ///< last completion
    std::vector<GanttInterval> intervals;   ///< by row, then start
    std::vector<std::size_t> rowBegin;      ///< rowCount() + 1 offsets into intervals
    std::vector<GanttInterval> overlays;    ///< context switches, by row, then start
    std::vector<std::size_t> overlayBegin;  ///< rowCount() + 1 offsets into overlays
    std::uint32_t kinds = 0;                ///< bit (1 << kind) for each kind that occurs

    bool has(IntervalKind kind) const { return (kinds >> static_cast<unsigned>(kind)) & 1U; }
    int rowCount() const { return processCount + cpuCount; }
    int cpuRow(int cpu) const { return processCount + cpu; }
    bool isCpuRow(int row) const { return row >= processCount; }
    std::span<const GanttInterval> row(int row) const;
    std::span<const GanttInterval> rowOverlays(int row) const;
};

/// Builds the layout of a finished run. Ready and blocked times come from result.events when
/// they were recorded, else from the slices and the workload's bursts (the engine blocks a
/// process for exactly its I/O burst right after the CPU burst ends).
GanttLayout buildGanttLayout(const models::Run& run);

/// Running, ready and blocked intervals of every process, unsorted.
std::vector<GanttInterval> processStateIntervals(const models::Run& run);

/// The interval of `items` containing time t (start <= t < end), or nullptr.
const GanttInterval* intervalAt(std::span<const GanttInterval> items, double t);

/// The first interval of `items` that ends after t.
std::span<const GanttInterval>::iterator firstEndingAfter(std::span<const GanttInterval> items,
                                                          double t);

}  // namespace schedlab::ui
