#pragma once
// The checkable list of policies of the Compare tab and the batch window: one row per policy
// configuration (title and SPEC), checked or not. A policy is named by its SPEC
// ("rr:quantum=2") or, to act on every row of that policy, by its name ("rr").

#include <QAbstractListModel>
#include <QStringList>
#include <vector>

#include "engine/workload.hpp"

namespace schedlab::models {

class PolicyChecklistModel : public QAbstractListModel {
    Q_OBJECT
public:
    /// The SPEC of a row, e.g. "rr:quantum=2".
    static constexpr int SpecRole = Qt::UserRole + 1;

    explicit PolicyChecklistModel(QObject* parent = nullptr);

    /// Lists every registered policy with its defaults, checking those compared by default.
    /// When `own` is given, its policy is listed as it is (so rr keeps its quantum) and checked.
    void fillWithEveryPolicy(const engine::PolicyConfig* own = nullptr);
    /// Adds `config` unless its SPEC is listed already; either way it is checked.
    void add(const engine::PolicyConfig& config);
    /// Checks or unchecks the row with SPEC `nameOrSpec`, or every row of policy `nameOrSpec`.
    void setChecked(const QString& nameOrSpec, bool checked);

    /// SPECs of the rows, and of the checked rows, in row order.
    QStringList specs() const;
    QStringList checkedSpecs() const;
    std::vector<engine::PolicyConfig> checkedConfigs() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Row {
        engine::PolicyConfig config;
        QString spec;
        bool checked = false;
    };
    void setRowChecked(int row, bool checked);

    std::vector<Row> m_rows;
};

}  // namespace schedlab::models
