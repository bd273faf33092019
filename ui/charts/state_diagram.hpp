#pragma once
// The five-state process model (new, ready, running, blocked, terminated) as a diagram: each
// box shows how many processes are in that state now, and the transitions taken at exactly
// this instant are drawn thick in the accent colour with how many processes took them.

#include <QList>
#include <QPointer>
#include <QRectF>
#include <QWidget>
#include <array>

#include "engine/types.hpp"
#include "models/instant_state.hpp"
#include "models/playback_controller.hpp"

namespace schedlab::ui {

class StateDiagram : public QWidget {
    Q_OBJECT
public:
    /// An arrow of the diagram: admit, dispatch, timeout/preempt, I/O wait, I/O done, exit.
    struct Transition {
        engine::ProcessState from;
        engine::ProcessState to;
        const char* label;  ///< untranslated; shown through tr()
    };
    static const std::array<Transition, 6>& transitions();

    explicit StateDiagram(QWidget* parent = nullptr);

    void setController(models::PlaybackController* controller);
    models::PlaybackController* controller() const { return m_controller; }

    /// What the last paint showed: processes per state (by enum value) and, per transition in
    /// transitions() order, how many took it at this instant.
    const std::array<int, models::kStateCount>& shownCounts() const { return m_counts; }
    const std::array<int, 6>& shownTransitions() const { return m_taken; }
    /// Where the last paint put the transition labels and the state boxes: for tests that
    /// check that nothing overlaps and everything lies inside the widget.
    const QList<QRectF>& shownLabelRects() const { return m_labelRects; }
    const QList<QRectF>& shownBoxRects() const { return m_boxRects; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QPointer<models::PlaybackController> m_controller;
    std::array<int, models::kStateCount> m_counts{};
    std::array<int, 6> m_taken{};
    QList<QRectF> m_labelRects;
    QList<QRectF> m_boxRects;
};

}  // namespace schedlab::ui
