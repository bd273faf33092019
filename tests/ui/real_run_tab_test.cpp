// RealRunTab: a short lockstep run fills both charts, the table and the differences; the pair
// of charts exports like every chart.

#include "ui/real_run_tab.hpp"

#include <gtest/gtest.h>
#include <qcustomplot.h>

#include <QImage>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>

#include "charts/chart_export.hpp"
#include "charts/gantt_chart.hpp"
#include "charts/real_run_chart.hpp"
#include "engine/policy_spec.hpp"
#include "engine/simulation.hpp"
#include "language_scope.hpp"
#include "models/real_error_model.hpp"
#include "models/real_runner.hpp"

namespace schedlab::ui {
namespace {

engine::Workload shortWorkload() {
    engine::Workload w;
    w.name = "Short";
    w.policy = *engine::parsePolicySpec("fcfs").policy;
    w.processes = {{"A", 0, 0, {3, 2, 1}}, {"B", 1, 0, {2}}};
    return w;
}

TEST(RealRunTabTest, ALockstepRunShowsBothChartsTheTableAndTheDifferences) {
    RealRunTab tab;
    tab.resize(1000, 800);
    tab.setWorkload(shortWorkload());
    tab.setMode("lockstep");
    tab.setTickMs(5);
    QSignalSpy finished(&tab, &RealRunTab::finished);
    tab.run();
    ASSERT_TRUE(finished.wait(20000));
    ASSERT_TRUE(tab.simulatedChart()->run());
    ASSERT_TRUE(tab.realChart()->run());
    EXPECT_EQ(tab.simulatedChart()->run()->workload.name, "Simulated");
    EXPECT_EQ(tab.realChart()->run()->result.policy, "lockstep, SCHED_FIFO");
    EXPECT_EQ(tab.simulatedChart()->plot()->xAxis->range(),
              tab.realChart()->plot()->xAxis->range());
    tab.simulatedChart()->plot()->xAxis->setRange(10, 20);  // zooming one moves the other
    EXPECT_EQ(tab.realChart()->plot()->xAxis->range(), QCPRange(10, 20));
    EXPECT_EQ(tab.model()->rowCount(), 2);
    auto* text = tab.findChild<QPlainTextEdit*>();
    ASSERT_TRUE(text);
    EXPECT_TRUE(text->toPlainText().contains("lockstep mode"));

    QTemporaryDir dir;
    RealRunChart chart(tab.runner()->result());
    QString path = dir.filePath("real.png");
    QString error;
    ASSERT_TRUE(
        exportChart(chart, path, ExportSettings{}.withSize({1200, 900}), ChartStyle{}, &error))
        << error.toStdString();
    QImage image(path);
    EXPECT_EQ(image.size(), QSize(1200, 900));
}

// A lockstep run made by hand: the simulation, each process on the CPU as simulated.
models::RealResultPtr handMadeResult() {
    auto result = std::make_shared<models::RealResult>();
    auto& run = result->run;
    run.mode = real::RealMode::Lockstep;
    run.linuxPolicy = real::LinuxPolicy::Fifo;
    run.tickMs = 5;
    run.workload = shortWorkload();
    run.simulated = engine::simulate(run.workload);
    run.processes.resize(run.workload.processes.size());
    for (const auto& slice : run.simulated.slices) {
        run.processes[slice.process].cpu.push_back({slice.start * 5000, slice.end * 5000});
    }
    run.notes.push_back(
        {"lockstep mode: the simulation's slices ran in its order, each for its "
         "length of CPU time; only the real overheads differ",
         {}});
    result->comparison = real::compareRun(run);
    return result;
}

// #12: in Chinese the charts were named "Simulated" and "Real (measured)" and every difference
// and note was English.
TEST(RealRunChartTest, Issue12ChartsAndFindingsAreChinese) {
    testing::LanguageScope chinese("zh_CN");
    ASSERT_TRUE(chinese.ok());
    GanttChart simulated;
    GanttChart real;
    const auto result = handMadeResult();
    showRealRun(simulated, real, result);
    EXPECT_EQ(QString::fromStdString(simulated.run()->workload.name), QString::fromUtf8("模拟"));
    EXPECT_EQ(QString::fromStdString(real.run()->workload.name), QString::fromUtf8("真实（实测）"));
    EXPECT_EQ(QString::fromStdString(real.run()->result.policy),
              QString::fromUtf8("锁步, SCHED_FIFO"));
    const QStringList findings = realRunFindings(*result);
    ASSERT_GE(findings.size(), 2);
    for (const QString& line : findings) {
        EXPECT_FALSE(line.contains("the simulat")) << line.toStdString();
        EXPECT_TRUE(line.contains(QString::fromUtf8("模式")) ||
                    line.contains(QString::fromUtf8("模拟")))
            << line.toStdString();
    }
}

}  // namespace
}  // namespace schedlab::ui
