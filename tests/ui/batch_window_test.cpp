// BatchWindow: a folder with three good scenario files and a bad one, compared off the GUI thread
// under the default policies: three files x policies rows, the bad file reported with its
// message, the chart of the selected file, the exports.

#include "ui/batch_window.hpp"

#include <gtest/gtest.h>
#include <qcustomplot.h>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include "charts/compare_chart.hpp"
#include "compare/batch_comparison.hpp"
#include "compare/scenario_folder.hpp"
#include "engine/policy_registry.hpp"
#include "engine/policy_spec.hpp"
#include "in_sight.hpp"
#include "models/batch_model.hpp"
#include "ui/compare_table_export.hpp"

namespace schedlab::ui {
namespace {

class BatchWindowTest : public ::testing::Test {
protected:
    void SetUp() override {
        for (const char* name : {"textbook-fcfs.yaml", "textbook-rr.yaml", "two-cpus.yaml"}) {
            ASSERT_TRUE(QFile::copy(QStringLiteral(SCHEDLAB_SOURCE_DIR "/scenarios/") + name,
                                    m_dir.filePath(name)));
        }
        QFile bad(m_dir.filePath("broken.yaml"));
        ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
        bad.write("name: Broken\nprocesses:\n  - {name: P1, arrival: -1, bursts: [5]}\n");
    }

    bool runBatch() {
        QSignalSpy finished(&m_window, &BatchWindow::finished);
        m_window.setFolder(m_dir.path());
        m_window.run();
        return m_window.isRunning() && finished.wait(60000);
    }

    QTemporaryDir m_dir;
    BatchWindow m_window;
};

std::size_t defaultPolicyCount() {
    std::size_t count = 0;
    for (const auto& entry : engine::policyEntries()) {
        count += entry.comparedByDefault ? 1 : 0;
    }
    return count;
}

TEST_F(BatchWindowTest, ComparesTheGoodFilesAndReportsTheBadOne) {
    EXPECT_EQ(std::size_t(m_window.checkedPolicies().size()), defaultPolicyCount());
    ASSERT_TRUE(runBatch());
    EXPECT_EQ(m_window.model()->rowCount(), int(3 * defaultPolicyCount()));
    ASSERT_EQ(m_window.problems().size(), 1);
    EXPECT_TRUE(m_window.problems()[0].contains("broken.yaml:3:25: error: arrival"))
        << m_window.problems()[0].toStdString();
    EXPECT_EQ(m_window.shownFile(), 0);
    EXPECT_EQ(m_window.chart()->bars().first()->data()->size(),
              int(defaultPolicyCount()));  // one bar per policy
}

TEST_F(BatchWindowTest, AddedSpecsAreComparedAndTheTableIsTheCommandsOutput) {
    for (const QString& spec : m_window.checkedPolicies()) {
        m_window.setPolicyChecked(spec, false);
    }
    QString error;
    EXPECT_FALSE(m_window.addPolicy("rr:quantum=zero", &error));
    EXPECT_FALSE(error.isEmpty());
    ASSERT_TRUE(m_window.addPolicy("rr:quantum=2", &error)) << error.toStdString();
    m_window.setPolicyChecked("fcfs", true);
    EXPECT_EQ(m_window.checkedPolicies(), QStringList({"fcfs", "rr:quantum=2"}));
    ASSERT_TRUE(runBatch());
    ASSERT_EQ(m_window.model()->rowCount(), 6);

    // What `schedlab-cli compare FOLDER --policies fcfs,rr:quantum=2 --format csv` writes.
    std::error_code folderError;
    const auto files = compare::scenarioFilesIn(m_dir.path().toStdString(), folderError);
    std::vector<engine::PolicyConfig> policies{*engine::parsePolicySpec("fcfs").policy,
                                               *engine::parsePolicySpec("rr:quantum=2").policy};
    const auto rows = compare::compareFiles(files, policies).rows();
    EXPECT_EQ(report::writeCompareCsv(m_window.model()->rows()), report::writeCompareCsv(rows));
    const QString csv = m_dir.filePath("out/table.csv");
    ASSERT_TRUE(QDir(m_dir.path()).mkdir("out"));
    ASSERT_TRUE(writeCompareTable(m_window.model()->rows(), csv, &error)) << error.toStdString();
    QFile written(csv);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_EQ(written.readAll().toStdString(), report::writeCompareCsv(rows));
}

TEST_F(BatchWindowTest, EveryChartGoesToTheFolder) {
    ASSERT_TRUE(runBatch());
    m_window.showFile(2);
    EXPECT_EQ(m_window.shownFile(), 2);
    QTemporaryDir out;
    QString error;
    const QStringList written = m_window.exportCharts(out.path(), "png", &error);
    ASSERT_EQ(written.size(), 3) << error.toStdString();
    EXPECT_TRUE(written[0].endsWith("/textbook-fcfs-yaml-compare.png"));
    EXPECT_EQ(QImage(written[2]).size(), QSize(1920, 1080));
    EXPECT_TRUE(m_window.exportCharts(out.path() + "/missing", "svg", &error).isEmpty());
    EXPECT_TRUE(error.contains("the folder does not exist")) << error.toStdString();
}

TEST_F(BatchWindowTest, AFolderWithoutScenariosSaysSo) {
    QTemporaryDir empty;
    m_window.setFolder(empty.path());
    m_window.run();
    EXPECT_FALSE(m_window.isRunning());
    EXPECT_EQ(m_window.model()->rowCount(), 0);
    bool said = false;
    for (const QLabel* label : m_window.statusBar()->findChildren<QLabel*>()) {
        said = said || label->text().contains("no .yaml, .yml or .json file in this folder");
    }
    EXPECT_TRUE(said);
}

}  // namespace
}  // namespace schedlab::ui

namespace schedlab::ui {
namespace {

// #12: the window opened at 1200x760 on a 720-pixel screen, its export buttons off screen, and
// had no way to close it but the window manager's.
TEST_F(BatchWindowTest, FitsA1280x720ScreenWithItsButtonsAndCloses) {
    ASSERT_TRUE(runBatch());
    for (const QRect& screen : {QRect(0, 0, 1280, 720), QRect(0, 0, 1366, 768)}) {
        m_window.fitInto(screen);
        m_window.show();
        QCoreApplication::processEvents();
        EXPECT_TRUE(screen.contains(m_window.geometry())) << m_window.height();
        EXPECT_LE(m_window.geometry().bottom(), screen.bottom() - 30);  // room for a title bar
        for (const QString text : {"Export &table", "Export this &chart...", "Close"}) {
            const auto buttons = m_window.findChildren<QPushButton*>();
            auto it = std::find_if(buttons.begin(), buttons.end(),
                                   [&](QPushButton* b) { return b->text() == text; });
            ASSERT_NE(it, buttons.end()) << text.toStdString();
            EXPECT_TRUE(testing::inSight(*it)) << text.toStdString();
            EXPECT_TRUE((*it)->isEnabled()) << text.toStdString();
        }
    }
    QTest::keyClick(&m_window, Qt::Key_Escape);
    EXPECT_FALSE(m_window.isVisible());
    m_window.show();
    m_window.findChild<QPushButton*>("closeButton")->click();
    EXPECT_FALSE(m_window.isVisible());
}

}  // namespace
}  // namespace schedlab::ui
