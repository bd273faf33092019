#include "ui/window_layout.hpp"

#include <QDockWidget>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMainWindow>
#include <QResizeEvent>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <algorithm>

namespace schedlab::ui {
namespace {

int share(int total, double fraction, int low, int high) {
    return std::clamp(static_cast<int>(total * fraction), low, high);
}

// The widest text of a column's first rows, with the cell's margins.
int columnTextWidth(const QTableView& table, int column) {
    const QAbstractItemModel* model = table.model();
    const int rows = std::min(model->rowCount(), 200);
    int widest = 0;
    for (int row = 0; row < rows; ++row) {
        const QString text = model->data(model->index(row, column)).toString();
        widest = std::max(widest, table.fontMetrics().horizontalAdvance(text));
    }
    return widest + 2 * table.style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 8;
}

// Below this width the metrics table needs the whole bottom row: the decisions go in a tab.
constexpr int kSideBySideWidth = 1600;

}  // namespace

WindowLayout::WindowLayout(QMainWindow* window) : QObject(window), m_window(window) {
    m_window->installEventFilter(this);
}

DockSizes WindowLayout::dockSizesFor(QSize window) {
    DockSizes sizes;
    sizes.left = share(window.width(), 0.24, 300, 440);
    sizes.right = share(window.width(), 0.27, 340, 520);
    sizes.bottom = share(window.height(), 0.22, 120, 330);  // no less than the tables need
    sizes.tabbedBottom = window.width() < kSideBySideWidth;
    return sizes;
}

QDockWidget* WindowLayout::dock(const char* name) const {
    return m_window->findChild<QDockWidget*>(QLatin1String(name));
}

void WindowLayout::restore() {
    QSettings settings;
    const QByteArray geometry = settings.value("window/geometry").toByteArray();
    if (!geometry.isEmpty() && m_window->restoreGeometry(geometry)) {
        m_window->restoreState(settings.value("window/state").toByteArray());
        return;
    }
    // First start: the whole available area of the screen, maximized where a window manager
    // does that; the docks are arranged once the window has its size.
    m_firstStart = true;
    QScreen* screen = m_window->screen() ? m_window->screen() : QGuiApplication::primaryScreen();
    if (screen) {
        m_window->setGeometry(screen->availableGeometry());
    }
    m_window->setWindowState(m_window->windowState() | Qt::WindowMaximized);
}

void WindowLayout::save() const {
    QSettings settings;
    settings.setValue("window/geometry", m_window->saveGeometry());
    settings.setValue("window/state", m_window->saveState());
}

void WindowLayout::arrangeDocks() {
    const DockSizes sizes = dockSizesFor(m_window->size());
    QDockWidget* metrics = dock("MetricsDock");
    QDockWidget* decisions = dock("DecisionsDock");
    if (sizes.tabbedBottom && m_window->tabifiedDockWidgets(metrics).isEmpty()) {
        m_window->tabifyDockWidget(metrics, decisions);
        metrics->raise();
    }
    m_window->resizeDocks({dock("ScenarioDock"), dock("NowDock")}, {sizes.left, sizes.right},
                          Qt::Horizontal);
    m_window->resizeDocks({metrics}, {sizes.bottom}, Qt::Vertical);
    if (!sizes.tabbedBottom) {
        const int bottomWidth = m_window->width();
        m_window->resizeDocks({metrics, decisions}, {bottomWidth * 3 / 5, bottomWidth * 2 / 5},
                              Qt::Horizontal);
    }
}

void WindowLayout::watchTable(QTableView* table) {
    m_tables.append(table);
    fitTables();
}

void WindowLayout::fitTables() {
    for (QTableView* table : m_tables) {
        const int frame = 2 * table->frameWidth();
        const int scrollBar = table->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
        table->setMinimumHeight(table->horizontalHeader()->sizeHint().height() +
                                kTableRows * table->verticalHeader()->defaultSectionSize() +
                                frame);
        // A long list of bursts elides rather than widening the dock without end.
        const int widest = 24 * table->fontMetrics().averageCharWidth();
        int columns = table->verticalHeader()->isVisible() ? table->verticalHeader()->width() : 0;
        for (int c = 0; c < table->horizontalHeader()->count(); ++c) {
            columns += std::min(widest, std::max(table->horizontalHeader()->sectionSizeHint(c),
                                                 columnTextWidth(*table, c)));
        }
        table->setMinimumWidth(columns + frame + scrollBar);
    }
}

// The docks keep their share of the window: a teacher who widens the window to the projector's
// size gets wider panels, not only a wider Gantt chart.
void WindowLayout::scaleDocks(QSize from, QSize to) {
    const double x = double(to.width()) / from.width();
    const double y = double(to.height()) / from.height();
    QList<QDockWidget*> sides;
    QList<int> widths;
    for (QDockWidget* side : {dock("ScenarioDock"), dock("NowDock")}) {
        if (side && side->isVisible() && !side->isFloating()) {
            sides.append(side);
            widths.append(qRound(side->width() * x));
        }
    }
    QDockWidget* metrics = dock("MetricsDock");
    const bool shown = metrics && metrics->isVisible() && !metrics->isFloating();
    const int bottom = shown ? qRound(metrics->height() * y) : 0;
    QTimer::singleShot(0, this, [this, sides, widths, metrics, bottom] {
        m_window->resizeDocks(sides, widths, Qt::Horizontal);
        if (bottom > 0) {
            m_window->resizeDocks({metrics}, {bottom}, Qt::Vertical);
        }
    });
}

bool WindowLayout::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_window && event->type() == QEvent::Show && m_firstStart) {
        m_firstStart = false;
        QTimer::singleShot(0, this, &WindowLayout::arrangeDocks);
    }
    if (watched == m_window && event->type() == QEvent::Resize && m_window->isVisible()) {
        auto* resize = static_cast<QResizeEvent*>(event);
        if (resize->oldSize().isValid() && !resize->oldSize().isEmpty()) {
            scaleDocks(resize->oldSize(), resize->size());
        }
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace schedlab::ui
