// The window at the sizes classrooms have (issue #9): at 1280x720, 1366x768, 1440x900 and
// 1920x1080, in English and Chinese, a first start lays the panels out so that nothing scrolls
// sideways, no labels overlap, the whole state diagram and the playback bar are in sight, and
// the scenario and metrics tables show at least five rows. One test per size and language.

#include <gtest/gtest.h>
#include <qcustomplot.h>

#include <QCoreApplication>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTranslator>

#include "charts/compare_chart.hpp"
#include "charts/gantt_chart.hpp"
#include "charts/queue_view.hpp"
#include "charts/state_diagram.hpp"
#include "charts/utilization_chart.hpp"
#include "classroom_window.hpp"
#include "in_sight.hpp"
#include "models/compare_model.hpp"
#include "models/playback_controller.hpp"
#include "ui/compare_tab.hpp"
#include "ui/main_window.hpp"
#include "ui/metrics_view.hpp"
#include "ui/playback_bar.hpp"
#include "ui/scenario_editor.hpp"
#include "ui/window_layout.hpp"

namespace schedlab::ui {
namespace {

using testing::caseName;
using testing::WindowCase;

// "rect 1 [x,y wxh] overlaps rect 2 [...]" for the first pair that intersects; empty if none.
template <typename Rect>
std::string firstOverlap(const QList<Rect>& rects) {
    for (qsizetype i = 0; i < rects.size(); ++i) {
        for (qsizetype j = i + 1; j < rects.size(); ++j) {
            if (rects[i].intersects(rects[j])) {
                QString text;
                QDebug(&text) << i << rects[i] << "overlaps" << j << rects[j];
                return text.toStdString();
            }
        }
    }
    return {};
}

template <typename Rect, typename Outer>
std::string firstOutside(const QList<Rect>& rects, const Outer& outer) {
    for (const Rect& rect : rects) {
        if (!Outer(outer).contains(rect)) {
            QString text;
            QDebug(&text) << rect << "is not inside" << outer;
            return text.toStdString();
        }
    }
    return {};
}

using testing::inSight;

class WindowSizeTest : public testing::ClassroomWindowTest {
protected:
    template <typename T>
    T* find() const {   // the one on screen (the Real run tab has Gantt charts too)
        const auto widgets = m_window->findChildren<T*>();
        EXPECT_FALSE(widgets.isEmpty());
        for (T* widget : widgets) {
            if (widget->isVisible()) {
                return widget;
            }
        }
        return widgets.isEmpty() ? nullptr : widgets.front();
    }
};

TEST_P(WindowSizeTest, NothingIsClippedOrOverlaps) {
    ASSERT_EQ(m_window->size(), QSize(GetParam().width, GetParam().height));
    // No panel scrolls sideways, and each dock's content fits in the dock.
    for (auto* area : m_window->findChildren<QScrollArea*>()) {
        if (area->isVisible()) {
            EXPECT_EQ(area->horizontalScrollBar()->maximum(), 0)
                << "scrolls sideways: " << area->widget()->metaObject()->className();
        }
    }
    for (auto* dock : m_window->findChildren<QDockWidget*>()) {
        if (dock->isVisible()) {
            const QSize need = dock->widget()->minimumSizeHint();
            const QSize have = dock->widget()->size();
            EXPECT_LE(need.width(), have.width()) << dock->objectName().toStdString();
        }
    }
    // The tables show at least five rows, whole, without scrolling sideways.
    for (QTableView* table : {find<ScenarioEditor>()->findChild<QTableView*>(),
                              static_cast<QTableView*>(find<MetricsView>())}) {
        EXPECT_TRUE(inSight(table)) << table->metaObject()->className();
        int rows = table->viewport()->height() / table->verticalHeader()->defaultSectionSize();
        if (auto* metrics = qobject_cast<MetricsView*>(table)) {
            rows += metrics->footer()->isVisible() ? 1 : 0;  // the pinned Average row (#12)
        }
        EXPECT_GE(rows, WindowLayout::kTableRows) << table->metaObject()->className();
        EXPECT_EQ(table->horizontalScrollBar()->maximum(), 0) << table->metaObject()->className();
    }
    // The charts and the playback bar are in sight, all of them.
    auto* bar = find<PlaybackBar>();
    EXPECT_TRUE(inSight(bar));
    EXPECT_TRUE(inSight(find<GanttChart>()));
    EXPECT_TRUE(inSight(find<UtilizationChart>()));
}

TEST_P(WindowSizeTest, ChartLabelsDoNotCollide) {
    auto* gantt = find<GanttChart>();
    QList<QRect> names = gantt->rowLabelRects();
    EXPECT_GE(names.size(), 1);
    names.append(gantt->cursorLabelRect());  // at t = 0 the cursor sits beside the names
    EXPECT_EQ(firstOverlap(names), "");
    EXPECT_EQ(firstOutside(names, gantt->plot()->rect()), "");
    auto* utilization = find<UtilizationChart>();
    const QList<QRect> values = utilization->valueLabelRects();
    EXPECT_EQ(firstOverlap(values), "");
    EXPECT_EQ(firstOutside(values, utilization->plot()->rect()), "");
}

TEST_P(WindowSizeTest, TheWholeStateDiagramIsInSight) {
    auto* diagram = find<StateDiagram>();
    EXPECT_TRUE(inSight(diagram));
    const QList<QRectF> labels = diagram->shownLabelRects();
    const QList<QRectF> boxes = diagram->shownBoxRects();
    ASSERT_EQ(labels.size(), 6);
    ASSERT_EQ(boxes.size(), 5);
    EXPECT_EQ(firstOverlap(labels), "");
    EXPECT_EQ(firstOverlap(boxes), "");
    EXPECT_EQ(firstOutside(labels + boxes, QRectF(diagram->rect())), "");
}

INSTANTIATE_TEST_SUITE_P(ClassroomSizes, WindowSizeTest,
                         ::testing::Values(WindowCase{1280, 720, ""}, WindowCase{1366, 768, ""},
                                           WindowCase{1440, 900, ""}, WindowCase{1920, 1080, ""},
                                           WindowCase{1280, 720, "zh_CN"},
                                           WindowCase{1366, 768, "zh_CN"},
                                           WindowCase{1440, 900, "zh_CN"},
                                           WindowCase{1920, 1080, "zh_CN"}),
                         caseName);

}  // namespace
}  // namespace schedlab::ui
