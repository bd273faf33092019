#pragma once
// The current instant as boxes: what each CPU is doing, the ready queue in order (one row per
// MLFQ level) and the processes blocked on I/O with the ticks they have left. Processes that
// changed state at this instant are outlined in the accent colour. Long rows end in "+ N more".

#include <QPointer>
#include <QRect>
#include <QWidget>
#include <vector>

#include "engine/types.hpp"
#include "models/playback_controller.hpp"

namespace schedlab::ui {

class QueueView : public QWidget {
    Q_OBJECT
public:
    explicit QueueView(QWidget* parent = nullptr);

    /// Follows the controller's run and time; the view does not own it.
    void setController(models::PlaybackController* controller);
    models::PlaybackController* controller() const { return m_controller; }

    QSize sizeHint() const override;

    /// A process box drawn in the last paint, for tooltips and tests.
    struct Hit {
        QRect rect;
        engine::Pid process = engine::kNoProcess;
    };
    const std::vector<Hit>& hits() const { return m_hits; }

    /// A line of text drawn in the last paint, as drawn (elided when it did not fit), with the
    /// rectangle it was drawn in: for tests that check what the view says.
    struct ShownText {
        QRect rect;
        QString text;
    };
    const std::vector<ShownText>& shownTexts() const { return m_texts; }

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QString toolTipFor(engine::Pid process) const;
    /// The ready queues to lay out: the current ones, or one empty row without a run.
    const std::vector<std::vector<engine::Pid>>& readyRows() const;

    QPointer<models::PlaybackController> m_controller;
    std::vector<Hit> m_hits;
    std::vector<ShownText> m_texts;
};

}  // namespace schedlab::ui
