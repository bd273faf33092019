#pragma once
// The batch comparison as a table: one row per (file, policy), file order then policy order, as
// `schedlab-cli compare` lists them. The columns are the file, the scenario's name, then the
// comparison tab's (policy and metrics, CompareModel's columns, with its texts and tooltips).
// Among the rows of one file the best value of each metric is marked as CompareModel marks it
// (bold, green, IsBestRole); files are never compared with each other.

#include <QAbstractTableModel>
#include <QString>
#include <memory>
#include <vector>

#include "compare/batch_comparison.hpp"
#include "models/compare_model.hpp"

namespace schedlab::models {

class BatchModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { File, Scenario, FirstCompareColumn };
    enum Role {
        IsBestRole = CompareModel::IsBestRole,
        ValueRole = CompareModel::ValueRole,  ///< the number (metrics) or text, for sorting
        FileIndexRole,                        ///< int: which file of files() the row belongs to
    };

    explicit BatchModel(QObject* parent = nullptr);
    ~BatchModel() override;

    /// Replaces every row (a model reset) with the loaded files of `result`. File names are shown
    /// relative to `folder` when they are inside it.
    void setResult(const compare::BatchResult& result, const QString& folder = {});
    void clear();

    /// The files that were compared (loaded), in input order.
    QStringList files() const;
    /// The scenario name of file `fileIndex`.
    QString scenarioName(int fileIndex) const;
    /// The rows of one file, for its chart.
    const std::vector<CompareEntry>& entries(int fileIndex) const;
    /// Every row as the report writers take them (the file names as compared).
    const std::vector<report::CompareRow>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct FileRows;

    QVariant fileData(int row, int column, int role) const;
    /// The row's cell in its file's CompareModel.
    QModelIndex compareIndex(int row, int column) const;

    std::vector<report::CompareRow> m_rows;
    std::vector<int> m_fileOfRow;   ///< per row: index into m_files
    std::vector<int> m_rowInFile;   ///< per row: row in its file's model
    std::vector<std::unique_ptr<FileRows>> m_files;
    CompareModel* m_titles;  ///< an empty comparison, for its column titles
};

}  // namespace schedlab::models
