#include "models/real_error_model.hpp"

#include <QBrush>
#include <QColor>
#include <cmath>

namespace schedlab::models {
namespace {

/// Errors at least this large (ms) are highlighted.
constexpr double kLargeErrorMs = 5.0;

bool isError(int column) {
    return column == RealErrorModel::FirstRunError || column == RealErrorModel::CompletionError ||
           column == RealErrorModel::WaitingError;
}

}  // namespace

RealErrorModel::RealErrorModel(QObject* parent) : QAbstractTableModel(parent) {}

void RealErrorModel::setResult(RealResultPtr result) {
    beginResetModel();
    m_result = std::move(result);
    endResetModel();
}

int RealErrorModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_result ? 0 : int(m_result->comparison.processes.size());
}

int RealErrorModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RealErrorModel::value(const real::ProcessComparison& row, int column) const {
    auto ms = [](double v) { return v < 0 ? QVariant() : QVariant(v); };
    auto count = [](std::int64_t v) { return v < 0 ? QVariant() : QVariant(qlonglong(v)); };
    switch (column) {
        case Name:
            return QString::fromStdString(row.name);
        case FirstRunSimulated:
            return ms(row.simulated.firstRunMs);
        case FirstRunReal:
            return ms(row.real.firstRunMs);
        case FirstRunError:
            return row.firstRunErrorMs;
        case CompletionSimulated:
            return ms(row.simulated.completionMs);
        case CompletionReal:
            return ms(row.real.completionMs);
        case CompletionError:
            return row.completionErrorMs;
        case WaitingSimulated:
            return row.simulated.waitingMs;
        case WaitingReal:
            return row.real.waitingMs;
        case WaitingError:
            return row.waitingErrorMs;
        case Voluntary:
            return count(row.kernel.voluntarySwitches);
        case Involuntary:
            return count(row.kernel.involuntarySwitches);
        default:
            return {};
    }
}

QVariant RealErrorModel::data(const QModelIndex& index, int role) const {
    if (!m_result || !index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const auto& row = m_result->comparison.processes[std::size_t(index.row())];
    QVariant v = value(row, index.column());
    if (role == kValueRole) {
        return v;
    }
    if (role == Qt::TextAlignmentRole) {
        return index.column() == Name ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                      : int(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::BackgroundRole && isError(index.column()) &&
        std::abs(v.toDouble()) >= kLargeErrorMs) {
        return QBrush(QColor(255, 120, 120, 90));
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (v.typeId() == QMetaType::Double) {
        double d = v.toDouble();
        return isError(index.column()) ? QString::asprintf("%+.1f", d) : QString::number(d, 'f', 1);
    }
    return v.isNull() ? QStringLiteral("-") : v;
}

QVariant RealErrorModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        return section >= Voluntary ? tr("The kernel's count of switches away from the process")
                                    : tr("Milliseconds from tick 0; error = real - simulated");
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
        case Name:
            return tr("Process");
        case FirstRunSimulated:
            return tr("First run (sim)");
        case FirstRunReal:
            return tr("First run (real)");
        case FirstRunError:
            return tr("Error");
        case CompletionSimulated:
            return tr("Completion (sim)");
        case CompletionReal:
            return tr("Completion (real)");
        case CompletionError:
            return tr("Error");
        case WaitingSimulated:
            return tr("Waiting (sim)");
        case WaitingReal:
            return tr("Waiting (real)");
        case WaitingError:
            return tr("Error");
        case Voluntary:
            return tr("Voluntary");
        case Involuntary:
            return tr("Involuntary");
        default:
            return {};
    }
}

}  // namespace schedlab::models
