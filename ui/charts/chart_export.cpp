#include "charts/chart_export.hpp"

#include <qcustomplot.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <cmath>

#include "charts/chart_style.hpp"
#include "charts/compare_chart.hpp"
#include "charts/gantt_chart.hpp"
#include "charts/utilization_chart.hpp"

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

bool checkTarget(const QString& path, QSize size, QString* error) {
    if (!chartFormatForPath(path)) {
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
    return true;
}

// Fonts are resolved at the device's dpi; every device paints at 96 so that a 12 pt label is
// 16 logical pixels everywhere, and the painter's scale does the rest.
constexpr double kLogicalDpi = 96;
constexpr double kInchesPerMeter = 1 / 0.0254;

// Draws the chart over the whole device, whose size in device pixels is `device`.
void paintChart(QCPPainter& painter, Chart& chart, QSizeF device,
                const ExportSettings& settings, const ChartStyle& style) {
    const QSize logical = settings.logicalSize();
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    painter.scale(device.width() / logical.width(), device.height() / logical.height());
    chart.render(painter, QRect(QPoint(0, 0), logical), style);
}

bool writeSvg(Chart& chart, const QString& path, const ExportSettings& settings,
              const ChartStyle& style) {
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(settings.size);
    generator.setViewBox(QRect(QPoint(0, 0), settings.size));
    generator.setResolution(int(kLogicalDpi));
    generator.setTitle(chart.title());
    generator.setDescription(QStringLiteral("SchedLab"));
    QCPPainter painter;
    if (!painter.begin(&generator)) {
        return false;
    }
    painter.setMode(QCPPainter::pmVectorized);
    paintChart(painter, chart, settings.size, settings, style);
    return painter.end();
}

bool writePdf(Chart& chart, const QString& path, const ExportSettings& settings,
              const ChartStyle& style) {
    QPdfWriter writer(path);
    writer.setCreator(QStringLiteral("SchedLab"));
    writer.setTitle(chart.title());
    writer.setResolution(int(kLogicalDpi));
    const QSizeF points(settings.size.width() * 72.0 / settings.dpi,
                        settings.size.height() * 72.0 / settings.dpi);
    writer.setPageSize(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QCPPainter painter;
    if (!painter.begin(&writer)) {
        return false;
    }
    painter.setMode(QCPPainter::pmVectorized);
    paintChart(painter, chart, QSizeF(writer.width(), writer.height()), settings, style);
    return painter.end();
}

bool writeChart(Chart& chart, ChartFormat format, const QString& path,
                const ExportSettings& settings, const ChartStyle& style) {
    switch (format) {
        case ChartFormat::Png:
            return renderChartImage(chart, settings, style).save(path, "PNG");
        case ChartFormat::Svg:
            return writeSvg(chart, path, settings, style);
        case ChartFormat::Pdf:
            return writePdf(chart, path, settings, style);
    }
    return false;
}

}  // namespace

QImage renderChartImage(Chart& chart, const ExportSettings& settings, const ChartStyle& style) {
    QImage image(settings.size, QImage::Format_ARGB32_Premultiplied);
    const int logicalDpm = int(std::lround(kLogicalDpi * kInchesPerMeter));
    image.setDotsPerMeterX(logicalDpm);
    image.setDotsPerMeterY(logicalDpm);
    image.fill(themePalette(style.dark).color(QPalette::Window));
    {
        QCPPainter painter(&image);
        paintChart(painter, chart, settings.size, settings, style);
    }
    const int dpm = int(std::lround(settings.dpi * kInchesPerMeter));  // tagged after painting
    image.setDotsPerMeterX(dpm);
    image.setDotsPerMeterY(dpm);
    return image;
}

bool exportChart(Chart& chart, const QString& path, const ExportSettings& settings,
                 const ChartStyle& style, QString* error) {
    if (!checkTarget(path, settings.size, error)) {
        return false;
    }
    if (!writeChart(chart, *chartFormatForPath(path), path, settings, style) ||
        QFileInfo(path).size() <= 0) {
        return fail(error, ChartExport::tr("%1: cannot write the image.").arg(path));
    }
    return true;
}

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
    if (!plot) {
        return fail(error, ChartExport::tr("There is no chart to export."));
    }
    if (!checkTarget(path, size, error)) {
        return false;
    }
    if (!render(plot, *chartFormatForPath(path), path, size) || QFileInfo(path).size() <= 0) {
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
