#pragma once
// Compares scheduling policies on the current workload: a checkable list of every policy, a Run
// button (and a run whenever the selection changes), bar charts and the metrics table with the
// best value of each metric marked. Simulations run off the GUI thread.

#include <QStringList>
#include <QWidget>
#include <vector>

#include "engine/workload.hpp"
#include "report/compare_report.hpp"

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace schedlab::models {
class CompareModel;
class CompareRunner;
}  // namespace schedlab::models

namespace schedlab::ui {

class CompareChart;
class PolicyChecklist;

class CompareTab : public QWidget {
    Q_OBJECT
public:
    explicit CompareTab(QWidget* parent = nullptr);
    ~CompareTab() override;

    /// Lists every policy (rr and mlfq with the workload's parameters when it uses them, the
    /// workload's own policy as it is), checks the workload's policy plus fcfs, sjf and rr, and
    /// runs the comparison when auto-run is on. `file` is the scenario's file, for the `file`
    /// column of the exported table (as `schedlab-cli compare FILE` writes it); empty if none.
    void setWorkload(engine::Workload workload, const QString& file = {});
    /// SPECs of the listed policies, in list order.
    QStringList policySpecs() const;
    /// SPECs of the checked policies, in list order.
    QStringList checkedPolicies() const;
    /// Checks or unchecks a policy by name ("rr") or SPEC.
    void setPolicyChecked(const QString& nameOrSpec, bool checked);
    /// Run automatically (shortly after) whenever the workload or the selection changes.
    void setAutoRun(bool on) { m_autoRun = on; }
    bool autoRun() const { return m_autoRun; }
    bool isRunning() const;

    models::CompareModel* model() const { return m_model; }
    /// The shown comparison as `schedlab-cli compare` rows (file, scenario, policy, summary).
    std::vector<report::CompareRow> compareRows() const;
    CompareChart* chart() const { return m_chart; }

public slots:
    /// Simulates the checked policies now.
    void run();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    /// The model and the chart show a new comparison.
    void finished();
    void failed(const QString& message);

private:
    QWidget* makePolicyPanel();
    QWidget* makeResults();
    QPushButton* makeExportButton(QWidget* parent);
    void exportTable(int format);
    void fillPolicies();
    void scheduleRun();
    void showResults();
    void showFailure(const QString& message);
    void fitColumns();

    engine::Workload m_workload;
    QString m_file;
    bool m_hasWorkload = false;
    bool m_autoRun = true;
    PolicyChecklist* m_list = nullptr;
    QPushButton* m_runButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QLabel* m_status = nullptr;
    CompareChart* m_chart = nullptr;
    QTableView* m_table = nullptr;
    QTimer* m_debounce = nullptr;
    models::CompareModel* m_model = nullptr;
    models::CompareRunner* m_runner = nullptr;
};

}  // namespace schedlab::ui
