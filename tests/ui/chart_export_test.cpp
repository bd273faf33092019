// chart_export: PNG, SVG and PDF files with the right contents and size, errors as messages.

#include "charts/chart_export.hpp"

#include <gtest/gtest.h>

#include <QFile>
#include <QImage>
#include <QTemporaryDir>

#include "chart_test_runs.hpp"
#include "charts/gantt_chart.hpp"
#include "engine/policy_spec.hpp"
#include "engine/simulation.hpp"

namespace schedlab::ui {
namespace {

QByteArray head(const QString& path, int bytes) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(bytes) : QByteArray();
}

class ChartExportTest : public ::testing::Test {
protected:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

TEST_F(ChartExportTest, FormatComesFromTheExtension) {
    EXPECT_EQ(chartFormatForPath("a.png"), ChartFormat::Png);
    EXPECT_EQ(chartFormatForPath("dir/b.SVG"), ChartFormat::Svg);
    EXPECT_EQ(chartFormatForPath("c.pdf"), ChartFormat::Pdf);
    EXPECT_FALSE(chartFormatForPath("d.jpeg").has_value());
    EXPECT_FALSE(chartFormatForPath("noext").has_value());
}

TEST_F(ChartExportTest, EveryFormatHasItsMagicBytes) {
    GanttChart chart;
    chart.setRun(testing::makeRun(testing::ioWorkload()));
    QString error;
    ASSERT_TRUE(exportChart(&chart, path("g.png"), QSize(1000, 600), &error))
        << error.toStdString();
    ASSERT_TRUE(exportChart(&chart, path("g.svg"), QSize(1000, 600), &error))
        << error.toStdString();
    ASSERT_TRUE(exportChart(&chart, path("g.pdf"), QSize(1000, 600), &error))
        << error.toStdString();
    EXPECT_EQ(head(path("g.png"), 8), QByteArray("\x89PNG\r\n\x1a\n"));
    EXPECT_TRUE(head(path("g.svg"), 400).contains("<svg"));
    EXPECT_EQ(head(path("g.pdf"), 5), QByteArray("%PDF-"));
    EXPECT_EQ(QImage(path("g.png")).size(), QSize(1000, 600));
}

TEST_F(ChartExportTest, RunChartsRenderOffscreen) {
    auto run = testing::makeRun(testing::ioWorkload());
    QString error;
    RunChartOptions options;
    options.time = 12;
    for (auto kind : {RunChartKind::Gantt, RunChartKind::Utilization}) {
        const QString file = path(kind == RunChartKind::Gantt ? "gantt.png" : "util.png");
        ASSERT_TRUE(exportRunChart(run, kind, file, QSize(1280, 720), &error, options))
            << error.toStdString();
        const QImage image(file);
        EXPECT_EQ(image.size(), QSize(1280, 720));
        EXPECT_GT(image.convertToFormat(QImage::Format_Indexed8).colorCount(), 8);  // not blank
    }
    ASSERT_TRUE(
        exportRunChart(run, RunChartKind::Utilization, path("util.svg"), QSize(800, 500), &error));
    EXPECT_GT(QFile(path("util.svg")).size(), 1000);
}

TEST_F(ChartExportTest, CompareChartRendersOffscreen) {
    std::vector<models::CompareEntry> entries;
    for (const char* spec : {"fcfs", "sjf", "rr"}) {
        auto workload = testing::ioWorkload();
        workload.policy.name = spec;
        entries.push_back({spec, engine::simulate(workload).summary});
    }
    QString error;
    ASSERT_TRUE(exportCompareChart(entries, "I/O mix", path("c.pdf"), QSize(1200, 800), &error))
        << error.toStdString();
    EXPECT_EQ(head(path("c.pdf"), 5), QByteArray("%PDF-"));
}

TEST_F(ChartExportTest, ProblemsComeBackAsMessages) {
    GanttChart chart;
    chart.setRun(testing::makeRun(testing::textbookRr()));
    QString error;
    EXPECT_FALSE(exportChart(&chart, path("x.gif"), QSize(800, 600), &error));
    EXPECT_TRUE(error.contains(".png")) << error.toStdString();
    EXPECT_FALSE(exportChart(&chart, path("missing/x.png"), QSize(800, 600), &error));
    EXPECT_TRUE(error.contains("folder")) << error.toStdString();
    EXPECT_FALSE(exportChart(&chart, path("x.png"), QSize(0, 600), &error));
    EXPECT_FALSE(
        exportChart(static_cast<QWidget*>(nullptr), path("x.png"), QSize(800, 600), &error));
    EXPECT_FALSE(
        exportRunChart(nullptr, RunChartKind::Gantt, path("x.png"), QSize(800, 600), &error));
}

}  // namespace
}  // namespace schedlab::ui
