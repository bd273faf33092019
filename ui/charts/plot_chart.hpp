#pragma once
// A Chart drawn by one of the app's QCustomPlot chart widgets (GanttChart, UtilizationChart,
// CompareChart, LevelsChart): the widget is built off screen, given the theme and the target
// size, fitted, and its plot drawn into the painter as vectors. So an export is exactly what the
// app's widget shows at that size.

#include <memory>

#include "charts/chart.hpp"

class QCustomPlot;
class QCPTextElement;
class QWidget;

namespace schedlab::ui {

class PlotChart : public Chart {
public:
    ~PlotChart() override;
    QString title() const override;
    void render(QCPPainter& painter, const QRect& target, const ChartStyle& style) override;

protected:
    /// The chart widget, and the plot inside it.
    virtual QWidget& widget() = 0;
    virtual QCustomPlot* plot() const = 0;
    /// Called after the plot took the target's size, before it is drawn: fit the data to it.
    virtual void fitToSize() = 0;

private:
    QCPTextElement* titleElement() const;
};

/// The chart kinds drawn by QCustomPlot widgets, for chart_registry.cpp.
std::unique_ptr<Chart> makeGanttChart(const ChartData& data);
std::unique_ptr<Chart> makeUtilizationChart(const ChartData& data);
std::unique_ptr<Chart> makeCompareChart(const ChartData& data);
std::unique_ptr<Chart> makeLevelsChart(const ChartData& data);

}  // namespace schedlab::ui
