// The classroom view at projector size (issue #12): not only that nothing is clipped, but that
// the picture teaches. At 1280x720, 1366x768 and 1920x1080, in English and Chinese, on a first
// start: every row of a scenario of up to ten processes is in view with its name, the legend
// takes one line, the time axis covers the whole run and the cursor at every playback instant
// (and follows the cursor when zoomed in), the "t = N" flag covers no data, name or legend, and
// F11 twice gives back the window as it was.

#include <gtest/gtest.h>
#include <qcustomplot.h>

#include <QAction>
#include <QCoreApplication>
#include <QDockWidget>
#include <QSettings>
#include <QSignalSpy>

#include "charts/gantt_chart.hpp"
#include "charts/utilization_chart.hpp"
#include "classroom_window.hpp"
#include "models/playback_controller.hpp"
#include "ui/main_window.hpp"
#include "ui/presentation_mode.hpp"

namespace schedlab::ui {
namespace {

using testing::caseName;
using ViewCase = testing::WindowCase;

struct Lesson {
    const char* file;
    int rows;  // processes + CPUs
};

// 4 processes and a CPU, 6 processes and two CPUs, 10 processes and a CPU.
constexpr Lesson kLessons[] = {
    {"classroom-io.yaml", 5}, {"two-cpus.yaml", 8}, {"computer-lab.yaml", 11}};

class ClassroomViewTest : public testing::ClassroomWindowTest {
protected:
    void open(const char* file) {
        QSignalSpy shown(m_window.get(), &MainWindow::runShown);
        QStringList problems;
        ASSERT_TRUE(m_window->loadFile(QStringLiteral(SCHEDLAB_SOURCE_DIR "/scenarios/") + file,
                                       &problems))
            << problems.join('\n').toStdString();
        ASSERT_TRUE(shown.wait(20000));
        settle();
    }

    void jumpTo(engine::Tick t) {
        m_window->playback()->jumpTo(t);
        m_window->gantt()->plot()->replot();
    }

    // The flag: above the rows, clear of every name and of the legend, inside the widget.
    void expectFlagCoversNothing(engine::Tick t) {
        GanttChart* gantt = m_window->gantt();
        const QRect flag = gantt->cursorLabelRect();
        ASSERT_FALSE(flag.isEmpty()) << "t=" << t;
        EXPECT_FALSE(flag.intersects(gantt->plot()->axisRect()->rect())) << "t=" << t;
        EXPECT_FALSE(flag.intersects(gantt->plot()->legend->outerRect())) << "t=" << t;
        EXPECT_TRUE(gantt->plot()->rect().contains(flag)) << "t=" << t;
        for (const QRect& name : gantt->rowLabelRects()) {
            EXPECT_FALSE(flag.intersects(name)) << "t=" << t;
        }
    }

    std::map<QString, QRect> dockGeometries() const {
        std::map<QString, QRect> docks;
        for (auto* dock : m_window->findChildren<QDockWidget*>()) {
            if (dock->isVisible()) {
                docks[dock->objectName()] = dock->geometry();
            }
        }
        return docks;
    }
};

TEST_P(ClassroomViewTest, EveryRowOfUpToTenProcessesIsInViewWithItsName) {
    for (const Lesson& lesson : kLessons) {
        SCOPED_TRACE(lesson.file);
        open(lesson.file);
        GanttChart* gantt = m_window->gantt();
        ASSERT_EQ(gantt->rowCount(), lesson.rows);
        EXPECT_TRUE(gantt->allRowsVisible());
        EXPECT_EQ(gantt->rowLabelRects().size(), lesson.rows);  // no name dropped
        EXPECT_EQ(gantt->plot()->legend->rowCount(), 1);
    }
}

TEST_P(ClassroomViewTest, TheTimeAxisCoversTheRunAndTheCursorAtEveryInstant) {
    open("computer-lab.yaml");
    GanttChart* gantt = m_window->gantt();
    const GanttLayout& layout = gantt->layout();
    ASSERT_GT(layout.end - layout.start, 40);
    for (engine::Tick t = layout.start; t <= layout.end; ++t) {
        jumpTo(t);
        const QCPRange range = gantt->timeRange();
        EXPECT_LE(range.lower, double(layout.start)) << "t=" << t;
        EXPECT_GE(range.upper, double(layout.end)) << "t=" << t;
        EXPECT_TRUE(range.contains(gantt->cursorKey())) << "t=" << t;
        expectFlagCoversNothing(t);
    }
}

TEST_P(ClassroomViewTest, ZoomedInTheViewFollowsTheCursor) {
    open("computer-lab.yaml");
    GanttChart* gantt = m_window->gantt();
    const GanttLayout& layout = gantt->layout();
    const double width = double(layout.end - layout.start) / 5;
    gantt->plot()->xAxis->setRange(double(layout.start), double(layout.start) + width);
    for (engine::Tick t = layout.start; t <= layout.end; ++t) {
        jumpTo(t);
        const QCPRange range = gantt->timeRange();
        EXPECT_TRUE(range.contains(gantt->cursorKey())) << "t=" << t;
        EXPECT_NEAR(range.size(), width, 1e-6) << "the user's zoom is kept";
    }
    for (engine::Tick t = layout.end; t >= layout.start; --t) {  // and back
        jumpTo(t);
        EXPECT_TRUE(gantt->timeRange().contains(gantt->cursorKey())) << "t=" << t;
    }
}

TEST_P(ClassroomViewTest, HidingTheUtilizationChartGivesTheGanttTheTab) {
    GanttChart* gantt = m_window->gantt();
    const int before = gantt->height();
    auto* show = m_window->findChild<QAction*>(QStringLiteral("ShowUtilization"));
    ASSERT_NE(show, nullptr);
    show->setChecked(false);
    settle();
    EXPECT_FALSE(m_window->findChild<UtilizationChart*>()->isVisible());
    EXPECT_GT(gantt->height(), before);
    show->setChecked(true);
    settle();
    EXPECT_TRUE(m_window->findChild<UtilizationChart*>()->isVisible());
}

TEST_P(ClassroomViewTest, F11TwiceGivesBackTheWindowAsItWas) {
    open("computer-lab.yaml");
    const auto docks = dockGeometries();
    const QSize size = m_window->size();
    const QRect gantt = m_window->gantt()->geometry();
    QAction* f11 = m_window->presentation()->action();
    auto* now = m_window->findChild<QDockWidget*>(QStringLiteral("NowDock"));
    const double nowShare = double(now->width()) / m_window->width();

    f11->trigger();
    settle();
    // The offscreen screen is smaller than the window: compare shares of the width.
    EXPECT_GT(double(now->width()) / m_window->width(), nowShare) << "the Now panel grows";
    EXPECT_FALSE(m_window->findChild<UtilizationChart*>()->isVisible()) << "the Gantt first";
    EXPECT_TRUE(m_window->gantt()->allRowsVisible());
    QCustomPlot* plot = m_window->gantt()->plot();
    for (QCPLayoutElement* element : plot->plotLayout()->elements(true)) {
        if (auto* title = qobject_cast<QCPTextElement*>(element)) {  // never cut at both ends
            EXPECT_LE(QFontMetrics(title->font()).horizontalAdvance(title->text()), plot->width())
                << title->text().toStdString();
        }
    }
    f11->trigger();
    settle();

    EXPECT_EQ(m_window->size(), size);
    EXPECT_EQ(dockGeometries(), docks);
    EXPECT_EQ(m_window->gantt()->geometry(), gantt);
    EXPECT_TRUE(m_window->gantt()->allRowsVisible());
    EXPECT_TRUE(m_window->findChild<UtilizationChart*>()->isVisible());
}

INSTANTIATE_TEST_SUITE_P(ClassroomSizes, ClassroomViewTest,
                         ::testing::Values(ViewCase{1280, 720, ""}, ViewCase{1366, 768, ""},
                                           ViewCase{1920, 1080, ""}, ViewCase{1280, 720, "zh_CN"},
                                           ViewCase{1366, 768, "zh_CN"},
                                           ViewCase{1920, 1080, "zh_CN"}),
                         caseName);

}  // namespace
}  // namespace schedlab::ui
