#pragma once
// The numbers behind the utilization chart, computed from a run's slices and state intervals:
// utilization over time (cumulative or in a moving window) and processes blocked on I/O.

#include <QVector>
#include <vector>

#include "engine/result.hpp"
#include "models/run.hpp"

namespace schedlab::ui {

/// How many CPUs are busy at each time, as a step function, and its integral.
class BusyProfile {
public:
    BusyProfile() = default;
    /// From the slices of one CPU, or of all CPUs when cpu < 0.
    BusyProfile(const std::vector<engine::Slice>& slices, int cpu);
    /// CPU ticks spent running before time t.
    double busyBefore(double t) const;

private:
    std::vector<engine::Tick> m_times;  ///< where the busy count changes, ascending
    std::vector<double> m_before;       ///< busy CPU ticks before m_times[i]
    std::vector<int> m_level;           ///< busy CPUs from m_times[i] on
};

enum class UtilizationMode { Cumulative, MovingWindow };

struct ChartSeries {
    QVector<double> keys;
    QVector<double> values;
};

/// Utilization in percent of `cpus` CPUs at sampled times t in (start, end]: cumulative =
/// busy in [start, t) / elapsed; moving window = busy in [t - window, t) / window (the window is
/// cut at start). One sample per tick up to maxSamples ticks, evenly spread beyond.
ChartSeries utilizationSeries(const BusyProfile& profile, int cpus, engine::Tick start,
                              engine::Tick end, UtilizationMode mode, engine::Tick window,
                              int maxSamples = 2000);

/// The same at one time t (start < t): the value the chart shows there.
double utilizationAt(const BusyProfile& profile, int cpus, engine::Tick start, double t,
                     UtilizationMode mode, engine::Tick window);

/// Processes blocked on I/O over time as steps: values[i] holds from keys[i] to keys[i + 1].
/// Starts at the run's first arrival and ends at its last completion.
ChartSeries blockedSeries(const models::Run& run);

}  // namespace schedlab::ui
