#include "models/process_table_model.hpp"

#include <QColor>

#include "models/scenario_document.hpp"

namespace schedlab::models {

ProcessTableModel::ProcessTableModel(ScenarioDocument* document, QObject* parent)
    : QAbstractTableModel(parent), m_document(document) {
    Q_ASSERT(document);
    connectDocument();
}

void ProcessTableModel::connectDocument() {
    auto* d = m_document.data();
    connect(d, &ScenarioDocument::rowsAboutToBeInserted, this,
            [this](int first, int last) { beginInsertRows({}, first, last); });
    connect(d, &ScenarioDocument::rowsInserted, this, [this] { endInsertRows(); });
    connect(d, &ScenarioDocument::rowsAboutToBeRemoved, this,
            [this](int first, int last) { beginRemoveRows({}, first, last); });
    connect(d, &ScenarioDocument::rowsRemoved, this, [this] { endRemoveRows(); });
    connect(d, &ScenarioDocument::rowAboutToBeMoved, this, &ProcessTableModel::onRowAboutToBeMoved);
    connect(d, &ScenarioDocument::rowMoved, this, [this] { endMoveRows(); });
    connect(d, &ScenarioDocument::aboutToReset, this, [this] { beginResetModel(); });
    connect(d, &ScenarioDocument::resetDone, this, [this] { endResetModel(); });
    connect(d, &ScenarioDocument::cellChanged, this, [this](int row, int column) {
        auto changed = index(row, column);
        emit dataChanged(changed, changed);
    });
    connect(d, &ScenarioDocument::problemsChanged, this, &ProcessTableModel::onProblemsChanged);
}

// Qt names the destination in the indices before the move: one past `to` when moving down.
void ProcessTableModel::onRowAboutToBeMoved(int from, int to) {
    bool ok = beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    Q_ASSERT(ok);
    Q_UNUSED(ok);
}

void ProcessTableModel::onProblemsChanged() {
    if (rowCount() == 0) {
        return;
    }
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                     {Qt::ToolTipRole, Qt::BackgroundRole, Qt::ForegroundRole, ProblemRole});
}

int ProcessTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_document ? 0 : m_document->rowCount();
}

int ProcessTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : kProcessColumnCount;
}

QVariant ProcessTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        return m_document->cell(index.row(), index.column());
    }
    if (role == Qt::ToolTipRole || role == Qt::BackgroundRole || role == Qt::ForegroundRole ||
        role == ProblemRole) {
        return problemData(m_document->cellProblem(index.row(), index.column()), role);
    }
    return {};
}

QVariant ProcessTableModel::problemData(const QString& problem, int role) const {
    if (role == ProblemRole) {
        return problem;
    }
    if (problem.isEmpty()) {
        return {};
    }
    switch (role) {
        case Qt::ToolTipRole:
            return problem;
        case Qt::BackgroundRole:
            return QColor(255, 220, 220);
        default:
            return QColor(160, 0, 0);
    }
}

QVariant ProcessTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical) {
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    }
    if (role == Qt::ToolTipRole) {
        return headerToolTip(section);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
        case NameColumn:
            return tr("Name");
        case ArrivalColumn:
            return tr("Arrival");
        case PriorityColumn:
            return tr("Priority");
        case BurstsColumn:
            return tr("Bursts");
        default:
            return {};
    }
}

QString ProcessTableModel::headerToolTip(int section) const {
    switch (section) {
        case NameColumn:
            return tr("Unique name of the process");
        case ArrivalColumn:
            return tr("Tick at which the process arrives; blank means 0");
        case PriorityColumn:
            return tr("Priority, compared as the priority order says; blank means 0");
        default:
            return tr(
                "CPU and I/O bursts, alternating, starting and ending with CPU: "
                "5 3 2, [5, 3, 2] or CPU 5, IO 3, CPU 2");
    }
}

Qt::ItemFlags ProcessTableModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

bool ProcessTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return false;
    }
    // The document emits cellChanged, and so dataChanged, when the text really changes.
    m_document->setCell(index.row(), index.column(), value.toString());
    return true;
}

}  // namespace schedlab::models
