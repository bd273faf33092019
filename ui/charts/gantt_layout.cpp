#include "charts/gantt_layout.hpp"

#include <algorithm>
#include <utility>

#include "report/timeline.hpp"

namespace schedlab::ui {
namespace {

using engine::Pid;
using engine::Tick;

void addInterval(std::vector<GanttInterval>& out, IntervalKind kind, std::uint32_t row, Pid process,
                 int cpu, Tick start, Tick end) {
    if (end > start) {
        out.push_back({start, end, row, process, cpu, kind});
    }
}

// One CPU's busy and switching intervals, in time order, with the idle gaps around them.
void addCpuRow(std::vector<GanttInterval>& out, std::vector<GanttInterval> busy, int cpu,
               const GanttLayout& layout) {
    std::sort(busy.begin(), busy.end(),
              [](const GanttInterval& a, const GanttInterval& b) { return a.start < b.start; });
    const auto row = static_cast<std::uint32_t>(layout.cpuRow(cpu));
    Tick t = layout.start;
    for (const GanttInterval& b : busy) {
        addInterval(out, IntervalKind::CpuIdle, row, engine::kNoProcess, cpu, t, b.start);
        out.push_back(b);
        t = std::max(t, b.end);
    }
    addInterval(out, IntervalKind::CpuIdle, row, engine::kNoProcess, cpu, t, layout.end);
}

void addCpuRows(std::vector<GanttInterval>& out, const GanttLayout& layout,
                const engine::SimulationResult& result) {
    std::vector<std::vector<GanttInterval>> perCpu(static_cast<std::size_t>(layout.cpuCount));
    auto rowOf = [&](int cpu) { return static_cast<std::uint32_t>(layout.cpuRow(cpu)); };
    for (const engine::Slice& s : result.slices) {
        addInterval(perCpu[s.cpu], IntervalKind::CpuBusy, rowOf(s.cpu), s.process, s.cpu, s.start,
                    s.end);
    }
    for (const engine::SwitchInterval& s : result.switches) {
        addInterval(perCpu[s.cpu], IntervalKind::CpuSwitching, rowOf(s.cpu), s.process, s.cpu,
                    s.start, s.end);
    }
    for (int cpu = 0; cpu < layout.cpuCount; ++cpu) {
        addCpuRow(out, std::move(perCpu[static_cast<std::size_t>(cpu)]), cpu, layout);
    }
}

// Switch costs on the process rows; on the CPU rows, dispatches that cost no time (the metric's
// context switches when context_switch is 0).
std::vector<GanttInterval> buildOverlays(const GanttLayout& layout, const models::Run& run) {
    std::vector<GanttInterval> out;
    for (const engine::SwitchInterval& s : run.result.switches) {
        addInterval(out, IntervalKind::Switching, s.process, s.process, s.cpu, s.start, s.end);
    }
    if (run.workload.contextSwitch > 0) {
        return out;
    }
    std::vector<Pid> last(static_cast<std::size_t>(layout.cpuCount), engine::kNoProcess);
    for (const engine::Slice& s : run.result.slices) {
        Pid& previous = last[static_cast<std::size_t>(s.cpu)];
        if (previous != engine::kNoProcess && previous != s.process) {
            auto row = static_cast<std::uint32_t>(layout.cpuRow(s.cpu));
            out.push_back({s.start, s.start, row, s.process, s.cpu, IntervalKind::Switching});
        }
        previous = s.process;
    }
    return out;
}

// Groups the items by row (a counting sort, linear in their number: a million processes have
// millions of intervals), then orders each row by start. The items come from a few streams
// that are each in time order, so most rows are sorted already and the rest are short.
std::vector<std::size_t> sortByRow(std::vector<GanttInterval>& items, int rows) {
    std::vector<std::size_t> begin(static_cast<std::size_t>(rows) + 1, 0);
    for (const GanttInterval& item : items) {
        ++begin[item.row + 1];
    }
    for (std::size_t r = 1; r < begin.size(); ++r) {
        begin[r] += begin[r - 1];
    }
    std::vector<GanttInterval> grouped(items.size());
    std::vector<std::size_t> next(begin.begin(), begin.end() - 1);
    for (const GanttInterval& item : items) {
        grouped[next[item.row]++] = item;
    }
    auto byStart = [](const GanttInterval& a, const GanttInterval& b) { return a.start < b.start; };
    for (std::size_t r = 0; r + 1 < begin.size(); ++r) {
        auto first = grouped.begin() + std::ptrdiff_t(begin[r]);
        auto last = grouped.begin() + std::ptrdiff_t(begin[r + 1]);
        if (!std::is_sorted(first, last, byStart)) {
            std::stable_sort(first, last, byStart);
        }
    }
    items = std::move(grouped);
    return begin;
}

}  // namespace

std::span<const GanttInterval> GanttLayout::row(int r) const {
    const auto first = rowBegin[static_cast<std::size_t>(r)];
    const auto last = rowBegin[static_cast<std::size_t>(r) + 1];
    return std::span<const GanttInterval>(intervals).subspan(first, last - first);
}

std::span<const GanttInterval> GanttLayout::rowOverlays(int r) const {
    const auto first = overlayBegin[static_cast<std::size_t>(r)];
    const auto last = overlayBegin[static_cast<std::size_t>(r) + 1];
    return std::span<const GanttInterval>(overlays).subspan(first, last - first);
}

// The process rows draw the one timeline of src/report, which the terminal chart draws too.
std::vector<GanttInterval> processStateIntervals(const models::Run& run) {
    // Waiting for a child, lock or queue (programs) is drawn as blocked for now.
    static constexpr IntervalKind kKinds[] = {IntervalKind::Running, IntervalKind::Ready,
                                              IntervalKind::Blocked, IntervalKind::Blocked};
    const auto spans = report::processStates(run.workload, run.result, run.result.summary.end);
    std::vector<GanttInterval> out;
    out.reserve(spans.size());
    for (const report::StateSpan& s : spans) {
        out.push_back({s.start, s.end, static_cast<std::uint32_t>(s.process), s.process, s.cpu,
                       kKinds[static_cast<std::size_t>(s.kind)]});
    }
    return out;
}

GanttLayout buildGanttLayout(const models::Run& run) {
    GanttLayout layout;
    layout.processCount = static_cast<int>(run.result.processes.size());
    layout.cpuCount = std::max(run.result.cpus, run.workload.cpus);
    layout.start = run.result.summary.start;
    layout.end = std::max(run.result.summary.end, layout.start);
    layout.intervals = processStateIntervals(run);
    addCpuRows(layout.intervals, layout, run.result);
    layout.rowBegin = sortByRow(layout.intervals, layout.rowCount());
    layout.overlays = buildOverlays(layout, run);
    layout.overlayBegin = sortByRow(layout.overlays, layout.rowCount());
    for (const auto* items : {&layout.intervals, &layout.overlays}) {
        for (const GanttInterval& item : *items) {
            layout.kinds |= 1U << static_cast<unsigned>(item.kind);
        }
    }
    return layout;
}

std::span<const GanttInterval>::iterator firstEndingAfter(std::span<const GanttInterval> items,
                                                          double t) {
    return std::partition_point(items.begin(), items.end(), [t](const GanttInterval& item) {
        return static_cast<double>(item.end) <= t;
    });
}

const GanttInterval* intervalAt(std::span<const GanttInterval> items, double t) {
    auto it = firstEndingAfter(items, t);
    if (it == items.end() || static_cast<double>(it->start) > t) {
        return nullptr;
    }
    return &*it;
}

}  // namespace schedlab::ui
