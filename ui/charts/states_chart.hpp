#pragma once
// The "states" chart: one instant of a run as the app's Run tab shows it, the queue view (CPUs,
// ready queues, blocked processes) beside the five-state diagram, under a title with the time.
// Both are the app's own widgets, replayed to the instant by a PlaybackController.

#include "charts/chart.hpp"

namespace schedlab::ui {

/// The states chart of `data.run` at `data.time` (the middle of the run when negative).
std::unique_ptr<Chart> makeStatesChart(const ChartData& data);

}  // namespace schedlab::ui
