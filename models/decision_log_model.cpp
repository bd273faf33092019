#include "models/decision_log_model.hpp"

#include <QFont>
#include <algorithm>
#include <limits>

namespace schedlab::models {
namespace {

QString nameOf(engine::Pid p, const engine::Workload& workload) {
    return p < workload.processes.size() ? QString::fromStdString(workload.processes[p].name)
                                         : QStringLiteral("?");
}

QString cpuName(int cpu) { return DecisionLogModel::tr("CPU %1").arg(cpu); }

// Why this process was chosen, by what the policy orders on (as engine::explain).
QString reason(const engine::Decision& d, const engine::Workload& workload) {
    const std::string& policy = workload.policy.name;
    if (policy == "sjf") {
        return DecisionLogModel::tr("shortest next burst: %1").arg(d.key);
    }
    if (policy == "srtf") {
        return DecisionLogModel::tr("shortest remaining: %1").arg(d.key);
    }
    if (policy == "priority" || policy == "priority-p") {
        return DecisionLogModel::tr("best priority: %1").arg(d.key);
    }
    if (policy == "hrrn") {
        double ratio = static_cast<double>(d.key) / 1000.0;
        return DecisionLogModel::tr("highest response ratio: %1").arg(ratio, 0, 'f', 3);
    }
    if (policy == "mlfq") {
        return DecisionLogModel::tr("first in the highest non-empty level: %1").arg(d.key);
    }
    return DecisionLogModel::tr("first in the ready queue");
}

// How the preempting process beat the running one ("remaining 3 < 5").
QString comparison(const engine::Decision& d, const engine::Workload& workload) {
    const std::string& policy = workload.policy.name;
    if (policy == "mlfq" && d.key == d.otherKey) {
        return DecisionLogModel::tr("it is ahead of it in level %1").arg(d.key);
    }
    if (policy == "srtf") {
        return DecisionLogModel::tr("remaining %1 < %2").arg(d.key).arg(d.otherKey);
    }
    if (policy == "mlfq") {
        return DecisionLogModel::tr("level %1 < %2").arg(d.key).arg(d.otherKey);
    }
    return DecisionLogModel::tr("priority %1 < %2").arg(d.key).arg(d.otherKey);
}

// "P1 starts I/O for 3 ticks", with "1 tick" in the singular as engine::explain says it.
QString startsIo(const QString& who, std::int64_t ticks) {
    return ticks == 1 ? DecisionLogModel::tr("%1 starts I/O for 1 tick").arg(who)
                      : DecisionLogModel::tr("%1 starts I/O for %2 ticks").arg(who).arg(ticks);
}

QString sentence(const engine::Decision& d, const engine::Workload& w) {
    using K = engine::DecisionKind;
    QString who = nameOf(d.process, w);
    switch (d.kind) {
        case K::Dispatch:
            return DecisionLogModel::tr("%1 runs %2 (%3)").arg(cpuName(d.cpu), who, reason(d, w));
        case K::Continue:
            return DecisionLogModel::tr("%1 continues on %2 (nothing else is ready)")
                .arg(who, cpuName(d.cpu));
        case K::Preempt:
            return DecisionLogModel::tr("%1 preempts %2 on %3: %4")
                .arg(who, nameOf(d.other, w), cpuName(d.cpu), comparison(d, w));
        case K::QuantumExpired:
            return DecisionLogModel::tr("%1 used up its quantum on %2").arg(who, cpuName(d.cpu));
        case K::Demote:
            return DecisionLogModel::tr("%1 used up its allotment and moves down to level %2")
                .arg(who)
                .arg(d.key);
        case K::Boost:
            return DecisionLogModel::tr("priority boost: every process goes back to the top level");
        case K::Block:
            return startsIo(who, d.key);
        case K::Finish:
            return DecisionLogModel::tr("%1 finishes").arg(who);
        case K::Hold:
            return DecisionLogModel::tr("%1 stays idle while %2 does I/O (multiprogramming is off)")
                .arg(cpuName(d.cpu), who);
    }
    return QStringLiteral("?");
}

}  // namespace

DecisionLogModel::DecisionLogModel(QObject* parent) : QAbstractListModel(parent) {}

QString DecisionLogModel::describe(const engine::Decision& decision,
                                   const engine::Workload& workload) {
    return tr("t=%1: %2").arg(decision.time).arg(sentence(decision, workload));
}

void DecisionLogModel::setRun(RunPtr run) {
    beginResetModel();
    m_run = std::move(run);
    m_rows = visibleAt(m_time);
    endResetModel();
}

void DecisionLogModel::setTime(engine::Tick time) {
    engine::Tick old = m_time;
    int rows = visibleAt(time);
    if (rows > m_rows) {
        beginInsertRows({}, m_rows, rows - 1);
        m_rows = rows;
        m_time = time;
        endInsertRows();
    } else if (rows < m_rows) {
        beginRemoveRows({}, rows, m_rows - 1);
        m_rows = rows;
        m_time = time;
        endRemoveRows();
    }
    m_time = time;
    // Rows before min(old, time) were not current before and are not now.
    int first = old == time ? m_rows : visibleAt(std::min(old, time) - 1);
    if (first < m_rows) {
        emit dataChanged(index(first), index(m_rows - 1), {Qt::FontRole, CurrentRole});
    }
}

int DecisionLogModel::visibleAt(engine::Tick time) const {
    if (!m_run) {
        return 0;
    }
    const auto& decisions = m_run->result.decisions;
    auto end =
        std::upper_bound(decisions.begin(), decisions.end(), time,
                         [](engine::Tick t, const engine::Decision& d) { return t < d.time; });
    auto count = std::min<std::ptrdiff_t>(end - decisions.begin(), std::numeric_limits<int>::max());
    return static_cast<int>(count);
}

int DecisionLogModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_rows;
}

QVariant DecisionLogModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const auto& decision = m_run->result.decisions[static_cast<std::size_t>(index.row())];
    switch (role) {
        case Qt::DisplayRole:
            return describe(decision, m_run->workload);
        case TimeRole:
            return qlonglong(decision.time);
        case CurrentRole:
            return decision.time == m_time;
        case Qt::FontRole:
            if (decision.time == m_time) {
                QFont font;
                font.setBold(true);
                return font;
            }
            break;
    }
    return {};
}

}  // namespace schedlab::models
