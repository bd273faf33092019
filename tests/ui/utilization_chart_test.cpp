// UtilizationChart and its series: cumulative and moving-window utilization, per CPU graphs,
// processes blocked on I/O, the cursor and scrubbing.

#include "charts/utilization_chart.hpp"

#include <gtest/gtest.h>
#include <qcustomplot.h>

#include <QSignalSpy>
#include <QTest>
#include <cmath>

#include "chart_test_runs.hpp"
#include "charts/gantt_layout.hpp"

namespace schedlab::ui {
namespace {

using testing::ioWorkload;
using testing::makeRun;
using testing::textbookRr;

double lastValue(QCPGraph* graph) { return (graph->data()->constEnd() - 1)->value; }

TEST(BusyProfileTest, IntegratesBusyCpus) {
    std::vector<engine::Slice> slices{{0, 0, 0, 4}, {1, 1, 2, 6}, {0, 2, 8, 10}};
    BusyProfile all(slices, -1);
    EXPECT_DOUBLE_EQ(all.busyBefore(0), 0);
    EXPECT_DOUBLE_EQ(all.busyBefore(3), 3 + 1);
    EXPECT_DOUBLE_EQ(all.busyBefore(10), 4 + 4 + 2);
    EXPECT_DOUBLE_EQ(all.busyBefore(100), 10);
    BusyProfile cpu1(slices, 1);
    EXPECT_DOUBLE_EQ(cpu1.busyBefore(5), 3);
    // Two CPUs over [0, 10): 10 busy ticks of 20.
    EXPECT_DOUBLE_EQ(utilizationAt(all, 2, 0, 10, UtilizationMode::Cumulative, 1), 50.0);
    // The last 4 ticks, [6, 10): CPU 0 busy 2 of them, CPU 1 none.
    EXPECT_DOUBLE_EQ(utilizationAt(all, 2, 0, 10, UtilizationMode::MovingWindow, 4), 25.0);
}

TEST(UtilizationChartTest, CumulativeEndsAtTheRunsUtilization) {
    auto run = makeRun(ioWorkload());
    UtilizationChart chart;
    chart.setRun(run);
    EXPECT_EQ(chart.mode(), UtilizationChart::Mode::Cumulative);
    EXPECT_NEAR(lastValue(chart.totalGraph()), run->result.summary.cpuUtilization * 100.0, 1e-9);
    ASSERT_EQ(chart.cpuGraphs().size(), 2);
    for (int cpu = 0; cpu < 2; ++cpu) {
        EXPECT_NEAR(lastValue(chart.cpuGraphs()[cpu]),
                    run->result.summary.perCpuUtilization[static_cast<std::size_t>(cpu)] * 100.0,
                    1e-9);
    }
    for (auto it = chart.totalGraph()->data()->constBegin();
         it != chart.totalGraph()->data()->constEnd(); ++it) {
        EXPECT_GE(it->value, 0.0);
        EXPECT_LE(it->value, 100.0 + 1e-9);
    }
}

TEST(UtilizationChartTest, OneCpuHasOnlyTheTotal) {
    UtilizationChart chart;
    chart.setRun(makeRun(textbookRr()));
    EXPECT_TRUE(chart.cpuGraphs().isEmpty());
    EXPECT_NEAR(lastValue(chart.totalGraph()), 100.0, 1e-9);
}

TEST(UtilizationChartTest, MovingWindowFollowsTheWindow) {
    auto run = makeRun(ioWorkload());
    UtilizationChart chart;
    chart.setRun(run);
    const auto makespan = run->result.summary.makespan;
    EXPECT_EQ(chart.window(),
              std::max<engine::Tick>(1, std::llround(static_cast<double>(makespan) / 20.0)));
    chart.setMode(UtilizationChart::Mode::MovingWindow);
    chart.setWindow(5);
    EXPECT_EQ(chart.window(), 5);
    // Every sample is the busy share of the 5 ticks before it.
    BusyProfile profile(run->result.slices, -1);
    const auto start = run->result.summary.start;
    for (auto it = chart.totalGraph()->data()->constBegin();
         it != chart.totalGraph()->data()->constEnd(); ++it) {
        const double from = std::max(static_cast<double>(start), it->key - 5);
        const double expected = 100.0 * (profile.busyBefore(it->key) - profile.busyBefore(from)) /
                                ((it->key - from) * 2);
        EXPECT_NEAR(it->value, expected, 1e-9) << "at " << it->key;
    }
    chart.setWindow(0);
    EXPECT_EQ(chart.window(), 1);
}

TEST(UtilizationChartTest, BlockedCountMatchesTheIntervals) {
    auto run = makeRun(ioWorkload());
    const ChartSeries series = blockedSeries(*run);
    auto intervals = processStateIntervals(*run);
    int most = 0;  // the workload does I/O: some tick must count a blocked process
    for (engine::Tick t = run->result.summary.start; t < run->result.summary.end; ++t) {
        int expected = 0;
        for (const auto& item : intervals) {
            expected += item.kind == IntervalKind::Blocked && item.start <= t && t < item.end;
        }
        // The step in force at t is the last key <= t.
        auto it = std::upper_bound(series.keys.begin(), series.keys.end(), static_cast<double>(t));
        const auto index = static_cast<qsizetype>(it - series.keys.begin()) - 1;
        EXPECT_EQ(series.values[index], expected) << "at " << t;
        most = std::max(most, expected);
    }
    EXPECT_GE(most, 2);
}

TEST(UtilizationChartTest, CursorAndScrubbing) {
    UtilizationChart chart;
    chart.resize(900, 500);
    chart.setRun(makeRun(ioWorkload()));
    chart.setTime(9);
    EXPECT_DOUBLE_EQ(chart.cursorKey(), 9.0);
    chart.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&chart));
    chart.plot()->replot();
    QSignalSpy spy(&chart, &UtilizationChart::timeClicked);
    const QRect area = chart.timeAxisArea();
    QCPAxis* time = chart.blockedGraph()->keyAxis();
    const auto x = static_cast<int>(std::lround(time->coordToPixel(20)));
    QTest::mouseClick(chart.plot(), Qt::LeftButton, {}, QPoint(x, area.center().y()));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).value<engine::Tick>(), 20);
}

}  // namespace
}  // namespace schedlab::ui
