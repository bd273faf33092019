#pragma once
// The per-process metrics table at the current instant, sortable by any column; the "Average"
// row stays last whichever way it is sorted.

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

private:
    void syncRun();
    /// Sorts again by the current column, since values change as time moves; large tables
    /// only once time stops moving.
    void resort();
    void sortNow();

    QPointer<models::PlaybackController> m_controller;
    models::MetricsModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTimer m_settle;
};

}  // namespace schedlab::ui
