#include "models/policy_checklist_model.hpp"

#include "engine/policy_registry.hpp"
#include "engine/policy_spec.hpp"
#include "models/engine_text.hpp"

namespace schedlab::models {
namespace {

QString specOf(const engine::PolicyConfig& config) {
    return QString::fromStdString(engine::formatPolicySpec(config));
}

}  // namespace

PolicyChecklistModel::PolicyChecklistModel(QObject* parent) : QAbstractListModel(parent) {}

void PolicyChecklistModel::fillWithEveryPolicy(const engine::PolicyConfig* own) {
    beginResetModel();
    m_rows.clear();
    for (const engine::PolicyEntry& entry : engine::policyEntries()) {
        engine::PolicyConfig config{std::string(entry.name)};
        const bool isOwn = own && own->name == config.name;
        if (isOwn) {
            config = *own;
        }
        QString spec = specOf(config);
        m_rows.push_back({std::move(config), std::move(spec), isOwn || entry.comparedByDefault});
    }
    endResetModel();
}

void PolicyChecklistModel::add(const engine::PolicyConfig& config) {
    const QString spec = specOf(config);
    if (!specs().contains(spec)) {
        const int row = rowCount();
        beginInsertRows({}, row, row);
        m_rows.push_back({config, spec, false});
        endInsertRows();
    }
    setChecked(spec, true);
}

void PolicyChecklistModel::setChecked(const QString& nameOrSpec, bool checked) {
    for (int row = 0; row < rowCount(); ++row) {
        const Row& r = m_rows[std::size_t(row)];
        if (r.spec == nameOrSpec || QString::fromStdString(r.config.name) == nameOrSpec) {
            setRowChecked(row, checked);
        }
    }
}

void PolicyChecklistModel::setRowChecked(int row, bool checked) {
    if (m_rows[std::size_t(row)].checked != checked) {
        m_rows[std::size_t(row)].checked = checked;
        emit dataChanged(index(row), index(row), {Qt::CheckStateRole});
    }
}

QStringList PolicyChecklistModel::specs() const {
    QStringList out;
    for (const Row& r : m_rows) {
        out.append(r.spec);
    }
    return out;
}

QStringList PolicyChecklistModel::checkedSpecs() const {
    QStringList out;
    for (const Row& r : m_rows) {
        if (r.checked) {
            out.append(r.spec);
        }
    }
    return out;
}

std::vector<engine::PolicyConfig> PolicyChecklistModel::checkedConfigs() const {
    std::vector<engine::PolicyConfig> out;
    for (const Row& r : m_rows) {
        if (r.checked) {
            out.push_back(r.config);
        }
    }
    return out;
}

int PolicyChecklistModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

// Title on one line, SPEC indented below it (with spaces after the commas, so it can wrap).
QVariant PolicyChecklistModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Row& r = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1\n    %2").arg(engineText(engine::findPolicy(r.config.name)->title),
                                    QString(r.spec).replace(QLatin1Char(','), QLatin1String(", ")));
    case Qt::ToolTipRole:
    case SpecRole:
        return r.spec;
    case Qt::CheckStateRole:
        return r.checked ? Qt::Checked : Qt::Unchecked;
    default:
        return {};
    }
}

bool PolicyChecklistModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return false;
    }
    setRowChecked(index.row(), value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags PolicyChecklistModel::flags(const QModelIndex& index) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsUserCheckable;
}

}  // namespace schedlab::models
