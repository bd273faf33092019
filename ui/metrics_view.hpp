#pragma once
// The per-process metrics table at the current instant, sortable by any column; the "Average"
// row stays last whichever way it is sorted, and is pinned: a one-row footer under the rows shows
// it however far the table is scrolled (the row itself is hidden in the scrolling part). #12

#include <QPointer>
#include <QTableView>
#include <QTimer>

#include "models/playback_controller.hpp"

class QSortFilterProxyModel;

namespace schedlab::models {
class MetricsModel;
}  // namespace schedlab::models

namespace schedlab::ui {

class MetricsView : public QTableView {
    Q_OBJECT
public:
    explicit MetricsView(QWidget* parent = nullptr);

    /// Shows the controller's run at its current time.
    void setController(models::PlaybackController* controller);
    models::MetricsModel* metricsModel() const { return m_model; }
    QSortFilterProxyModel* proxyModel() const { return m_proxy; }
    /// The pinned one-row table that shows the average row.
    QTableView* footer() const { return m_footer; }

signals:
    /// The status bar's line for the current instant (MetricsModel::summaryText()).
    void summaryChanged(const QString& text);

protected:
    void updateGeometries() override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void syncRun();
    /// Sorts again by the current column, since values change as time moves; large tables
    /// only once time stops moving.
    void resort();
    void sortNow();
    void buildFooter();
    void hideAverageRow();
    void fitAverageLabel();

    QPointer<models::PlaybackController> m_controller;
    models::MetricsModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_footer = nullptr;
    QTimer m_settle;
};

}  // namespace schedlab::ui
