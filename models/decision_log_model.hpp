#pragma once
// The decision log of a run up to the current instant, one scheduling decision per row, oldest
// first. Rows are formatted when asked for, so a run with millions of decisions costs nothing
// until a view scrolls to them.

#include <QAbstractListModel>

#include "engine/result.hpp"
#include "engine/workload.hpp"
#include "models/run.hpp"

namespace schedlab::models {

class DecisionLogModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        TimeRole = Qt::UserRole + 1,  ///< the decision's time (qlonglong)
        CurrentRole,                  ///< true when the decision is at the current instant
    };

    explicit DecisionLogModel(QObject* parent = nullptr);

    void setRun(RunPtr run);
    /// Shows the decisions at or before `time`; rows are inserted or removed at the end.
    void setTime(engine::Tick time);
    engine::Tick time() const { return m_time; }

    /// The sentence for one decision, translated; in English it reads exactly as
    /// engine::explain() (e.g. "t=12: P3 preempts P1 on CPU 0: remaining 3 < 5").
    static QString describe(const engine::Decision& decision, const engine::Workload& workload);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    int visibleAt(engine::Tick time) const;

    RunPtr m_run;
    engine::Tick m_time = 0;
    int m_rows = 0;
};

}  // namespace schedlab::models
