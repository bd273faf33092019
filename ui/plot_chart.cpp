#include "ui/plot_chart.hpp"

#include <qcustomplot.h>

#include "ui/compare_chart.hpp"
#include "ui/gantt_chart.hpp"
#include "ui/levels_chart.hpp"
#include "ui/utilization_chart.hpp"

namespace schedlab::ui {

PlotChart::~PlotChart() = default;

QCPTextElement* PlotChart::titleElement() const {
    for (QCPLayoutElement* element : plot()->plotLayout()->elements(true)) {
        if (auto* text = qobject_cast<QCPTextElement*>(element)) {
            return text;
        }
    }
    return nullptr;
}

QString PlotChart::title() const {
    const QCPTextElement* element = titleElement();
    return element ? element->text() : QString();
}

void PlotChart::render(QCPPainter& painter, const QRect& target, const ChartStyle& style) {
    QCustomPlot* customPlot = plot();
    widget().setPalette(themePalette(style.dark));  // the widgets restyle on PaletteChange
    // Never shown, so no layout overrides these sizes; the plot lays itself out in its viewport.
    widget().resize(target.size());
    customPlot->resize(target.size());
    customPlot->setViewport(QRect(QPoint(0, 0), target.size()));
    fitToSize();
    QCPTextElement* element = titleElement();
    const QString own = element ? element->text() : QString();
    if (element && !style.title.isEmpty()) {
        element->setText(style.title);
    }
    customPlot->replot(QCustomPlot::rpImmediateRefresh);  // runs the widgets' size adaptations
    painter.save();
    painter.translate(target.topLeft());
    customPlot->toPainter(&painter, target.width(), target.height());
    painter.restore();
    if (element) {
        element->setText(own);
    }
}

namespace {

class GanttPlotChart : public PlotChart {
public:
    explicit GanttPlotChart(const ChartData& data) {
        m_chart.setRun(data.run);
        m_chart.setTime(data.time);
    }

private:
    QWidget& widget() override { return m_chart; }
    QCustomPlot* plot() const override { return m_chart.plot(); }
    void fitToSize() override { m_chart.fit(); }

    GanttChart m_chart;
};

class UtilizationPlotChart : public PlotChart {
public:
    explicit UtilizationPlotChart(const ChartData& data) {
        m_chart.setRun(data.run);
        m_chart.setTime(data.time);
    }

private:
    QWidget& widget() override { return m_chart; }
    QCustomPlot* plot() const override { return m_chart.plot(); }
    void fitToSize() override { m_chart.fit(); }

    UtilizationChart m_chart;
};

// The title the Compare tab gives its chart.
QString compareTitle(const ChartData& data) {
    const QString name =
        data.run ? QString::fromStdString(data.run->workload.name) : QString();
    return name.isEmpty()
               ? QCoreApplication::translate("schedlab::ui::CompareTab", "Policies compared")
               : QCoreApplication::translate("schedlab::ui::CompareTab", "%1: policies compared")
                     .arg(name);
}

class ComparePlotChart : public PlotChart {
public:
    explicit ComparePlotChart(const ChartData& data) {
        m_chart.setEntries(data.comparison, compareTitle(data));
    }

private:
    QWidget& widget() override { return m_chart; }
    QCustomPlot* plot() const override { return m_chart.plot(); }
    void fitToSize() override {}

    CompareChart m_chart;
};

class LevelsPlotChart : public PlotChart {
public:
    explicit LevelsPlotChart(const ChartData& data) {
        m_chart.setRun(data.run);
        m_chart.setTime(data.time);
    }

private:
    QWidget& widget() override { return m_chart; }
    QCustomPlot* plot() const override { return m_chart.plot(); }
    void fitToSize() override { m_chart.fit(); }

    LevelsChart m_chart;
};

}  // namespace

std::unique_ptr<Chart> makeGanttChart(const ChartData& data) {
    return std::make_unique<GanttPlotChart>(data);
}

std::unique_ptr<Chart> makeUtilizationChart(const ChartData& data) {
    return std::make_unique<UtilizationPlotChart>(data);
}

std::unique_ptr<Chart> makeCompareChart(const ChartData& data) {
    return std::make_unique<ComparePlotChart>(data);
}

std::unique_ptr<Chart> makeLevelsChart(const ChartData& data) {
    return std::make_unique<LevelsPlotChart>(data);
}

}  // namespace schedlab::ui
