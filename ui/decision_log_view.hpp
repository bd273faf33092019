#pragma once
// The decision log up to the current instant, scrolled so that the latest decisions show; those
// taken at the current instant are bold.

#include <QListView>
#include <QPointer>

#include "models/playback_controller.hpp"

namespace schedlab::models {
class DecisionLogModel;
}  // namespace schedlab::models

namespace schedlab::ui {

class DecisionLogView : public QListView {
    Q_OBJECT
public:
    explicit DecisionLogView(QWidget* parent = nullptr);

    void setController(models::PlaybackController* controller);
    models::DecisionLogModel* logModel() const { return m_model; }

    /// Whether the view scrolls to the latest decision as time moves (default true).
    void setFollowTime(bool follow) { m_follow = follow; }
    bool followsTime() const { return m_follow; }

private:
    void syncRun();
    void syncTime();

    QPointer<models::PlaybackController> m_controller;
    models::DecisionLogModel* m_model = nullptr;
    bool m_follow = true;
};

}  // namespace schedlab::ui
