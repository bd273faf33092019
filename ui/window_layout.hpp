#pragma once
// How the main window uses its room: on a first start it fills the screen's available area with
// dock sizes chosen for that size; later starts restore what the user left; when the window is
// resized the docks keep their share of it instead of leaving all the change to the charts.
// Projectors are 1280x720 to 1920x1080: at those sizes every panel fits without scrolling
// sideways and the tables show at least five rows.

#include <QObject>
#include <QSize>

class QDockWidget;
class QMainWindow;
class QTableView;

namespace schedlab::ui {

/// Dock sizes in pixels for a window of a given size.
struct DockSizes {
    int left = 0;    ///< the scenario editor's width
    int right = 0;   ///< the queues and states' width
    int bottom = 0;  ///< the metrics and decisions' height
    bool tabbedBottom = false;  ///< metrics and decisions as tabs rather than side by side
};

class WindowLayout : public QObject {
    Q_OBJECT
public:
    /// The rows that every table keeps visible.
    static constexpr int kTableRows = 5;

    /// Works on the docks named ScenarioDock, NowDock, MetricsDock and DecisionsDock.
    explicit WindowLayout(QMainWindow* window);

    /// The sizes chosen for a first start at `window`.
    static DockSizes dockSizesFor(QSize window);

    /// Restores the saved geometry and dock arrangement, or on a first start fills the screen.
    void restore();
    void save() const;
    /// Arranges the docks for the window's current size, as on a first start.
    void arrangeDocks();
    /// Keeps `table` at least as high as a header and kTableRows rows and as wide as its
    /// columns, so that its dock is never narrower than the table.
    void watchTable(QTableView* table);
    /// Sizes the watched tables again: after new contents or fonts.
    void fitTables();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QDockWidget* dock(const char* name) const;
    void scaleDocks(QSize from, QSize to);

    QMainWindow* m_window;
    QList<QTableView*> m_tables;
    bool m_firstStart = false;  ///< nothing saved: arrange the docks once the window is shown
};

}  // namespace schedlab::ui
