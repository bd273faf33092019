#pragma once
// The Run tab: the Gantt chart above the CPU utilization chart, and the playback bar below
// them. The Gantt gets the height its rows need first (every row of a ten-process scenario at
// 1280x720), the utilization chart the rest; View can hide the utilization chart, and
// presentation mode gives the Gantt the whole tab.

#include <QWidget>

class QAction;
class QSplitter;

namespace schedlab::ui {

class GanttChart;
class PlaybackBar;
class UtilizationChart;

class RunPage : public QWidget {
    Q_OBJECT
public:
    explicit RunPage(QWidget* parent = nullptr);

    GanttChart* gantt() const { return m_gantt; }
    UtilizationChart* utilization() const { return m_utilization; }
    PlaybackBar* playbackBar() const { return m_playbackBar; }
    /// View > Show the utilization chart (checkable, on by default).
    QAction* utilizationAction() const { return m_showUtilization; }

    /// A line above the charts (the stale-run banner).
    void addBanner(QWidget* banner);
    /// The Gantt chart alone, e.g. while presenting; off gives back what the user chose.
    void setGanttOnly(bool on);
    /// Shares the height again as after a new run (the user's splitter position is dropped).
    void shareHeight();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateUtilizationShown();

    GanttChart* m_gantt;
    UtilizationChart* m_utilization;
    PlaybackBar* m_playbackBar;
    QSplitter* m_charts;
    QAction* m_showUtilization;
    bool m_ganttOnly = false;
    bool m_userSized = false;  ///< the user moved the splitter: keep their choice on resize
    bool m_userFolded = false;  ///< the user folded or unfolded the utilization chart
};

}  // namespace schedlab::ui
