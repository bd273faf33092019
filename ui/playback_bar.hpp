#pragma once
// The transport of the playback: to start, step back, play/pause, step forward, to end; a time
// slider and a spin box to jump to a time; the speed; the current time in large type. The
// actions carry the keyboard shortcuts (Space, Left, Right, Home, End) for the whole window.

#include <QPointer>
#include <QStyle>
#include <QWidget>

#include "models/playback_controller.hpp"

class QAction;
class QComboBox;
class QLabel;
class QSlider;
class QSpinBox;
class QToolButton;

namespace schedlab::ui {

class PlaybackBar : public QWidget {
    Q_OBJECT
public:
    explicit PlaybackBar(QWidget* parent = nullptr);

    /// Drives `controller` and follows it; the bar does not own it.
    void setController(models::PlaybackController* controller);
    models::PlaybackController* controller() const { return m_controller; }

    // For menus and tests: the actions behind the buttons (shortcuts in their tooltips).
    QAction* toStartAction() const { return m_toStart; }
    QAction* stepBackAction() const { return m_stepBack; }
    QAction* playAction() const { return m_play; }
    QAction* stepForwardAction() const { return m_stepForward; }
    QAction* toEndAction() const { return m_toEnd; }
    QSlider* slider() const { return m_slider; }
    QSpinBox* timeBox() const { return m_timeBox; }
    QComboBox* speedBox() const { return m_speed; }
    QLabel* timeLabel() const { return m_timeLabel; }

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QAction* makeAction(const QString& text, const QKeySequence& key, QStyle::StandardPixmap icon);
    QToolButton* makeButton(QAction* action);
    QIcon tintedIcon(QStyle::StandardPixmap icon) const;
    void buildWidgets();
    void buildSpeeds();
    void retranslate();
    void syncRun();
    void syncTime();
    void syncPlaying(bool playing);
    void applySpeed(int index);

    QPointer<models::PlaybackController> m_controller;
    QAction* m_toStart = nullptr;
    QAction* m_stepBack = nullptr;
    QAction* m_play = nullptr;
    QAction* m_stepForward = nullptr;
    QAction* m_toEnd = nullptr;
    QSlider* m_slider = nullptr;
    QSpinBox* m_timeBox = nullptr;
    QComboBox* m_speed = nullptr;
    QLabel* m_timeLabel = nullptr;
};

}  // namespace schedlab::ui
