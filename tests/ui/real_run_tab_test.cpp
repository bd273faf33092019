// RealRunTab: a short lockstep run fills both charts, the table and the differences; the pair
// of charts exports like every chart.

#include "ui/real_run_tab.hpp"

#include <gtest/gtest.h>
#include <qcustomplot.h>

#include <QImage>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>

#include "engine/policy_spec.hpp"
#include "models/real_error_model.hpp"
#include "models/real_runner.hpp"
#include "ui/chart_export.hpp"
#include "ui/gantt_chart.hpp"
#include "ui/real_run_chart.hpp"

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

}  // namespace
}  // namespace schedlab::ui
