// ExportDialog: the kinds the run can make, a preview and files drawn exactly as
// renderChartImage() and exportChart() draw them for the same options (so as
// `schedlab-cli export` does), custom sizes computed as the command's flags, clear errors.

#include "ui/export_dialog.hpp"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>

#include "chart_test_runs.hpp"
#include "charts/chart_registry.hpp"
#include "engine/simulation.hpp"

namespace schedlab::ui {
namespace {

QByteArray contents(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ChartData rrData() {
    ChartData data;
    data.run = testing::makeRun(testing::ioWorkload());
    for (const char* name : {"fcfs", "sjf"}) {
        auto workload = testing::ioWorkload();
        workload.policy = engine::PolicyConfig{name};
        data.comparison.push_back({name, engine::simulate(workload).summary});
    }
    data.time = 12;
    return data;
}

class ExportDialogTest : public ::testing::Test {
protected:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

TEST_F(ExportDialogTest, OffersTheKindsTheRunCanMake) {
    ExportDialog rr(rrData(), "io");
    EXPECT_EQ(rr.chartNames(), QStringList({"gantt", "utilization", "compare", "states"}));
    ChartData noComparison;
    noComparison.run = testing::scenarioRun("mlfq-boost.yaml");
    ASSERT_TRUE(noComparison.run);
    ExportDialog mlfq(noComparison, "mlfq");
    EXPECT_EQ(mlfq.chartNames(), QStringList({"gantt", "utilization", "states", "levels"}));
}

TEST_F(ExportDialogTest, ThePreviewIsTheRenderedChart) {
    const ChartData data = rrData();
    ExportDialog dialog(data, "io");
    dialog.setChartName("utilization");
    dialog.setPreset("handout");
    dialog.setDark(true);
    dialog.setTitle("Two CPUs");
    ChartStyle style;
    style.dark = true;
    style.title = "Two CPUs";
    auto chart = makeChart("utilization", data);  // at the playback instant: inside the run
    const QImage expected = renderChartImage(*chart, *exportPreset("handout"), style);
    const QImage preview = dialog.previewImage();
    EXPECT_EQ(preview.size(), QSize(1240, 827));  // #12: 1240 x 2/3 = 826.7, as docs/CLI.md says
    EXPECT_TRUE(preview == expected);
}

TEST_F(ExportDialogTest, SavedFilesEqualWhatTheExportCodeWrites) {
    const ChartData data = rrData();
    ExportDialog dialog(data, "io");
    dialog.setChartName("gantt");
    dialog.setPreset("slide");
    dialog.previewImage();  // drawing the chart once more changes nothing
    dialog.setPreset("print");
    dialog.previewImage();
    dialog.setPreset("slide");
    dialog.setAtInstant(false);  // the whole run, no cursor: as the command without --at
    QSignalSpy saved(&dialog, &ExportDialog::saved);
    QString error;
    ASSERT_TRUE(dialog.saveTo(path("dialog.png"), &error)) << error.toStdString();
    ASSERT_TRUE(dialog.saveTo(path("dialog.svg"), &error)) << error.toStdString();
    ASSERT_TRUE(dialog.saveTo(path("dialog.pdf"), &error)) << error.toStdString();
    EXPECT_EQ(saved.count(), 3);
    EXPECT_EQ(dialog.format(), ChartFormat::Pdf);  // the file name chose the format

    auto chart = makeChart("gantt", ChartData{data.run, {}, -1});
    ASSERT_TRUE(exportChart(*chart, path("cli.png"), *exportPreset("slide"), {}, &error));
    ASSERT_TRUE(exportChart(*chart, path("cli.svg"), *exportPreset("slide"), {}, &error));
    EXPECT_EQ(QImage(path("dialog.png")).size(), QSize(1920, 1080));
    EXPECT_EQ(contents(path("dialog.png")), contents(path("cli.png")));
    EXPECT_EQ(contents(path("dialog.svg")), contents(path("cli.svg")));
    EXPECT_TRUE(contents(path("dialog.svg")).contains("<text"));
    EXPECT_TRUE(contents(path("dialog.pdf")).startsWith("%PDF-"));
}

// #12: the dialog closed after each save; it stays open and says where the file went.
TEST_F(ExportDialogTest, StaysOpenAndSaysWhereItSaved) {
    ExportDialog dialog(rrData(), "io");
    dialog.show();
    auto* said = dialog.findChild<QLabel*>("savedLabel");
    ASSERT_NE(said, nullptr);
    EXPECT_TRUE(said->text().isEmpty());
    QString error;
    ASSERT_TRUE(dialog.saveTo(path("first.png"), &error)) << error.toStdString();
    ASSERT_TRUE(dialog.saveTo(path("second"), &error)) << error.toStdString();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(said->text(), "Saved to " + QDir::toNativeSeparators(path("second.png")));
    EXPECT_TRUE(said->isVisible());
}

TEST_F(ExportDialogTest, TheInstantIsThePlaybackTimeWhenAsked) {
    const ChartData data = rrData();  // time 12
    ExportDialog dialog(data, "io");
    dialog.setChartName("states");
    dialog.setPreset("handout");
    dialog.setAtInstant(true);
    auto at12 = makeChart("states", data);
    const QImage expected = renderChartImage(*at12, *exportPreset("handout"), {});
    EXPECT_TRUE(dialog.previewImage() == expected);
    dialog.setAtInstant(false);
    EXPECT_FALSE(dialog.previewImage() == expected);
}

TEST_F(ExportDialogTest, CustomSizesAreTheCommandsFlags) {
    ExportDialog dialog(rrData(), "io");
    dialog.setPreset("print");
    dialog.setCustomSize(QSize(1000, 600));   // --preset print --size 1000x600
    EXPECT_EQ(dialog.presetName(), "custom");
    ExportSettings expected = exportPreset("print")->withSize(QSize(1000, 600));
    EXPECT_EQ(dialog.settings().size, expected.size);
    EXPECT_DOUBLE_EQ(dialog.settings().scale, expected.scale);
    dialog.setDpi(150);                       // half the resolution: half the pixels
    expected = exportPreset("print")->withDpi(150).withSize(QSize(500, 300));
    EXPECT_EQ(dialog.settings().size, QSize(500, 300));
    EXPECT_DOUBLE_EQ(dialog.settings().dpi, 150);
    EXPECT_DOUBLE_EQ(dialog.settings().scale, expected.scale);
    EXPECT_EQ(dialog.previewImage().size(), QSize(500, 300));
    dialog.setPreset("slide");
    EXPECT_EQ(dialog.settings().size, QSize(1920, 1080));
}

TEST_F(ExportDialogTest, ANameWithoutExtensionGetsTheFormatsAndErrorsAreSentences) {
    ExportDialog dialog(rrData(), "io");
    dialog.setFormat(ChartFormat::Svg);
    QString error;
    ASSERT_TRUE(dialog.saveTo(path("plain"), &error)) << error.toStdString();
    EXPECT_TRUE(QFile::exists(path("plain.svg")));
    EXPECT_FALSE(dialog.saveTo(path("missing/x.png"), &error));
    EXPECT_TRUE(error.contains("the folder does not exist")) << error.toStdString();
}

}  // namespace
}  // namespace schedlab::ui
