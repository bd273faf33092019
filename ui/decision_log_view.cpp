#include "ui/decision_log_view.hpp"

#include "models/decision_log_model.hpp"
#include "models/playback_controller.hpp"

namespace schedlab::ui {

DecisionLogView::DecisionLogView(QWidget* parent) : QListView(parent) {
    m_model = new models::DecisionLogModel(this);
    setModel(m_model);
    setUniformItemSizes(true);  // millions of rows: no per-row size queries
    setWordWrap(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    QFont big = font();
    big.setPointSizeF(std::max(13.0, font().pointSizeF() * 1.2));
    setFont(big);
}

void DecisionLogView::setController(models::PlaybackController* controller) {
    if (m_controller) {
        disconnect(m_controller, nullptr, this, nullptr);
    }
    m_controller = controller;
    if (controller) {
        connect(controller, &models::PlaybackController::runChanged, this,
                &DecisionLogView::syncRun);
        connect(controller, &models::PlaybackController::timeChanged, this,
                &DecisionLogView::syncTime);
    }
    syncRun();
}

void DecisionLogView::syncRun() {
    m_model->setRun(m_controller ? m_controller->run() : nullptr);
    syncTime();
}

void DecisionLogView::syncTime() {
    if (!m_controller) {
        return;
    }
    m_model->setTime(m_controller->time());
    if (m_follow && m_model->rowCount() > 0) {
        scrollTo(m_model->index(m_model->rowCount() - 1), QAbstractItemView::PositionAtBottom);
    }
}

}  // namespace schedlab::ui
