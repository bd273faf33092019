#pragma once
// One row per policy, one column per metric, for comparing policies on one workload. The best
// value of each metric (lowest, or highest for utilization and throughput) is marked: bold font,
// a green background and IsBestRole, so views and tests can all see it.

#include <QAbstractTableModel>
#include <string>
#include <vector>

#include "engine/result.hpp"

namespace schedlab::models {

/// The summary of one simulation of the compared workload.
struct CompareEntry {
    std::string policy;  ///< canonical SPEC, e.g. "rr:quantum=4"
    engine::Summary summary;
};

class CompareModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Policy,
        AvgWaiting,
        AvgTurnaround,
        AvgResponse,
        CpuUtilization,
        ContextSwitches,
        Throughput,
        MaxWaiting,
        Makespan,
        ColumnCount
    };
    enum Role {
        IsBestRole = Qt::UserRole + 1,  ///< bool: this cell holds the best value of its column
        ValueRole,                      ///< double: the number behind the cell (for sorting)
    };

    explicit CompareModel(QObject* parent = nullptr);

    /// Replaces every row (a model reset).
    void setEntries(std::vector<CompareEntry> entries);
    void clear();
    const std::vector<CompareEntry>& entries() const { return m_entries; }

    /// The number behind a metric cell; utilization as a share 0..1.
    static double metricValue(const engine::Summary& summary, int column);
    /// True for metrics where more is better (utilization, throughput).
    static bool higherIsBetter(int column);
    /// Whether row holds the best value of column (ties are all best). With fewer than two
    /// rows, or when every row has the same value, nothing is best.
    bool isBest(int row, int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void computeBest();
    QString displayText(int row, int column) const;
    QVariant headerTip(int column) const;
    static QVariant headerTitle(int column);
    static QVariant bestMark(int role);

    std::vector<CompareEntry> m_entries;
    std::vector<double> m_best;  ///< per column; NaN for the policy column or no rows
};

}  // namespace schedlab::models
