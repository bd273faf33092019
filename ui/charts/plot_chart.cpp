#include "charts/plot_chart.hpp"

#include <qcustomplot.h>

#include "charts/compare_chart.hpp"
#include "charts/gantt_chart.hpp"
#include "charts/levels_chart.hpp"
#include "charts/utilization_chart.hpp"

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

// The parts every widget-backed chart shares: it owns a `Widget` and draws its plot.
template <class Widget>
class WidgetChart : public PlotChart {
protected:
    QWidget& widget() override { return m_chart; }
    QCustomPlot* plot() const override { return m_chart.plot(); }

    Widget m_chart;
};

// A run over time with the "now" line: the Gantt, utilization and levels charts.
template <class Widget>
class RunChart : public WidgetChart<Widget> {
public:
    explicit RunChart(const ChartData& data) {
        this->m_chart.setRun(data.run);
        this->m_chart.setTime(data.time);
    }

private:
    void fitToSize() override { this->m_chart.fit(); }
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

class ComparePlotChart : public WidgetChart<CompareChart> {
public:
    explicit ComparePlotChart(const ChartData& data) {
        m_chart.setEntries(data.comparison, compareTitle(data));
    }

private:
    void fitToSize() override {}  // the bar charts lay themselves out on replot
};

}  // namespace

std::unique_ptr<Chart> makeGanttChart(const ChartData& data) {
    return std::make_unique<RunChart<GanttChart>>(data);
}

std::unique_ptr<Chart> makeUtilizationChart(const ChartData& data) {
    return std::make_unique<RunChart<UtilizationChart>>(data);
}

std::unique_ptr<Chart> makeCompareChart(const ChartData& data) {
    return std::make_unique<ComparePlotChart>(data);
}

std::unique_ptr<Chart> makeLevelsChart(const ChartData& data) {
    return std::make_unique<RunChart<LevelsChart>>(data);
}

}  // namespace schedlab::ui
