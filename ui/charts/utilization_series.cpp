#include "charts/utilization_series.hpp"

#include <algorithm>
#include <utility>

#include "charts/gantt_layout.hpp"

namespace schedlab::ui {
namespace {

using engine::Tick;

// (time, +1/-1) changes, sorted by time, folded into distinct times with their new level.
void foldDeltas(std::vector<std::pair<Tick, int>>& deltas, std::vector<Tick>& times,
                std::vector<int>& levels) {
    std::sort(deltas.begin(), deltas.end());
    int level = 0;
    for (const auto& [time, delta] : deltas) {
        level += delta;
        if (!times.empty() && times.back() == time) {
            levels.back() = level;
        } else {
            times.push_back(time);
            levels.push_back(level);
        }
    }
}

}  // namespace

BusyProfile::BusyProfile(const std::vector<engine::Slice>& slices, int cpu) {
    std::vector<std::pair<Tick, int>> deltas;
    deltas.reserve(slices.size() * 2);
    for (const engine::Slice& s : slices) {
        if (cpu < 0 || s.cpu == cpu) {
            deltas.emplace_back(s.start, 1);
            deltas.emplace_back(s.end, -1);
        }
    }
    foldDeltas(deltas, m_times, m_level);
    m_before.resize(m_times.size(), 0.0);
    for (std::size_t i = 1; i < m_times.size(); ++i) {
        m_before[i] = m_before[i - 1] + static_cast<double>(m_level[i - 1]) *
                                            static_cast<double>(m_times[i] - m_times[i - 1]);
    }
}

double BusyProfile::busyBefore(double t) const {
    auto it = std::upper_bound(m_times.begin(), m_times.end(), t, [](double value, Tick time) {
        return value < static_cast<double>(time);
    });
    if (it == m_times.begin()) {
        return 0.0;
    }
    const auto i = static_cast<std::size_t>(it - m_times.begin()) - 1;
    return m_before[i] + static_cast<double>(m_level[i]) * (t - static_cast<double>(m_times[i]));
}

double utilizationAt(const BusyProfile& profile, int cpus, Tick start, double t,
                     UtilizationMode mode, Tick window) {
    const double origin = static_cast<double>(start);
    double from = origin;
    if (mode == UtilizationMode::MovingWindow) {
        from = std::max(origin, t - static_cast<double>(std::max<Tick>(1, window)));
    }
    const double elapsed = (t - from) * std::max(1, cpus);
    if (elapsed <= 0) {
        return 0.0;
    }
    return 100.0 * (profile.busyBefore(t) - profile.busyBefore(from)) / elapsed;
}

ChartSeries utilizationSeries(const BusyProfile& profile, int cpus, Tick start, Tick end,
                              UtilizationMode mode, Tick window, int maxSamples) {
    ChartSeries series;
    const Tick span = end - start;
    if (span <= 0) {
        return series;
    }
    const auto samples = static_cast<int>(std::min<Tick>(span, std::max(1, maxSamples)));
    series.keys.reserve(samples + 1);
    series.values.reserve(samples + 1);
    for (int i = 1; i <= samples; ++i) {
        const double t = static_cast<double>(start) + static_cast<double>(span) * i / samples;
        series.keys.append(t);
        series.values.append(utilizationAt(profile, cpus, start, t, mode, window));
    }
    return series;
}

ChartSeries blockedSeries(const models::Run& run) {
    std::vector<std::pair<Tick, int>> deltas;
    for (const GanttInterval& item : processStateIntervals(run)) {
        if (item.kind == IntervalKind::Blocked) {
            deltas.emplace_back(item.start, 1);
            deltas.emplace_back(item.end, -1);
        }
    }
    std::vector<Tick> times;
    std::vector<int> levels;
    foldDeltas(deltas, times, levels);
    ChartSeries series;
    const Tick start = run.result.summary.start;
    const Tick end = std::max(run.result.summary.end, start);
    series.keys.append(static_cast<double>(start));
    series.values.append(0.0);
    for (std::size_t i = 0; i < times.size(); ++i) {
        series.keys.append(static_cast<double>(times[i]));
        series.values.append(levels[i]);
    }
    series.keys.append(static_cast<double>(end));
    series.values.append(series.values.back());
    return series;
}

}  // namespace schedlab::ui
