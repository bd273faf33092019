// The whole window as a student uses it: open a scenario, edit a burst, see the run change,
// undo, see it change back (issue #3).

#include "ui/main_window.hpp"

#include <gtest/gtest.h>

#include <QAction>
#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QUndoStack>
#include <algorithm>

#include "charts/chart_export.hpp"
#include "charts/chart_registry.hpp"
#include "models/compare_model.hpp"
#include "models/playback_controller.hpp"
#include "models/scenario_check.hpp"
#include "models/scenario_document.hpp"
#include "models/simulation_runner.hpp"
#include "ui/compare_tab.hpp"
#include "ui/real_run_tab.hpp"

namespace schedlab::ui {
namespace {

class MainWindowTest : public ::testing::Test {
protected:
    void SetUp() override {
        // Keep the tests away from a real user's saved window state and recent files.
        QCoreApplication::setOrganizationName("SchedLabTests");
        ASSERT_TRUE(window.loadFile(SCHEDLAB_SOURCE_DIR "/scenarios/textbook-fcfs.yaml", &problems))
            << problems.join('\n').toStdString();
        ASSERT_TRUE(waitForRun());
    }

    // The next run shown after a change; the window debounces edits by a short delay.
    bool waitForRun() {
        QSignalSpy shown(&window, &MainWindow::runShown);
        window.runNow();
        return shown.wait(20000);
    }
    double avgWaiting() const { return window.currentRun()->result.summary.avgWaiting; }
    engine::Tick makespan() const { return window.currentRun()->result.summary.makespan; }

    MainWindow window;
    QStringList problems;
};

// #13: the real mode needs Linux; a build without it (-DSCHEDLAB_REAL=OFF) keeps the Real run
// tab, which then says that the mode is not in this build.
TEST_F(MainWindowTest, TheRealRunTabRunsOrSaysTheModeIsNotBuilt) {
    auto* tabs = window.findChild<QTabWidget*>();
    ASSERT_NE(tabs, nullptr);
    QStringList names;
    for (int i = 0; i < tabs->count(); ++i) {
        names.append(tabs->tabText(i));
    }
    EXPECT_EQ(names, QStringList({"Run", "Compare policies", "Real run"}));
    auto* unavailable = window.findChild<QLabel*>("RealRunUnavailable");
#ifdef SCHEDLAB_HAVE_REAL
    EXPECT_EQ(unavailable, nullptr);
    EXPECT_NE(window.findChild<RealRunTab*>(), nullptr);
#else
    ASSERT_NE(unavailable, nullptr);
    EXPECT_EQ(tabs->widget(2), unavailable);
    EXPECT_TRUE(unavailable->text().contains("need Linux"));
#endif
}

TEST_F(MainWindowTest, EditingABurstReRunsAndUndoRestoresTheRun) {
    // Silberschatz FCFS 24, 3, 3: waiting 0, 24, 27.
    EXPECT_EQ(makespan(), 30);
    EXPECT_DOUBLE_EQ(avgWaiting(), 17.0);

    window.document()->setCell(0, models::BurstsColumn, "10");   // P1 now needs 10 ticks
    ASSERT_TRUE(waitForRun());
    EXPECT_EQ(makespan(), 16);
    EXPECT_NEAR(avgWaiting(), (0 + 10 + 13) / 3.0, 1e-9);
    EXPECT_TRUE(window.document()->isModified());

    window.document()->undoStack()->undo();
    ASSERT_TRUE(waitForRun());
    EXPECT_EQ(makespan(), 30);
    EXPECT_DOUBLE_EQ(avgWaiting(), 17.0);
    EXPECT_FALSE(window.document()->isModified());
}

TEST_F(MainWindowTest, AnInvalidCellKeepsTheLastRunUntilItIsFixed) {
    auto before = window.currentRun();
    QSignalSpy shown(&window, &MainWindow::runShown);
    window.document()->setCell(1, models::BurstsColumn, "3 0 2");   // an I/O burst of 0
    window.runNow();
    // runNow() dropped the debounced run and refused to start one, saying why: nothing is
    // running or pending, so no run can show.
    auto* runner = window.findChild<models::SimulationRunner*>();
    ASSERT_NE(runner, nullptr);
    EXPECT_FALSE(runner->isRunning());
    const auto labels = window.findChildren<QLabel*>();
    EXPECT_TRUE(std::any_of(labels.begin(), labels.end(), [](const QLabel* label) {
        return label->text().startsWith("Fix the marked problems");
    }));
    QCoreApplication::processEvents();
    EXPECT_EQ(shown.count(), 0);
    EXPECT_EQ(window.currentRun(), before);
    EXPECT_FALSE(window.document()->cellProblem(1, models::BurstsColumn).isEmpty());
}

TEST_F(MainWindowTest, PolicySpecFromTheCommandLineReplacesTheFilesPolicy) {
    QString error;
    EXPECT_FALSE(window.applyPolicySpec("rr:quantm=4", &error));
    EXPECT_TRUE(error.contains("did you mean 'quantum'")) << error.toStdString();
    ASSERT_TRUE(window.applyPolicySpec("rr:quantum=4", &error));
    ASSERT_TRUE(waitForRun());
    EXPECT_EQ(window.currentRun()->result.policy, "rr:quantum=4");
    EXPECT_NEAR(avgWaiting(), 17.0 / 3.0, 1e-9);   // the textbook RR answer
}

// Edit > Copy chart: the current tab's chart at the slide preset, as the export code draws it.
TEST_F(MainWindowTest, CopyChartPutsTheCurrentTabsChartOnTheClipboard) {
    QAction* copy = nullptr;
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)) {
            copy = action;
        }
    }
    ASSERT_NE(copy, nullptr);
    QGuiApplication::clipboard()->clear();
    copy->trigger();
    const ExportSettings slide = *exportPreset("slide");
    ChartData data{window.currentRun(), {}, window.playback()->time()};
    auto gantt = makeChart("gantt", data);
    EXPECT_EQ(QGuiApplication::clipboard()->image().size(), QSize(1920, 1080));
    EXPECT_TRUE(QGuiApplication::clipboard()->image() == renderChartImage(*gantt, slide, {}));

    auto* compare = window.findChild<CompareTab*>();
    ASSERT_NE(compare, nullptr);
    QSignalSpy compared(compare, &CompareTab::finished);
    window.findChild<QTabWidget*>()->setCurrentIndex(1);
    compare->run();
    ASSERT_TRUE(compared.wait(20000));
    copy->trigger();
    data.comparison = compare->model()->entries();
    auto bars = makeChart("compare", data);
    EXPECT_TRUE(QGuiApplication::clipboard()->image() == renderChartImage(*bars, slide, {}));
}

}  // namespace
}  // namespace schedlab::ui
