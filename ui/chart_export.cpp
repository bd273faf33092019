#include "ui/chart_export.hpp"

#include <qcustomplot.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSvgGenerator>

#include "ui/chart_style.hpp"
#include "ui/compare_chart.hpp"
#include "ui/gantt_chart.hpp"
#include "ui/utilization_chart.hpp"

namespace schedlab::ui {
namespace {

constexpr int kMinSide = 16;
constexpr int kMaxSide = 20000;

// Context for the translations of this file's messages.
class ChartExport {
    Q_DECLARE_TR_FUNCTIONS(ChartExport)
};

bool fail(QString* error, const QString& message) {
    if (error) {
        *error = message;
    }
    return false;
}

bool saveSvg(QCustomPlot* plot, const QString& path, QSize size) {
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(QStringLiteral("SchedLab"));
    QCPPainter painter;
    if (!painter.begin(&generator)) {
        return false;
    }
    plot->toPainter(&painter, size.width(), size.height());
    return painter.end();
}

bool render(QCustomPlot* plot, ChartFormat format, const QString& path, QSize size) {
    switch (format) {
        case ChartFormat::Png:
            return plot->savePng(path, size.width(), size.height(), 1.0);
        case ChartFormat::Svg:
            return saveSvg(plot, path, size);
        case ChartFormat::Pdf:
            return plot->savePdf(path, size.width(), size.height(), QCP::epNoCosmetic,
                                 QStringLiteral("SchedLab"));
    }
    return false;
}

}  // namespace

std::optional<ChartFormat> chartFormatForPath(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png")) {
        return ChartFormat::Png;
    }
    if (suffix == QLatin1String("svg")) {
        return ChartFormat::Svg;
    }
    if (suffix == QLatin1String("pdf")) {
        return ChartFormat::Pdf;
    }
    return std::nullopt;
}

bool exportChart(QCustomPlot* plot, const QString& path, QSize size, QString* error) {
    const auto format = chartFormatForPath(path);
    if (!plot) {
        return fail(error, ChartExport::tr("There is no chart to export."));
    }
    if (!format) {
        return fail(error,
                    ChartExport::tr("%1: unknown image type; use .png, .svg or .pdf.").arg(path));
    }
    if (size.width() < kMinSide || size.height() < kMinSide || size.width() > kMaxSide ||
        size.height() > kMaxSide) {
        return fail(error,
                    ChartExport::tr("Image size %1x%2 is out of range (%3 to %4 pixels a side).")
                        .arg(size.width())
                        .arg(size.height())
                        .arg(kMinSide)
                        .arg(kMaxSide));
    }
    if (!QFileInfo(path).absoluteDir().exists()) {
        return fail(error, ChartExport::tr("%1: the folder does not exist.").arg(path));
    }
    if (!render(plot, *format, path, size) || QFileInfo(path).size() <= 0) {
        return fail(error, ChartExport::tr("%1: cannot write the image.").arg(path));
    }
    return true;
}

bool exportChart(QWidget* chart, const QString& path, QSize size, QString* error) {
    auto* plot = qobject_cast<QCustomPlot*>(chart);
    if (!plot && chart) {
        plot = chart->findChild<QCustomPlot*>();
    }
    return exportChart(plot, path, size, error);
}

namespace {

bool exportGantt(const models::RunPtr& run, const QString& path, QSize size, QString* error,
                 const RunChartOptions& options) {
    GanttChart chart;
    chart.setPalette(exportPalette());
    chart.plot()->resize(size);  // never shown, so its layout never overrides this
    chart.setColorMode(options.colorMode);
    chart.setRun(run);
    chart.setTime(options.time);
    return exportChart(chart.plot(), path, size, error);
}

bool exportUtilization(const models::RunPtr& run, const QString& path, QSize size, QString* error,
                       const RunChartOptions& options) {
    UtilizationChart chart;
    chart.setPalette(exportPalette());
    chart.plot()->resize(size);
    chart.setRun(run);
    chart.setMode(options.utilizationMode);
    if (options.window > 0) {
        chart.setWindow(options.window);
    }
    chart.setTime(options.time);
    return exportChart(chart.plot(), path, size, error);
}

}  // namespace

bool exportRunChart(const models::RunPtr& run, RunChartKind kind, const QString& path, QSize size,
                    QString* error, const RunChartOptions& options) {
    if (!run) {
        return fail(error, ChartExport::tr("There is no run to draw."));
    }
    if (kind == RunChartKind::Gantt) {
        return exportGantt(run, path, size, error, options);
    }
    return exportUtilization(run, path, size, error, options);
}

bool exportCompareChart(const std::vector<models::CompareEntry>& entries, const QString& title,
                        const QString& path, QSize size, QString* error) {
    CompareChart chart;
    chart.setPalette(exportPalette());
    chart.plot()->resize(size);
    chart.setEntries(entries, title);
    return exportChart(chart.plot(), path, size, error);
}

}  // namespace schedlab::ui
