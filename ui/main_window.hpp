#pragma once
// The main window only wires panels together: the scenario document feeds the simulation runner,
// whose result goes to the charts and, through the playback controller, to every view of the
// current instant.

#include <QMainWindow>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include "engine/types.hpp"
#include "models/run.hpp"

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QTabWidget;
class QToolButton;

namespace schedlab::models {
class PlaybackController;
class ScenarioDocument;
class SimulationRunner;
}  // namespace schedlab::models

namespace schedlab::ui {

class BatchWindow;
class CompareTab;
struct ChartData;
class PresentationMode;
class RealRunTab;
class RunPage;
class DecisionLogView;
class ExercisePanel;
class FileProblemsPage;
class StaleBanner;
class GanttChart;
class MetricsView;
class PlaybackBar;
class PolicyPanel;
class QueueView;
class ScenarioEditor;
class StateDiagram;
class UtilizationChart;
class WindowLayout;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a scenario file; false if it cannot be used, its problems then shown with its text
    /// on a page of their own (showFileProblems).
    bool openFile(const QString& path);
    /// Shows a file that could not be opened, its text and its problems, so that it can be
    /// fixed in the app; saving it there opens it again. #12
    void showFileProblems(const QString& path, const QStringList& problems);
    FileProblemsPage* fileProblemsPage() const { return m_fileProblems; }
    StaleBanner* staleBanner() const { return m_stale; }
    /// The same without dialogs: the problems go to `problems`.
    bool loadFile(const QString& path, QStringList* problems);
    /// Simulates the current scenario now instead of after the short typing delay.
    void runNow();
    /// Replaces the policy of the open scenario by a SPEC ("rr:quantum=4"); false if invalid.
    bool applyPolicySpec(const QString& spec, QString* error = nullptr);

    models::ScenarioDocument* document() const { return m_document; }
    models::PlaybackController* playback() const { return m_playback; }
    /// The Run tab's Gantt chart.
    GanttChart* gantt() const { return m_gantt; }
    models::RunPtr currentRun() const { return m_run; }
    ExercisePanel* exercisePanel() const { return m_exercise; }
    PresentationMode* presentation() const { return m_presentation; }

signals:
    /// A simulation of the current scenario finished and every view shows it.
    void runShown();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildPanels();
    void buildDocks();
    void buildMenus();
    void buildFileMenu();
    void buildExamplesMenu(QMenu* menu);
    void buildViewMenu();
    void buildExercise();
    void showExercise(QDockWidget* dock, bool on);
    void makeWayForExercise(bool on);
    void makeWayForCorrections();
    void connectRun();
    void buildStatusBar();
    void setRunning(bool running);
    void scheduleRun();
    void startRun();
    void showRun(const models::RunPtr& run);
    void updateTitle();
    void updateRecentMenu();
    void rememberRecent(const QString& path);
    void restoreWindowState();
    void saveWindowState();

    // File actions (main_window_files.cpp).
    void newScenario();
    void openDialog();
    void closeFileProblems();
    bool save();
    bool saveAs();
    bool saveTo(const QString& path);
    bool maybeSave();

    // Charts out of the window (main_window_export.cpp).
    void exportChartDialog();
    void copyChart();
    void showBatchWindow();
    ChartData chartData() const;
    QString currentChartName() const;

    models::ScenarioDocument* m_document = nullptr;
    models::SimulationRunner* m_runner = nullptr;
    models::PlaybackController* m_playback = nullptr;
    models::RunPtr m_run;

    QTabWidget* m_tabs = nullptr;
    RunPage* m_runPage = nullptr;
    GanttChart* m_gantt = nullptr;
    UtilizationChart* m_utilization = nullptr;
    PlaybackBar* m_playbackBar = nullptr;
    CompareTab* m_compare = nullptr;
    RealRunTab* m_realRun = nullptr;
    ScenarioEditor* m_editor = nullptr;
    PolicyPanel* m_policy = nullptr;
    QueueView* m_queues = nullptr;
    StateDiagram* m_states = nullptr;
    MetricsView* m_metrics = nullptr;
    DecisionLogView* m_decisions = nullptr;
    ExercisePanel* m_exercise = nullptr;
    FileProblemsPage* m_fileProblems = nullptr;
    StaleBanner* m_stale = nullptr;
    QLabel* m_statusRun = nullptr;
    QProgressBar* m_progress = nullptr;
    QToolButton* m_cancel = nullptr;
    QMenu* m_recentMenu = nullptr;
    QPointer<BatchWindow> m_batch;
    WindowLayout* m_windowLayout = nullptr;
    PresentationMode* m_presentation = nullptr;
    QTimer m_runDelay;
    QStringList m_recent;
    QList<QDockWidget*> m_madeWay;  ///< docks hidden while an exercise's answers are hidden
};

}  // namespace schedlab::ui
