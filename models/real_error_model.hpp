#pragma once
// The table of a real run's errors: one row per process, simulated and real first run,
// completion and waiting (ms) with their errors, and the kernel's switch counters.

#include <QAbstractTableModel>

#include "models/real_runner.hpp"

namespace schedlab::models {

class RealErrorModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Name,
        FirstRunSimulated,
        FirstRunReal,
        FirstRunError,
        CompletionSimulated,
        CompletionReal,
        CompletionError,
        WaitingSimulated,
        WaitingReal,
        WaitingError,
        Voluntary,
        Involuntary,
        ColumnCount
    };
    /// Qt::UserRole: the number behind a cell (ms, or a count), for sorting and tests.
    static constexpr int kValueRole = Qt::UserRole;

    explicit RealErrorModel(QObject* parent = nullptr);

    void setResult(RealResultPtr result);  ///< nullptr clears the table

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant value(const real::ProcessComparison& row, int column) const;

    RealResultPtr m_result;
};

}  // namespace schedlab::models
