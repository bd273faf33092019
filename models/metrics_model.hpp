#pragma once
// The metrics table of one run as it stands at the current instant: one row per process in the
// workload's order, then an "Average" row. Values not known yet at the current time (a completion
// still to come) show as "–"; waiting counts up to now. Every average is the mean of the values
// its column shows at that instant ("–" while none is known), so the table always adds up; until
// every process has finished the row is labelled "Average so far". In Exercise mode the answers
// (response, turnaround, waiting and their averages) can be concealed until they are checked.

#include <QAbstractTableModel>
#include <optional>
#include <vector>

#include "engine/types.hpp"
#include "models/run.hpp"

namespace schedlab::models {

class MetricsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Name,
        Arrival,
        FirstRun,
        Completion,
        Response,
        Turnaround,
        Waiting,
        Cpu,
        Io,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,  ///< numbers as qlonglong/double, unknown sorts last
        IsAverageRole,                ///< true on the average row
    };

    explicit MetricsModel(QObject* parent = nullptr);

    void setRun(RunPtr run);
    void setTime(engine::Tick time);
    engine::Tick time() const { return m_time; }
    /// Shows "?" instead of the times a student must work out (Exercise mode). #12
    void setConcealed(bool concealed);
    bool concealed() const { return m_concealed; }
    /// The mean of the values `column` shows at the current time, with how many there are;
    /// nullopt when none is known (or the column has no average).
    std::optional<double> average(int column, int* known = nullptr) const;
    /// One line for the status bar that agrees with the table at the current time.
    QString summaryText() const;
    /// The Average row's name: "Average" once every process has finished, else "Average so far".
    static QString averageLabel(bool final);
    /// The average row's index (the last row), or -1 without a run.
    int averageRow() const;
    /// Ticks `process` has spent ready up to `time` (equals the final waiting at the end).
    engine::Tick waitingAt(engine::Pid process, engine::Tick time) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    /// A process's value in `column` at the current time; empty when not known yet.
    QVariant processValue(engine::Pid process, int column) const;
    QVariant averageValue(int column) const;
    QString averageTip(int column) const;
    /// Everything but the value: alignment, bold average row, tooltips, IsAverageRole.
    QVariant decoration(const QModelIndex& index, int role, bool average) const;
    void collectReadyIntervals();
    void sumReadyIntervals();
    bool isAnswer(int column) const;
    bool allFinished() const;

    RunPtr m_run;
    engine::Tick m_time = 0;
    bool m_concealed = false;
    // Ready intervals [start, end) of every process, process by process (compressed rows):
    // process p's are at [m_offsets[p], m_offsets[p + 1]); m_before[i] sums the lengths before
    // interval i within its process.
    std::vector<std::size_t> m_offsets;
    std::vector<engine::Tick> m_starts;
    std::vector<engine::Tick> m_ends;
    std::vector<engine::Tick> m_before;
};

}  // namespace schedlab::models
