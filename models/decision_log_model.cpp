#include "models/decision_log_model.hpp"

#include <QFont>
#include <algorithm>
#include <limits>

#include "engine/explain.hpp"
#include "models/engine_text.hpp"

namespace schedlab::models {
namespace {

std::string translateEngine(std::string_view english) {
    return engineText(english).toStdString();
}

}  // namespace

DecisionLogModel::DecisionLogModel(QObject* parent) : QAbstractListModel(parent) {}

QString DecisionLogModel::describe(const engine::Decision& decision,
                                   const engine::Workload& workload) {
    auto sentence = engine::render(engine::describe(decision, workload), translateEngine);
    return tr("t=%1: %2").arg(decision.time).arg(QString::fromStdString(sentence));
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
