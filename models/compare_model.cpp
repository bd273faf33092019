#include "models/compare_model.hpp"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace schedlab::models {
namespace {

constexpr double kTolerance = 1e-9;

// Readable on both light and dark backgrounds: a translucent green.
QColor bestBackground() { return QColor(46, 160, 67, 90); }

}  // namespace

CompareModel::CompareModel(QObject* parent) : QAbstractTableModel(parent) {
    m_best.assign(ColumnCount, std::numeric_limits<double>::quiet_NaN());
}

void CompareModel::setEntries(std::vector<CompareEntry> entries) {
    beginResetModel();
    m_entries = std::move(entries);
    computeBest();
    endResetModel();
}

void CompareModel::clear() { setEntries({}); }

double CompareModel::metricValue(const engine::Summary& s, int column) {
    switch (column) {
        case AvgWaiting:
            return s.avgWaiting;
        case AvgTurnaround:
            return s.avgTurnaround;
        case AvgResponse:
            return s.avgResponse;
        case CpuUtilization:
            return s.cpuUtilization;
        case ContextSwitches:
            return static_cast<double>(s.contextSwitches);
        case Throughput:
            return s.throughput;
        case MaxWaiting:
            return static_cast<double>(s.maxWaiting);
        case Makespan:
            return static_cast<double>(s.makespan);
        default:
            return std::numeric_limits<double>::quiet_NaN();
    }
}

bool CompareModel::higherIsBetter(int column) {
    return column == CpuUtilization || column == Throughput;
}

void CompareModel::computeBest() {
    m_best.assign(ColumnCount, std::numeric_limits<double>::quiet_NaN());
    if (m_entries.size() < 2) {
        return;
    }
    for (int column = AvgWaiting; column < ColumnCount; ++column) {
        double lowest = metricValue(m_entries.front().summary, column);
        double highest = lowest;
        for (const CompareEntry& entry : m_entries) {
            lowest = std::min(lowest, metricValue(entry.summary, column));
            highest = std::max(highest, metricValue(entry.summary, column));
        }
        if (highest - lowest > kTolerance * std::max(1.0, std::abs(highest))) {
            m_best[static_cast<std::size_t>(column)] = higherIsBetter(column) ? highest : lowest;
        }  // all equal: nobody is best
    }
}

bool CompareModel::isBest(int row, int column) const {
    if (row < 0 || row >= rowCount() || column <= Policy || column >= ColumnCount) {
        return false;
    }
    const double best = m_best[static_cast<std::size_t>(column)];
    const double value = metricValue(m_entries[static_cast<std::size_t>(row)].summary, column);
    return !std::isnan(best) &&
           std::abs(value - best) <= kTolerance * std::max(1.0, std::abs(best));
}

int CompareModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int CompareModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString CompareModel::displayText(int row, int column) const {
    const CompareEntry& entry = m_entries[static_cast<std::size_t>(row)];
    const double value = metricValue(entry.summary, column);
    switch (column) {
        case Policy:
            return QString::fromStdString(entry.policy);
        case AvgWaiting:
        case AvgTurnaround:
        case AvgResponse:
            return QString::number(value, 'f', 2);
        case CpuUtilization:
            return tr("%1 %").arg(value * 100.0, 0, 'f', 1);
        case Throughput:
            return QString::number(value, 'f', 3);
        default:
            return QString::number(static_cast<qlonglong>(value));
    }
}

QVariant CompareModel::bestMark(int role) {
    switch (role) {
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case Qt::BackgroundRole:
            return QBrush(bestBackground());
        default:
            return tr("Best of the compared policies");
    }
}

QVariant CompareModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const int row = index.row();
    const int column = index.column();
    const bool best = isBest(row, column);
    switch (role) {
        case Qt::DisplayRole:
            return displayText(row, column);
        case Qt::TextAlignmentRole:
            return column == Policy ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                    : QVariant(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::FontRole:
        case Qt::BackgroundRole:
        case Qt::ToolTipRole:
            return best ? bestMark(role) : QVariant();
        case IsBestRole:
            return best;
        case ValueRole:
            return column == Policy ? QVariant(displayText(row, column))
                                    : QVariant(metricValue(m_entries[row].summary, column));
        default:
            return {};
    }
}

QVariant CompareModel::headerTip(int column) const {
    switch (column) {
        case Policy:
            return tr("Scheduling policy with its parameters");
        case AvgWaiting:
            return tr("Average ticks a process spends ready, waiting for a CPU (lower is better)");
        case AvgTurnaround:
            return tr("Average ticks from arrival to completion (lower is better)");
        case AvgResponse:
            return tr("Average ticks from arrival to first run (lower is better)");
        case CpuUtilization:
            return tr("Share of CPU time spent running processes (higher is better)");
        case ContextSwitches:
            return tr("Dispatches of a different process than the CPU ran last (lower is better)");
        case Throughput:
            return tr("Processes finished per tick (higher is better)");
        case MaxWaiting:
            return tr("Longest time any process spent waiting (lower is better)");
        case Makespan:
            return tr("Ticks from the first arrival to the last completion (lower is better)");
        default:
            return {};
    }
}

QVariant CompareModel::headerTitle(int column) {
    switch (column) {
        case Policy:
            return tr("Policy");
        case AvgWaiting:
            return tr("Avg waiting");
        case AvgTurnaround:
            return tr("Avg turnaround");
        case AvgResponse:
            return tr("Avg response");
        case CpuUtilization:
            return tr("CPU utilization");
        case ContextSwitches:
            return tr("Context switches");
        case Throughput:
            return tr("Throughput");
        case MaxWaiting:
            return tr("Max waiting");
        case Makespan:
            return tr("Makespan");
        default:
            return {};
    }
}

QVariant CompareModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical) {
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    }
    if (role == Qt::ToolTipRole) {
        return headerTip(section);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    return headerTitle(section);
}

QHash<int, QByteArray> CompareModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IsBestRole, "isBest");
    names.insert(ValueRole, "value");
    return names;
}

}  // namespace schedlab::models
