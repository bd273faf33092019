#pragma once
// File > Batch compare: every scenario file of a folder under the checked policies, with the
// function `schedlab-cli compare FOLDER` uses, on worker threads with progress and Cancel. Shows
// the table (one row per file and policy, sortable, the best of each file marked), the bar charts
// of the selected file and the files that could not be used with their messages; exports the
// table as CSV or Markdown and the charts as images.

#include <QMainWindow>
#include <QStringList>
#include <vector>

#include "engine/workload.hpp"

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace schedlab::models {
class BatchModel;
class BatchRunner;
}  // namespace schedlab::models

namespace schedlab::ui {

class CompareChart;
class PolicyChecklist;
struct ChartData;

class BatchWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit BatchWindow(QWidget* parent = nullptr);
    ~BatchWindow() override;

    /// Sizes and centres the window to fit `available` (a screen's available geometry).
    void fitInto(const QRect& available);
    void setFolder(const QString& folder);
    QString folder() const;
    /// SPECs of the listed policies and of the checked ones, in list order.
    QStringList policySpecs() const;
    QStringList checkedPolicies() const;
    /// Checks or unchecks a policy by SPEC, or every listed one of a name ("rr").
    void setPolicyChecked(const QString& nameOrSpec, bool checked);
    /// Adds a policy by SPEC ("rr:quantum=2"), checked; false with the reason if it is invalid.
    bool addPolicy(const QString& spec, QString* error = nullptr);

    bool isRunning() const;
    models::BatchModel* model() const { return m_model; }
    CompareChart* chart() const { return m_chart; }
    /// The problems of the files that could not be used, as `validate` prints them.
    QStringList problems() const;
    /// Shows the chart of file `fileIndex` (of model()->files()).
    void showFile(int fileIndex);
    int shownFile() const { return m_shownFile; }
    /// The chart data and title of file `fileIndex`, as shown.
    ChartData chartData(int fileIndex) const;
    QString chartTitle(int fileIndex) const;
    /// Writes every file's chart to `folder` as NAME-compare.EXT (EXT: png, svg or pdf) at the
    /// slide preset; returns the paths written, stopping at the first failure (in `error`).
    QStringList exportCharts(const QString& folder, const QString& suffix,
                             QString* error = nullptr) const;

public slots:
    /// Compares the folder's scenario files under the checked policies.
    void run();
    void cancel();

signals:
    void finished();
    void cancelled();

private:
    QWidget* makeFolderRow();
    QWidget* makePolicyPanel();
    QWidget* makeResults();
    QWidget* makeExportRow();
    QWidget* makeBottomRow();
    void fillPolicies();
    void addPolicyFromField();
    void chooseFolder();
    void setRunning(bool running);
    void showProgress(int done, int total);
    void showResults();
    void currentRowChanged();
    void exportTable(int format);
    void exportChartsDialog();
    void exportShownChart();

    QLineEdit* m_folder = nullptr;
    PolicyChecklist* m_policies = nullptr;
    QLineEdit* m_spec = nullptr;
    QPushButton* m_runButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QTableView* m_table = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    CompareChart* m_chart = nullptr;
    QListWidget* m_problems = nullptr;
    QWidget* m_problemsBox = nullptr;
    QWidget* m_exportRow = nullptr;
    QString m_comparedFolder;
    int m_shownFile = -1;
    models::BatchModel* m_model = nullptr;
    models::BatchRunner* m_runner = nullptr;
};

}  // namespace schedlab::ui
