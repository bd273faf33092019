#pragma once
// Charts to files: PNG, SVG or PDF by the file's extension, at a given size in pixels. Works
// without a display (QT_QPA_PLATFORM=offscreen), so schedlab-cli export draws with the same code
// as the app. Needs a QApplication.

#include <QSize>
#include <QString>
#include <optional>

#include "charts/chart.hpp"
#include "charts/export_settings.hpp"
#include "charts/interval_plottable.hpp"
#include "charts/utilization_series.hpp"
#include "engine/types.hpp"
#include "models/compare_model.hpp"
#include "models/run.hpp"

class QCustomPlot;
class QImage;
class QWidget;

namespace schedlab::ui {

enum class ChartFormat { Png, Svg, Pdf };

/// The format for a file name (.png, .svg, .pdf, any case), or nothing for other extensions.
std::optional<ChartFormat> chartFormatForPath(const QString& path);

/// Renders `plot` to `path` at `size` pixels (PDF: points at screen resolution). On failure
/// returns false and, when `error` is given, says why in a sentence.
bool exportChart(QCustomPlot* plot, const QString& path, QSize size, QString* error = nullptr);

/// The same for a chart widget (GanttChart, UtilizationChart, CompareChart, ...): renders the
/// QCustomPlot inside it.
bool exportChart(QWidget* chart, const QString& path, QSize size, QString* error = nullptr);

/// Draws `chart` to `path` (PNG, SVG or PDF by the extension) at `settings` in `style`: a PNG
/// of settings.size pixels tagged with settings.dpi, an SVG of that size with text as text, a
/// one-page vector PDF of settings.size / settings.dpi inches. On failure returns false and,
/// when `error` is given, says why in a sentence.
bool exportChart(Chart& chart, const QString& path, const ExportSettings& settings,
                 const ChartStyle& style, QString* error = nullptr);

/// `chart` as an image at `settings` (for previews and the clipboard).
QImage renderChartImage(Chart& chart, const ExportSettings& settings, const ChartStyle& style);

enum class RunChartKind { Gantt, Utilization };

struct RunChartOptions {
    engine::Tick time = -1;  ///< where to draw the "now" cursor; negative = no cursor
    GanttColorMode colorMode = GanttColorMode::ByProcess;
    UtilizationMode utilizationMode = UtilizationMode::Cumulative;
    engine::Tick window = 0;  ///< moving window in ticks; 0 = the chart's default
};

/// Builds a chart for a finished run off screen, in the light export palette, fitted to the
/// whole run, and renders it to `path`.
bool exportRunChart(const models::RunPtr& run, RunChartKind kind, const QString& path, QSize size,
                    QString* error = nullptr, const RunChartOptions& options = {});

/// The comparison bar charts for `entries` (one per policy), drawn off screen and rendered to
/// `path`; `title` goes on top.
bool exportCompareChart(const std::vector<models::CompareEntry>& entries, const QString& title,
                        const QString& path, QSize size, QString* error = nullptr);

}  // namespace schedlab::ui
