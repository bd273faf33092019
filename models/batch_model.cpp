#include "models/batch_model.hpp"

#include <QDir>

namespace schedlab::models {

// One compared file: its name as shown and a CompareModel of its rows, which marks the bests.
struct BatchModel::FileRows {
    QString path;   ///< as compared
    QString shown;  ///< relative to the folder
    QString scenario;
    CompareModel model;
};

BatchModel::BatchModel(QObject* parent)
    : QAbstractTableModel(parent), m_titles(new CompareModel(this)) {}

BatchModel::~BatchModel() = default;

namespace {

QString shownName(const QString& path, const QString& folder) {
    if (folder.isEmpty()) {
        return path;
    }
    const QString relative = QDir(folder).relativeFilePath(path);
    return relative.startsWith(QLatin1String("..")) ? path : relative;
}

}  // namespace

void BatchModel::setResult(const compare::BatchResult& result, const QString& folder) {
    beginResetModel();
    m_rows.clear();
    m_fileOfRow.clear();
    m_rowInFile.clear();
    m_files.clear();
    for (const compare::FileOutcome& outcome : result.files) {
        if (!outcome.loaded || outcome.rows.empty()) {
            continue;
        }
        auto file = std::make_unique<FileRows>();
        file->path = QString::fromStdString(outcome.file);
        file->shown = shownName(file->path, folder);
        file->scenario = QString::fromStdString(outcome.rows.front().scenario);
        std::vector<CompareEntry> entries;
        for (const report::CompareRow& row : outcome.rows) {
            m_fileOfRow.push_back(int(m_files.size()));
            m_rowInFile.push_back(int(entries.size()));
            entries.push_back({row.policy, row.summary});
            m_rows.push_back(row);
        }
        file->model.setEntries(std::move(entries));
        m_files.push_back(std::move(file));
    }
    endResetModel();
}

void BatchModel::clear() { setResult({}); }

QStringList BatchModel::files() const {
    QStringList paths;
    for (const auto& file : m_files) {
        paths.append(file->path);
    }
    return paths;
}

QString BatchModel::scenarioName(int fileIndex) const {
    return m_files.at(std::size_t(fileIndex))->scenario;
}

const std::vector<CompareEntry>& BatchModel::entries(int fileIndex) const {
    return m_files.at(std::size_t(fileIndex))->model.entries();
}

int BatchModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BatchModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(FirstCompareColumn) + int(CompareModel::ColumnCount);
}

QModelIndex BatchModel::compareIndex(int row, int column) const {
    const CompareModel& model = m_files[std::size_t(m_fileOfRow[std::size_t(row)])]->model;
    return model.index(m_rowInFile[std::size_t(row)], column - FirstCompareColumn);
}

QVariant BatchModel::fileData(int row, int column, int role) const {
    const FileRows& file = *m_files[std::size_t(m_fileOfRow[std::size_t(row)])];
    const QString text = column == File ? file.shown : file.scenario;
    switch (role) {
        case Qt::DisplayRole:
        case ValueRole:
            return text;
        case Qt::ToolTipRole:
            return column == File ? file.path : QVariant();
        case IsBestRole:
            return false;
        default:
            return {};
    }
}

QVariant BatchModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    if (role == FileIndexRole) {
        return m_fileOfRow[std::size_t(index.row())];
    }
    if (index.column() < FirstCompareColumn) {
        return fileData(index.row(), index.column(), role);
    }
    return compareIndex(index.row(), index.column()).data(role);
}

QVariant BatchModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical) {
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    }
    if (section >= FirstCompareColumn) {  // the comparison's own titles and tooltips
        return m_titles->headerData(section - FirstCompareColumn, orientation, role);
    }
    if (role == Qt::ToolTipRole) {
        return section == File ? tr("Scenario file, relative to the chosen folder")
                               : tr("The scenario's name in the file");
    }
    if (role != Qt::DisplayRole || section < 0) {
        return {};
    }
    return section == File ? tr("File") : tr("Scenario");
}

}  // namespace schedlab::models
