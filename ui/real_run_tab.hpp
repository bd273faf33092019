#pragma once
// Runs the current workload as real Linux processes and shows the real Gantt chart under the
// simulated one (differences highlighted), the table of errors and the largest differences in
// words. The mode, the tick length, Run, Cancel, progress and export are at the top.

#include <QWidget>

#include "engine/workload.hpp"

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace schedlab::models {
class RealErrorModel;
class RealRunner;
}  // namespace schedlab::models

namespace schedlab::ui {

class GanttChart;

class RealRunTab : public QWidget {
    Q_OBJECT
public:
    explicit RealRunTab(QWidget* parent = nullptr);
    ~RealRunTab() override;

    /// The workload the next run uses (a run in progress keeps its own).
    void setWorkload(engine::Workload workload);
    models::RealRunner* runner() const { return m_runner; }
    models::RealErrorModel* model() const { return m_model; }
    GanttChart* simulatedChart() const { return m_simulated; }
    GanttChart* realChart() const { return m_real; }
    /// Chooses the mode by its name (kernel, dispatch, lockstep) and the tick length.
    void setMode(const QString& name);
    void setTickMs(int ms);

public slots:
    void run();
    void cancel();
    /// Asks for a file and exports both charts (PNG, SVG or PDF).
    void exportCharts();

signals:
    void finished();
    void failed(const QString& message);

private:
    QWidget* makeControls();
    QWidget* makeResults();
    void updateExplanation();
    void setRunning(bool running);
    void showResult();
    void showFailure(const QString& message);
    void showCancelled();

    engine::Workload m_workload;
    bool m_hasWorkload = false;
    QComboBox* m_mode = nullptr;
    QSpinBox* m_tick = nullptr;
    QPushButton* m_runButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_explanation = nullptr;
    QLabel* m_status = nullptr;
    GanttChart* m_simulated = nullptr;
    GanttChart* m_real = nullptr;
    QTableView* m_table = nullptr;
    QPlainTextEdit* m_differences = nullptr;
    models::RealErrorModel* m_model = nullptr;
    models::RealRunner* m_runner = nullptr;
};

}  // namespace schedlab::ui
