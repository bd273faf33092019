#include "models/metrics_model.hpp"

#include <QFont>
#include <QLocale>
#include <algorithm>
#include <limits>
#include <numeric>

namespace schedlab::models {
namespace {

const QString kUnknown = QStringLiteral("\u2013");  // en dash: not known yet
const QString kConcealed = QStringLiteral("?");     // the student's to work out

bool isNumeric(int column) { return column != MetricsModel::Name; }

}  // namespace

MetricsModel::MetricsModel(QObject* parent) : QAbstractTableModel(parent) {}

void MetricsModel::setRun(RunPtr run) {
    beginResetModel();
    m_run = std::move(run);
    collectReadyIntervals();
    endResetModel();
}

void MetricsModel::setTime(engine::Tick time) {
    if (time == m_time) {
        return;
    }
    m_time = time;
    if (m_run) {
        emit dataChanged(index(0, Name), index(averageRow(), Waiting));
    }
}

void MetricsModel::setConcealed(bool concealed) {
    if (concealed == m_concealed) {
        return;
    }
    m_concealed = concealed;
    if (m_run) {
        emit dataChanged(index(0, Name), index(averageRow(), ColumnCount - 1));
    }
}

bool MetricsModel::isAnswer(int column) const {
    return column == Response || column == Turnaround || column == Waiting;
}

bool MetricsModel::allFinished() const {
    return std::ranges::all_of(m_run->result.processes, [this](const auto& m) {
        return m.completion >= 0 && m.completion <= m_time;
    });
}

std::optional<double> MetricsModel::average(int column, int* known) const {
    double sum = 0;
    int count = 0;
    if (m_run && isAnswer(column)) {
        for (std::size_t p = 0; p < m_run->result.processes.size(); ++p) {
            QVariant value = processValue(static_cast<engine::Pid>(p), column);
            sum += value.isValid() ? value.toDouble() : 0.0;
            count += value.isValid() ? 1 : 0;
        }
    }
    if (known) {
        *known = count;
    }
    return count > 0 ? std::optional(sum / count) : std::nullopt;
}

QString MetricsModel::summaryText() const {
    if (!m_run) {
        return {};
    }
    const QString policy = QString::fromStdString(m_run->result.policy);
    if (m_concealed) {  // the summary would give the answers away
        return tr("Exercise: %1").arg(policy);
    }
    const int processes = static_cast<int>(m_run->result.processes.size());
    const QString waiting = index(averageRow(), Waiting).data().toString();
    if (allFinished()) {
        return tr("%1: %2 processes, makespan %3, average waiting %4")
            .arg(policy)
            .arg(processes)
            .arg(m_run->result.summary.makespan)
            .arg(waiting);
    }
    return tr("%1: %2 processes, t = %3, average waiting so far %4")
        .arg(policy)
        .arg(processes)
        .arg(m_time)
        .arg(waiting);
}

int MetricsModel::averageRow() const {
    return m_run ? static_cast<int>(m_run->result.processes.size()) : -1;
}

// Builds the compressed ready intervals from the event log in two passes (count, then fill).
void MetricsModel::collectReadyIntervals() {
    m_offsets.clear();
    m_starts.clear();
    m_ends.clear();
    m_before.clear();
    if (!m_run) {
        return;
    }
    const auto& events = m_run->result.events;
    std::size_t n = m_run->result.processes.size();
    m_offsets.assign(n + 1, 0);
    for (const auto& e : events) {
        m_offsets[e.process + 1] += e.to == engine::ProcessState::Ready ? 1 : 0;
    }
    std::partial_sum(m_offsets.begin(), m_offsets.end(), m_offsets.begin());
    m_starts.resize(m_offsets[n]);
    m_ends.assign(m_offsets[n], std::numeric_limits<engine::Tick>::max());
    std::vector<std::size_t> cursor(m_offsets.begin(), m_offsets.end() - 1);
    for (const auto& e : events) {
        if (e.to == engine::ProcessState::Ready) {
            m_starts[cursor[e.process]] = e.time;
        } else if (e.from == engine::ProcessState::Ready) {
            m_ends[cursor[e.process]++] = e.time;
        }
    }
    sumReadyIntervals();
}

void MetricsModel::sumReadyIntervals() {
    m_before.resize(m_starts.size());
    for (std::size_t p = 0; p + 1 < m_offsets.size(); ++p) {
        engine::Tick sum = 0;
        for (std::size_t i = m_offsets[p]; i < m_offsets[p + 1]; ++i) {
            m_before[i] = sum;
            sum += m_ends[i] - m_starts[i];
        }
    }
}

engine::Tick MetricsModel::waitingAt(engine::Pid process, engine::Tick time) const {
    auto first = m_starts.begin() + static_cast<std::ptrdiff_t>(m_offsets[process]);
    auto last = m_starts.begin() + static_cast<std::ptrdiff_t>(m_offsets[process + 1]);
    auto k = static_cast<std::size_t>(std::upper_bound(first, last, time) - m_starts.begin());
    if (k == m_offsets[process]) {
        return 0;
    }
    std::size_t i = k - 1;
    return m_before[i] + std::min(m_ends[i], time) - m_starts[i];
}

int MetricsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_run ? 0 : averageRow() + 1;
}

int MetricsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MetricsModel::processValue(engine::Pid p, int column) const {
    const auto& m = m_run->result.processes[p];
    bool started = m.firstRun >= 0 && m.firstRun <= m_time;
    bool done = m.completion >= 0 && m.completion <= m_time;
    switch (column) {
        case Name:
            return QString::fromStdString(m_run->workload.processes[p].name);
        case Arrival:
            return qlonglong(m.arrival);
        case FirstRun:
            return started ? QVariant(qlonglong(m.firstRun)) : QVariant();
        case Completion:
            return done ? QVariant(qlonglong(m.completion)) : QVariant();
        case Response:
            return started ? QVariant(qlonglong(m.firstRun - m.arrival)) : QVariant();
        case Turnaround:
            return done ? QVariant(qlonglong(m.completion - m.arrival)) : QVariant();
        case Waiting:
            if (m.arrival > m_time || (m_run->result.events.empty() && !done)) {
                return {};
            }
            return qlonglong(done ? m.waiting : waitingAt(p, m_time));
        case Cpu:
            return qlonglong(m.cpu);
        case Io:
            return qlonglong(m.io);
    }
    return {};
}

QString MetricsModel::averageLabel(bool final) {
    return final ? tr("Average") : tr("Average so far");
}

QVariant MetricsModel::averageValue(int column) const {
    if (column == Name) {
        return averageLabel(allFinished());
    }
    if (!isAnswer(column)) {
        return {};
    }
    auto value = average(column);
    return value ? QVariant(*value) : QVariant(kUnknown);
}

QVariant MetricsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    bool average = index.row() == averageRow();
    if (role != Qt::DisplayRole && role != SortRole) {
        return decoration(index, role, average);
    }
    QVariant value = average ? averageValue(index.column())
                             : processValue(engine::Pid(index.row()), index.column());
    if (m_concealed && isAnswer(index.column())) {  // sorting must not tell either
        return role == SortRole ? QVariant(qlonglong(0)) : QVariant(kConcealed);
    }
    if (role == SortRole) {
        return value.isValid() ? value : QVariant(std::numeric_limits<qlonglong>::max());
    }
    if (value.typeId() == QMetaType::Double) {
        return QLocale().toString(value.toDouble(), 'f', 2);
    }
    return value.isValid() || !isNumeric(index.column()) || average ? value : kUnknown;
}

QString MetricsModel::averageTip(int column) const {
    int known = 0;
    if (!average(column, &known) && isAnswer(column)) {
        return tr("Not known yet at t = %1").arg(m_time);
    }
    if (!isAnswer(column) || known == averageRow()) {
        return tr("Averages over all processes");
    }
    return tr("Mean of the %1 of %2 processes whose value is known at t = %3")
        .arg(known)
        .arg(averageRow())
        .arg(m_time);
}

QVariant MetricsModel::decoration(const QModelIndex& index, int role, bool average) const {
    switch (role) {
        case IsAverageRole:
            return average;
        case Qt::TextAlignmentRole:
            return int((isNumeric(index.column()) ? Qt::AlignRight : Qt::AlignLeft) |
                       Qt::AlignVCenter);
        case Qt::FontRole:
            if (average) {
                QFont font;
                font.setBold(true);
                return font;
            }
            break;
        case Qt::ToolTipRole:
            if (m_concealed && isAnswer(index.column())) {
                return tr("Hidden until you check your times in the Exercise panel");
            }
            if (average) {
                return averageTip(index.column());
            }
            break;
    }
    return {};
}

QVariant MetricsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    static const char* const names[] = {
        QT_TR_NOOP("Process"),    QT_TR_NOOP("Arrival"),  QT_TR_NOOP("First run"),
        QT_TR_NOOP("Completion"), QT_TR_NOOP("Response"), QT_TR_NOOP("Turnaround"),
        QT_TR_NOOP("Waiting"),    QT_TR_NOOP("CPU"),      QT_TR_NOOP("I/O")};
    static const char* const tips[] = {
        QT_TR_NOOP("Process name"),
        QT_TR_NOOP("Tick at which the process arrives"),
        QT_TR_NOOP("First tick the process actually runs"),
        QT_TR_NOOP("Tick at which its last CPU burst ends"),
        QT_TR_NOOP("Response = first run - arrival"),
        QT_TR_NOOP("Turnaround = completion - arrival"),
        QT_TR_NOOP("Ticks spent in the ready state so far (never blocked time)"),
        QT_TR_NOOP("Total CPU burst ticks"),
        QT_TR_NOOP("Total I/O burst ticks")};
    if (role == Qt::DisplayRole) {
        return tr(names[section]);
    }
    if (role == Qt::ToolTipRole) {
        return tr(tips[section]);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

}  // namespace schedlab::models
