// Exercise mode in the window: an exercise file opens in it, the charts and the playback show
// only what happened before the open question, and the candidate buttons are scored.

#include "ui/exercise_panel.hpp"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>

#include "charts/gantt_chart.hpp"
#include "models/playback_controller.hpp"
#include "scenario/scenario_io.hpp"
#include "ui/main_window.hpp"

namespace schedlab::ui {
namespace {

// The textbook round robin (quantum 4; P1 24, P2 3, P3 3 at 0) as an exercise file.
QString writeExercise(const QTemporaryDir& dir) {
    auto loaded = scenario::loadScenarioFile(SCHEDLAB_SOURCE_DIR "/scenarios/textbook-rr.yaml");
    auto workload = loaded.workload.value();
    workload.exercise = true;
    QString path = dir.filePath("hw.yaml");
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromStdString(scenario::toYaml(workload)));
    return path;
}

class ExercisePanelTest : public ::testing::Test {
protected:
    void SetUp() override {
        QCoreApplication::setOrganizationName("SchedLabTests");
        ASSERT_TRUE(dir.isValid());
        QStringList problems;
        ASSERT_TRUE(window.loadFile(writeExercise(dir), &problems))
            << problems.join('\n').toStdString();
        QSignalSpy shown(&window, &MainWindow::runShown);
        window.runNow();
        ASSERT_TRUE(shown.wait(20000));
    }
    ExercisePanel* panel() const { return window.exercisePanel(); }
    GanttChart* gantt() const { return window.gantt(); }

    QTemporaryDir dir;
    MainWindow window;
};

TEST_F(ExercisePanelTest, AnExerciseFileOpensInExerciseMode) {
    EXPECT_TRUE(panel()->isActive());
    // The Compare and Real run tabs would give the answers away.
    auto* tabs = window.findChild<QTabWidget*>();
    ASSERT_NE(tabs, nullptr);
    EXPECT_EQ(tabs->currentIndex(), 0);
    for (int i = 1; i < tabs->count(); ++i) {
        EXPECT_FALSE(tabs->isTabEnabled(i)) << tabs->tabText(i).toStdString();
    }
    EXPECT_TRUE(panel()->modeAction()->isChecked());
    // The first choice is at 0: nothing of the run may be shown yet.
    EXPECT_EQ(window.playback()->time(), -1);
    EXPECT_TRUE(gantt()->run()->result.slices.empty());
    ASSERT_EQ(panel()->candidateButtons().size(), 3);
    EXPECT_EQ(panel()->candidateButtons()[0]->text(), "P1");
}

TEST_F(ExercisePanelTest, RightAndWrongAnswersAreScoredAndTheFutureStaysHidden) {
    panel()->candidateButtons()[0]->click();  // P1 runs first
    EXPECT_TRUE(panel()->feedbackText().contains("Right."));
    EXPECT_TRUE(panel()->feedbackText().contains("t=0: CPU 0 runs P1 (first in the ready queue)"));
    EXPECT_EQ(panel()->scoreText(), "Score: 1 / 1");
    // The next choice is at 4: the charts stop there, the playback just before.
    EXPECT_EQ(gantt()->run()->result.summary.end, 4);
    EXPECT_EQ(window.playback()->time(), 3);
    window.playback()->jumpTo(20);
    EXPECT_EQ(window.playback()->time(), 3);
    panel()->candidateButtons()[2]->click();  // P3? No: P2 is ahead of it.
    EXPECT_TRUE(panel()->feedbackText().contains("Not quite: you chose P3, but P2 runs."));
    EXPECT_EQ(panel()->scoreText(), "Score: 1 / 2");
}

TEST_F(ExercisePanelTest, TurningTheModeOffShowsTheWholeRun) {
    panel()->modeAction()->setChecked(false);
    EXPECT_FALSE(panel()->isActive());
    EXPECT_EQ(gantt()->run()->result.summary.end, 30);
    window.playback()->toEnd();
    EXPECT_EQ(window.playback()->time(), 30);
    auto* tabs = window.findChild<QTabWidget*>();
    for (int i = 0; i < tabs->count(); ++i) {
        EXPECT_TRUE(tabs->isTabEnabled(i)) << tabs->tabText(i).toStdString();
    }
}

TEST_F(ExercisePanelTest, SavedExercisesOpenInExerciseMode) {
    QString path = dir.filePath("saved.json");
    ASSERT_TRUE(panel()->saveExercise(path));
    auto loaded = scenario::loadScenarioFile(path.toStdString());
    ASSERT_TRUE(loaded.workload);
    EXPECT_TRUE(loaded.workload->exercise);
    EXPECT_EQ(loaded.workload->processes.size(), 3u);
}

}  // namespace
}  // namespace schedlab::ui
