// The chart widgets and the comparison tab, grabbed as they are drawn on screen.
#include <qcustomplot.h>

#include <QCoreApplication>
#include <QEventLoop>

#include "chart_test_runs.hpp"
#include "charts/gantt_chart.hpp"
#include "charts/utilization_chart.hpp"
#include "gallery.hpp"
#include "ui/compare_tab.hpp"

namespace schedlab::gallery {
namespace {

// Lays the widget out and draws its plot now, so grab() shows the last state and not a replot
// still queued.
template <typename Chart>
bool grabChart(Chart& chart, const QString& path) {
    chart.show();
    QCoreApplication::processEvents();
    chart.plot()->replot();
    return chart.grab().save(path);
}

void writeGanttWidget(Output& out) {
    ui::GanttChart chart;  // with its row scroll bar
    chart.resize(1200, 700);
    chart.setRun(ui::testing::makeRun(ui::testing::hugeWorkload(2000)));
    chart.setTime(12);
    out.record("gantt-widget.png", grabChart(chart, out.path("gantt-widget.png")));
}

void writeUtilizationWidget(Output& out) {
    ui::UtilizationChart chart;  // with its mode controls
    chart.resize(1200, 700);
    chart.setRun(ui::testing::scenarioRun("two-cpus.yaml"));
    chart.setMode(ui::UtilizationChart::Mode::MovingWindow);
    chart.setWindow(3);
    chart.setTime(12);
    out.record("utilization-widget.png", grabChart(chart, out.path("utilization-widget.png")));
}

// The comparison runs on a worker thread: wait for its result (or its failure), then grab.
void writeCompareTab(Output& out) {
    ui::CompareTab tab;
    tab.resize(1400, 900);
    tab.show();
    QEventLoop loop;
    bool done = false;
    QObject::connect(&tab, &ui::CompareTab::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    QObject::connect(&tab, &ui::CompareTab::failed, &loop, [&] { loop.quit(); });
    auto run = ui::testing::scenarioRun("classroom-io.yaml");
    if (run) {
        tab.setWorkload(run->workload);
        tab.run();
        if (tab.isRunning()) {
            loop.exec();
        }
    }
    QCoreApplication::processEvents();
    out.record("compare-tab.png", done && tab.grab().save(out.path("compare-tab.png")));
}

}  // namespace

void writeWidgets(Output& out) {
    writeGanttWidget(out);
    writeUtilizationWidget(out);
    writeCompareTab(out);
}

}  // namespace schedlab::gallery
