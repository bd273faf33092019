// GanttChart and the layout it draws: rows, intervals that match the run exactly, the cursor,
// scrubbing on the time axis, tooltips and a 100,000-process run.

#include "charts/gantt_chart.hpp"

#include <gtest/gtest.h>
#include <qcustomplot.h>

#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <cmath>
#include <map>

#include "chart_test_runs.hpp"

namespace schedlab::ui {
namespace {

using testing::ioWorkload;
using testing::makeRun;
using testing::textbookRr;

std::vector<GanttInterval> ofKind(std::span<const GanttInterval> items, IntervalKind kind) {
    std::vector<GanttInterval> out;
    for (const auto& item : items) {
        if (item.kind == kind) {
            out.push_back(item);
        }
    }
    return out;
}

engine::Tick total(const std::vector<GanttInterval>& items) {
    engine::Tick sum = 0;
    for (const auto& item : items) {
        sum += item.end - item.start;
    }
    return sum;
}

TEST(GanttChartTest, OneRowPerProcessThenOnePerCpu) {
    GanttChart chart;
    chart.setRun(makeRun(textbookRr()));
    EXPECT_EQ(chart.rowCount(), 3 + 1);
    auto ticker = chart.plot()->yAxis->ticker().dynamicCast<RowTicker>();
    ASSERT_TRUE(ticker);
    ticker->setStride(1);   // every row (the spacing is tested below)
    QVector<double> ticks;
    QVector<QString> labels;
    ticker->generate(QCPRange(-0.5, 3.5), QLocale(), 'g', 0, ticks, nullptr, &labels);
    EXPECT_EQ(labels, (QVector<QString>{"P1", "P2", "P3", "CPU 0"}));

    chart.setRun(makeRun(ioWorkload()));
    EXPECT_EQ(chart.rowCount(), 5 + 2);
}

// Issue #9: a large run labels only the rows in view, never closer than a label's height.
TEST(GanttChartTest, RowLabelsAreMadeForTheRowsInViewAndDoNotOverlap) {
    engine::Workload w;
    w.policy.name = "fcfs";
    for (int p = 0; p < 5000; ++p) {
        w.processes.push_back({"P" + std::to_string(p + 1), p, 0, {1}});
    }
    GanttChart chart;
    chart.resize(900, 500);
    chart.setRun(makeRun(w));
    chart.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&chart));
    chart.plot()->yAxis->setRange(99.5, 1099.5);   // a thousand rows in some 400 pixels
    chart.plot()->replot();
    chart.plot()->replot();   // the first lays out, the second uses the new spacing
    const QVector<double> ticks = chart.plot()->yAxis->tickVector();
    const QVector<QString> labels = chart.plot()->yAxis->tickVectorLabels();
    ASSERT_FALSE(ticks.isEmpty());
    EXPECT_GE(ticks.front(), 99.5);
    EXPECT_LE(ticks.back(), 1099.5);
    const double labelHeight = QFontMetricsF(chart.plot()->yAxis->tickLabelFont()).height();
    for (int i = 1; i < ticks.size(); ++i) {
        const double gap = chart.plot()->yAxis->coordToPixel(ticks[i]) -
                           chart.plot()->yAxis->coordToPixel(ticks[i - 1]);
        EXPECT_GE(gap, labelHeight) << labels[i - 1].toStdString() << " and "
                                    << labels[i].toStdString();
    }
    EXPECT_EQ(labels.front(), QString("P%1").arg(ticks.front() + 1));
}

TEST(GanttChartTest, RunningIntervalsOfP1AreItsSlices) {
    auto run = makeRun(textbookRr());
    GanttChart chart;
    chart.setRun(run);
    auto running = ofKind(chart.layout().row(0), IntervalKind::Running);
    std::vector<engine::Slice> slices;
    for (const auto& s : run->result.slices) {
        if (s.process == 0) {
            slices.push_back(s);
        }
    }
    ASSERT_EQ(running.size(), slices.size());
    for (std::size_t i = 0; i < slices.size(); ++i) {
        EXPECT_EQ(running[i].start, slices[i].start);
        EXPECT_EQ(running[i].end, slices[i].end);
        EXPECT_EQ(running[i].cpu, slices[i].cpu);
    }
    // Silberschatz: P1 runs 0-4, waits for P2 and P3 until 10, then runs to 30.
    auto ready = ofKind(chart.layout().row(0), IntervalKind::Ready);
    ASSERT_EQ(ready.size(), 1u);
    EXPECT_EQ(ready[0].start, 4);
    EXPECT_EQ(ready[0].end, 10);
}

// Between arrival and completion a process is always running, ready or blocked, so its row's
// intervals tile [arrival, completion) and add up to its metrics.
void expectRowsTile(const models::Run& run, const GanttLayout& layout) {
    for (int p = 0; p < layout.processCount; ++p) {
        const auto row = layout.row(p);
        const auto& m = run.result.processes[static_cast<std::size_t>(p)];
        ASSERT_FALSE(row.empty());
        EXPECT_EQ(row.front().start, m.arrival) << "process " << p;
        EXPECT_EQ(row.back().end, m.completion) << "process " << p;
        for (std::size_t i = 1; i < row.size(); ++i) {
            EXPECT_EQ(row[i - 1].end, row[i].start) << "process " << p << " interval " << i;
        }
        EXPECT_EQ(total(ofKind(row, IntervalKind::Running)), m.cpu);
        EXPECT_EQ(total(ofKind(row, IntervalKind::Ready)), m.waiting);
        EXPECT_EQ(total(ofKind(row, IntervalKind::Blocked)), m.io);
    }
}

TEST(GanttChartTest, StatesTileArrivalToCompletion) {
    auto run = makeRun(ioWorkload());
    GanttChart chart;
    chart.setRun(run);
    expectRowsTile(*run, chart.layout());
    EXPECT_FALSE(chart.layout().overlays.empty());  // context switches cost a tick here
}

TEST(GanttChartTest, WithoutEventsTheSameIntervalsComeFromBursts) {
    engine::SimulationOptions options;
    options.recordEvents = false;
    auto withEvents = buildGanttLayout(*makeRun(ioWorkload()));
    auto quiet = makeRun(ioWorkload(), options);
    auto withoutEvents = buildGanttLayout(*quiet);
    expectRowsTile(*quiet, withoutEvents);
    ASSERT_EQ(withEvents.intervals.size(), withoutEvents.intervals.size());
    for (std::size_t i = 0; i < withEvents.intervals.size(); ++i) {
        const auto& a = withEvents.intervals[i];
        const auto& b = withoutEvents.intervals[i];
        EXPECT_EQ(std::tuple(a.row, a.start, a.end, a.kind),
                  std::tuple(b.row, b.start, b.end, b.kind));
    }
}

TEST(GanttChartTest, CpuRowsShowWhatRanAndIdleGaps) {
    auto run = makeRun(ioWorkload());
    auto layout = buildGanttLayout(*run);
    for (int cpu = 0; cpu < 2; ++cpu) {
        const auto row = layout.row(layout.cpuRow(cpu));
        EXPECT_EQ(row.front().start, run->result.summary.start);
        EXPECT_EQ(row.back().end, run->result.summary.end);
        for (std::size_t i = 1; i < row.size(); ++i) {
            EXPECT_EQ(row[i - 1].end, row[i].start);
        }
        engine::Tick busy = 0;
        for (const auto& s : run->result.slices) {
            busy += s.cpu == cpu ? s.end - s.start : 0;
        }
        EXPECT_EQ(total(ofKind(row, IntervalKind::CpuBusy)), busy);
        EXPECT_GT(total(ofKind(row, IntervalKind::CpuIdle)), 0);
    }
}

TEST(GanttChartTest, FreeContextSwitchesAreMarkedOnTheCpuRow) {
    auto layout = buildGanttLayout(*makeRun(textbookRr()));
    const auto marks = layout.rowOverlays(layout.cpuRow(0));
    ASSERT_EQ(marks.size(), 3u);  // P1 -> P2 -> P3 -> P1, as the metric counts
    EXPECT_EQ(marks[0].start, 4);
    EXPECT_EQ(marks[1].start, 7);
    EXPECT_EQ(marks[2].start, 10);
}

TEST(GanttChartTest, SetTimeMovesTheCursor) {
    GanttChart chart;
    chart.setRun(makeRun(textbookRr()));
    EXPECT_TRUE(std::isnan(chart.cursorKey()));
    chart.setTime(7);
    EXPECT_EQ(chart.time(), 7);
    EXPECT_DOUBLE_EQ(chart.cursorKey(), 7.0);
    chart.setTime(12);
    EXPECT_DOUBLE_EQ(chart.cursorKey(), 12.0);
    chart.setTime(-1);
    EXPECT_TRUE(std::isnan(chart.cursorKey()));
}

TEST(GanttChartTest, PressingOnTheTimeAxisAsksForThatTime) {
    GanttChart chart;
    chart.resize(900, 500);
    chart.setRun(makeRun(textbookRr()));
    chart.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&chart));
    chart.plot()->replot();
    QSignalSpy spy(&chart, &GanttChart::timeClicked);
    const QRect area = chart.timeAxisArea();
    ASSERT_FALSE(area.isEmpty());
    const auto x = static_cast<int>(std::lround(chart.plot()->xAxis->coordToPixel(10)));
    QTest::mouseClick(chart.plot(), Qt::LeftButton, {}, QPoint(x, area.center().y()));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).value<engine::Tick>(), 10);

    // A click inside the plot area is a pan, not a time.
    QTest::mouseClick(chart.plot(), Qt::LeftButton, {}, chart.plot()->axisRect()->rect().center());
    EXPECT_EQ(spy.count(), 1);
}

TEST(GanttChartTest, TooltipNamesProcessStateIntervalAndCpu) {
    GanttChart chart;
    chart.resize(900, 500);
    chart.setRun(makeRun(textbookRr()));
    chart.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&chart));
    chart.plot()->replot();
    auto at = [&](double t, int row) {
        return QPoint(static_cast<int>(std::lround(chart.plot()->xAxis->coordToPixel(t))),
                      static_cast<int>(std::lround(chart.plot()->yAxis->coordToPixel(row))));
    };
    const QString running = chart.toolTipAt(at(1.5, 0));
    EXPECT_TRUE(running.contains("P1"));
    EXPECT_TRUE(running.contains("running on CPU 0"));
    EXPECT_TRUE(running.contains("[0, 4)"));
    const QString ready = chart.toolTipAt(at(5.5, 0));
    EXPECT_TRUE(ready.contains("ready"));
    EXPECT_TRUE(ready.contains("[4, 10)"));
    const QString cpu = chart.toolTipAt(at(5.5, 3));
    EXPECT_TRUE(cpu.contains("CPU 0"));
    EXPECT_TRUE(cpu.contains("P2"));
}

TEST(GanttChartTest, ColourModesChangeTheLegend) {
    GanttChart chart;
    chart.setRun(makeRun(ioWorkload()));
    const int byProcess = chart.plot()->legend->itemCount();
    chart.setColorMode(GanttChart::ColorMode::ByCpu);
    EXPECT_EQ(chart.colorMode(), GanttChart::ColorMode::ByCpu);
    EXPECT_EQ(chart.plot()->legend->itemCount(), byProcess + 1);  // one entry per CPU
}

TEST(GanttChartTest, HundredThousandProcessesStayDrawable) {
    auto run = makeRun(testing::hugeWorkload(100'000));
    GanttChart chart;
    chart.resize(1200, 700);
    chart.setRun(run);
    EXPECT_EQ(chart.rowCount(), 100'000 + 4);
    chart.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&chart));
    chart.plot()->replot();  // the whole time range: sub-pixel intervals
    EXPECT_LT(chart.plot()->yAxis->range().size(), 100.0);  // a readable number of rows
    // ... over the whole run, never only the time those rows span (#12): the cursor is on it.
    EXPECT_LE(chart.plot()->xAxis->range().lower, double(run->result.summary.start));
    EXPECT_GE(chart.plot()->xAxis->range().upper, double(run->result.summary.end));
    chart.plot()->xAxis->setRange(1000, 1050);
    chart.plot()->yAxis->setRange(999.5, 1019.5);
    chart.plot()->replot();
    chart.setTime(1020);
    const auto x = chart.plot()->xAxis->coordToPixel(1000.5);
    const auto y = chart.plot()->yAxis->coordToPixel(1000);
    EXPECT_TRUE(
        chart.toolTipAt(QPoint(static_cast<int>(x), static_cast<int>(y))).contains("P1000"));
}

// More rows than fit readably scroll; View > Fit all rows puts every row in view (#12).
TEST(GanttChartTest, ManyRowsScrollAndFitAllRowsShowsThemAll) {
    GanttChart chart;
    chart.resize(700, 360);
    chart.setRun(makeRun(testing::hugeWorkload(30)));
    chart.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&chart));
    EXPECT_FALSE(chart.allRowsVisible());
    EXPECT_TRUE(chart.findChild<QScrollBar*>()->isVisible());
    chart.fitAllRows();
    EXPECT_TRUE(chart.allRowsVisible());
    EXPECT_FALSE(chart.findChild<QScrollBar*>()->isVisible());
    chart.resize(720, 380);  // stays so on a resize
    EXPECT_TRUE(chart.allRowsVisible());
    chart.fit();
    EXPECT_FALSE(chart.allRowsVisible());
}

}  // namespace
}  // namespace schedlab::ui
