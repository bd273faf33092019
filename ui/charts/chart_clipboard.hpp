#pragma once
// Edit > Copy chart: a chart as an image on the clipboard, drawn by the export code at the slide
// preset, ready to paste into a slide or a document.

#include <QString>

#include "charts/chart.hpp"

namespace schedlab::ui {

/// Draws the chart of kind `kind` (a chart registry name) for `data` at the slide preset in the
/// light theme and puts it on the clipboard. False, with the reason in `error`, when the chart
/// cannot be made from `data`.
bool copyChartToClipboard(const QString& kind, const ChartData& data, QString* error = nullptr);

}  // namespace schedlab::ui
