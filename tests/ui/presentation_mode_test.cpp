// View > Presentation (issue #9): full screen, larger chart and window fonts, the editing docks
// and tables put away; leaving it restores all of that. Also the title and File > Examples.

#include "ui/presentation_mode.hpp"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QSettings>

#include "charts/chart_style.hpp"
#include "models/scenario_document.hpp"
#include "ui/examples.hpp"
#include "ui/main_window.hpp"

namespace schedlab::ui {
namespace {

class PresentationModeTest : public ::testing::Test {
protected:
    void SetUp() override {
        QCoreApplication::setOrganizationName("SchedLabTests");
        QSettings().remove("window");
        window = std::make_unique<MainWindow>();
        window->setWindowState(Qt::WindowNoState);
        window->resize(1280, 720);
        window->show();
        QApplication::processEvents();
    }
    bool shown(const char* dock) const {
        return window->findChild<QDockWidget*>(QLatin1String(dock))->isVisible();
    }

    std::unique_ptr<MainWindow> window;
};

TEST_F(PresentationModeTest, F11HidesTheEditingDocksEnlargesFontsAndLeavingRestores) {
    QAction* action = window->presentation()->action();
    EXPECT_EQ(action->shortcut(), QKeySequence(Qt::Key_F11));
    const double points = QApplication::font().pointSizeF();
    ASSERT_TRUE(shown("ScenarioDock"));
    ASSERT_TRUE(shown("MetricsDock"));

    action->trigger();
    QApplication::processEvents();
    EXPECT_TRUE(window->presentation()->isActive());
    EXPECT_TRUE(window->windowState() & Qt::WindowFullScreen);
    EXPECT_FALSE(shown("ScenarioDock"));
    EXPECT_FALSE(shown("MetricsDock"));
    EXPECT_FALSE(shown("DecisionsDock"));
    EXPECT_TRUE(shown("NowDock"));  // the queues and the state diagram stay, larger
    EXPECT_DOUBLE_EQ(chartFontScale(), PresentationMode::kFontScale);
    EXPECT_EQ(chartFont(kTickPointSize).pointSize(), 18);
    EXPECT_DOUBLE_EQ(QApplication::font().pointSizeF(), points * PresentationMode::kFontScale);

    action->trigger();
    QApplication::processEvents();
    EXPECT_FALSE(window->presentation()->isActive());
    EXPECT_FALSE(window->windowState() & Qt::WindowFullScreen);
    EXPECT_TRUE(shown("ScenarioDock"));
    EXPECT_TRUE(shown("MetricsDock"));
    EXPECT_DOUBLE_EQ(chartFontScale(), 1.0);
    EXPECT_EQ(chartFont(kTickPointSize).pointSize(), kTickPointSize);
    EXPECT_DOUBLE_EQ(QApplication::font().pointSizeF(), points);
}

TEST_F(PresentationModeTest, TitleShowsTheScenarioNameAndUnsavedEdits) {
    // The bundled classroom scenario opens with no file, under its own name.
    EXPECT_EQ(window->windowTitle(), "Classroom I/O mix[*] - SchedLab");
    EXPECT_FALSE(window->isWindowModified());
    window->document()->setName("Week 3");
    EXPECT_EQ(window->windowTitle(), "Week 3[*] - SchedLab");
    EXPECT_TRUE(window->isWindowModified());
}

TEST(Examples, BundledScenariosComeWithTheirTextbookLine) {
    const QList<Example> examples = bundledExamples();
    ASSERT_GE(examples.size(), 10);
    auto fcfs = std::find_if(examples.begin(), examples.end(), [](const Example& e) {
        return e.path.endsWith("/textbook-fcfs.yaml");
    });
    ASSERT_NE(fcfs, examples.end());
    EXPECT_EQ(fcfs->name, "Textbook FCFS");
    EXPECT_EQ(fcfs->description,
              "Silberschatz, Operating System Concepts, FCFS: P1 24, P2 3, P3 3 all at 0.");
    EXPECT_TRUE(isBundledExample(fcfs->path));
    EXPECT_FALSE(isBundledExample(SCHEDLAB_SOURCE_DIR "/README.md"));
    for (const Example& e : examples) {
        EXPECT_FALSE(e.description.isEmpty()) << e.path.toStdString();
    }
}

TEST_F(PresentationModeTest, FileMenuListsTheExamples) {
    QMenu* examples = nullptr;
    for (QAction* action : window->menuBar()->actions()) {
        for (QAction* item : action->menu()->actions()) {
            if (item->menu() && item->text() == "E&xamples") {
                examples = item->menu();
            }
        }
    }
    ASSERT_NE(examples, nullptr);
    EXPECT_EQ(examples->actions().size(), bundledExamples().size());
    EXPECT_TRUE(examples->actions().first()->text().contains(" — "));
}

}  // namespace
}  // namespace schedlab::ui
