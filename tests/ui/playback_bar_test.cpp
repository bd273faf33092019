// PlaybackBar: the keyboard drives the controller (Space plays and pauses), the slider and the
// spin box jump, the label shows the time, and the tooltips show the shortcuts.

#include "ui/playback_bar.hpp"

#include <gtest/gtest.h>

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QVBoxLayout>

#include "engine/policy_spec.hpp"
#include "engine/simulation.hpp"

namespace schedlab::ui {
namespace {

models::RunPtr textbookRr() {
    engine::Workload w;
    w.policy = engine::parsePolicySpec("rr:quantum=4").policy.value();
    w.processes = {{"P1", 0, 0, {24}}, {"P2", 0, 0, {3}}, {"P3", 0, 0, {3}}};
    auto result = engine::simulate(w);
    return std::make_shared<const models::Run>(models::Run{std::move(w), std::move(result)});
}

class PlaybackBarTest : public ::testing::Test {
protected:
    void SetUp() override {
        controller.setRun(textbookRr());
        bar.setController(&controller);
        bar.show();
        bar.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&bar));
    }

    models::PlaybackController controller;
    PlaybackBar bar;
};

TEST_F(PlaybackBarTest, SpaceTogglesPlay) {
    QTest::keyClick(&bar, Qt::Key_Space);
    EXPECT_TRUE(controller.isPlaying());
    EXPECT_EQ(bar.playAction()->text(), "Pause");
    QTest::keyClick(&bar, Qt::Key_Space);
    EXPECT_FALSE(controller.isPlaying());
    EXPECT_EQ(bar.playAction()->text(), "Play");
}

TEST_F(PlaybackBarTest, ArrowsHomeAndEndStep) {
    QTest::keyClick(&bar, Qt::Key_Right);
    EXPECT_EQ(controller.time(), 4);
    QTest::keyClick(&bar, Qt::Key_Right);
    EXPECT_EQ(controller.time(), 7);
    QTest::keyClick(&bar, Qt::Key_Left);
    EXPECT_EQ(controller.time(), 4);
    QTest::keyClick(&bar, Qt::Key_End);
    EXPECT_EQ(controller.time(), 30);
    QTest::keyClick(&bar, Qt::Key_Home);
    EXPECT_EQ(controller.time(), 0);
}

TEST_F(PlaybackBarTest, SliderAndSpinBoxJumpAndFollow) {
    EXPECT_EQ(bar.slider()->maximum(), 30);
    bar.slider()->setValue(12);
    EXPECT_EQ(controller.time(), 12);
    EXPECT_EQ(bar.timeBox()->value(), 12);
    EXPECT_EQ(bar.timeLabel()->text(), "t = 12");
    bar.timeBox()->setValue(20);
    EXPECT_EQ(controller.time(), 20);
    EXPECT_EQ(bar.slider()->value(), 20);
    controller.toStart();
    EXPECT_EQ(bar.slider()->value(), 0);
    EXPECT_EQ(bar.timeLabel()->text(), "t = 0");
}

TEST(PlaybackBarKeysTest, AnEditableTableKeepsItsArrowKeys) {
    models::PlaybackController controller;
    controller.setRun(textbookRr());
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* table = new QTableWidget(3, 3);
    auto* bar = new PlaybackBar;
    layout->addWidget(table);
    layout->addWidget(bar);
    bar->setController(&controller);
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    table->setFocus();
    table->setCurrentCell(0, 0);
    QTest::keyClick(table, Qt::Key_Right);
    EXPECT_EQ(table->currentColumn(), 1);
    EXPECT_EQ(controller.time(), 0);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);  // a read-only table: playback
    QTest::keyClick(table, Qt::Key_Right);
    EXPECT_EQ(controller.time(), 4);
}

TEST_F(PlaybackBarTest, TooltipsShowTheShortcuts) {
    EXPECT_TRUE(bar.playAction()->toolTip().contains("Space"));
    EXPECT_TRUE(bar.stepForwardAction()->toolTip().contains("Right"));
    EXPECT_TRUE(bar.stepBackAction()->toolTip().contains("Left"));
    EXPECT_TRUE(bar.toStartAction()->toolTip().contains("Home"));
    EXPECT_TRUE(bar.toEndAction()->toolTip().contains("End"));
}

TEST_F(PlaybackBarTest, SpeedBoxSetsTheSpeed) {
    bar.speedBox()->setCurrentIndex(4);  // 16 ticks/s
    EXPECT_EQ(controller.speed(), 16.0);
    EXPECT_EQ(controller.playMode(), models::PlaybackController::PlayMode::Ticks);
    bar.speedBox()->setCurrentIndex(bar.speedBox()->count() - 1);
    EXPECT_EQ(controller.playMode(), models::PlaybackController::PlayMode::Instants);
}

}  // namespace
}  // namespace schedlab::ui
