#include "charts/chart_clipboard.hpp"

#include <QClipboard>
#include <QGuiApplication>
#include <QImage>

#include "charts/chart_export.hpp"
#include "charts/chart_registry.hpp"

namespace schedlab::ui {

bool copyChartToClipboard(const QString& kind, const ChartData& data, QString* error) {
    auto chart = makeChart(kind, data, error);
    if (!chart) {
        return false;
    }
    QGuiApplication::clipboard()->setImage(
        renderChartImage(*chart, *exportPreset(QStringLiteral("slide")), ChartStyle{}));
    return true;
}

}  // namespace schedlab::ui
