#pragma once
// The process table of the scenario editor over a ScenarioDocument: Name, Arrival, Priority,
// Bursts. Edits become undo commands; a cell with a problem carries the message as its tooltip
// and is tinted.

#include <QAbstractTableModel>
#include <QPointer>

namespace schedlab::models {

class ScenarioDocument;

class ProcessTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        ProblemRole = Qt::UserRole + 1,  ///< QString: the cell's problems, empty when fine
    };

    explicit ProcessTableModel(ScenarioDocument* document, QObject* parent = nullptr);

    ScenarioDocument* document() const { return m_document; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

private:
    void connectDocument();
    void onRowAboutToBeMoved(int from, int to);
    void onProblemsChanged();
    QVariant problemData(const QString& problem, int role) const;
    QString headerToolTip(int section) const;

    QPointer<ScenarioDocument> m_document;
};

}  // namespace schedlab::models
