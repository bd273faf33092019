#include "ui/playback_bar.hpp"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <algorithm>

#include "models/playback_controller.hpp"

namespace schedlab::ui {
namespace {

using Mode = models::PlaybackController::PlayMode;

struct Speed {
    Mode mode;
    double perSecond;
};

constexpr Speed kSpeeds[] = {
    {Mode::Ticks, 1},   {Mode::Ticks, 2},    {Mode::Ticks, 4},
    {Mode::Ticks, 8},   {Mode::Ticks, 16},   {Mode::Ticks, 50},
    {Mode::Ticks, 200}, {Mode::Instants, 1}, {Mode::Instants, 2},
};
constexpr int kDefaultSpeed = 2;  // 4 ticks per second
// The QStyle::StandardPixmap of an action's icon, to tint it again when the palette changes.
constexpr const char* kIconProperty = "schedlabIcon";

// Whether the focused widget needs this key for itself: an editable table navigates its cells
// with the arrows, Home and End, and starts editing with Space.
bool keepsKey(QObject* receiver, const QKeyEvent* key) {
    static const int keys[] = {Qt::Key_Space, Qt::Key_Left, Qt::Key_Right, Qt::Key_Home,
                               Qt::Key_End};
    auto* view = qobject_cast<QAbstractItemView*>(receiver);
    return view && view->editTriggers() != QAbstractItemView::NoEditTriggers &&
           key->modifiers() == Qt::NoModifier &&
           std::find(std::begin(keys), std::end(keys), key->key()) != std::end(keys);
}

QString withShortcut(const QString& text, const QKeySequence& key) {
    return PlaybackBar::tr("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText));
}

}  // namespace

PlaybackBar::PlaybackBar(QWidget* parent) : QWidget(parent) {
    QFont readable = font();  // the bar is read from the back of the room too
    readable.setPointSizeF(std::max(12.0, font().pointSizeF() * 1.15));
    setFont(readable);
    m_toStart = makeAction(tr("To the start"), Qt::Key_Home, QStyle::SP_MediaSkipBackward);
    m_stepBack = makeAction(tr("Step back"), Qt::Key_Left, QStyle::SP_MediaSeekBackward);
    m_play = makeAction(tr("Play"), Qt::Key_Space, QStyle::SP_MediaPlay);
    m_stepForward = makeAction(tr("Step forward"), Qt::Key_Right, QStyle::SP_MediaSeekForward);
    m_toEnd = makeAction(tr("To the end"), Qt::Key_End, QStyle::SP_MediaSkipForward);
    buildWidgets();
    buildSpeeds();
    retranslate();
    setController(nullptr);
    qApp->installEventFilter(this);  // to leave editable tables their keys, see keepsKey
}

void PlaybackBar::buildWidgets() {
    m_slider = new QSlider(Qt::Horizontal, this);
    m_timeBox = new QSpinBox(this);
    m_timeBox->setKeyboardTracking(false);
    m_speed = new QComboBox(this);
    m_timeLabel = new QLabel(this);
    QFont big = font();
    big.setPointSizeF(std::max(16.0, font().pointSizeF() * 1.5));
    big.setBold(true);
    m_timeLabel->setFont(big);
    m_slider->setMinimumWidth(60);  // the slider gives way first on a narrow window
    // Compact: as wide as "16 ticks/s", not as the longest item; the list shows them in full.
    m_speed->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_speed->setMinimumContentsLength(9);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);
    for (QAction* action : {m_toStart, m_stepBack, m_play, m_stepForward, m_toEnd}) {
        layout->addWidget(makeButton(action));
    }
    layout->addWidget(m_timeLabel);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_timeBox);
    layout->addWidget(m_speed);
}

bool PlaybackBar::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::ShortcutOverride &&
        keepsKey(watched, static_cast<QKeyEvent*>(event))) {
        event->accept();  // the key goes to the table, not to the playback shortcuts
    }
    return QWidget::eventFilter(watched, event);
}

QAction* PlaybackBar::makeAction(const QString& text, const QKeySequence& key,
                                 QStyle::StandardPixmap icon) {
    auto* action = new QAction(tintedIcon(icon), text, this);
    action->setProperty(kIconProperty, int(icon));
    action->setShortcut(key);
    action->setShortcutContext(Qt::WindowShortcut);
    addAction(action);
    return action;
}

QToolButton* PlaybackBar::makeButton(QAction* action) {
    auto* button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setIconSize(QSize(28, 28));
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::NoFocus);  // Space belongs to play/pause, not to a button
    return button;
}

void PlaybackBar::buildSpeeds() {
    m_speed->clear();
    for (const Speed& s : kSpeeds) {
        int n = static_cast<int>(s.perSecond);
        if (s.mode == Mode::Ticks) {
            m_speed->addItem(n == 1 ? tr("1 tick/s") : tr("%1 ticks/s").arg(n));
        } else {
            m_speed->addItem(n == 1 ? tr("1 instant/s") : tr("%1 instants/s").arg(n));
        }
    }
    m_speed->setCurrentIndex(kDefaultSpeed);
    m_speed->setToolTip(
        tr("Playback speed: ticks of simulated time per second, or instants "
           "(times at which something happens) per second"));
}

void PlaybackBar::retranslate() {
    m_toStart->setText(tr("To the start"));
    m_stepBack->setText(tr("Step back"));
    m_stepForward->setText(tr("Step forward"));
    m_toEnd->setText(tr("To the end"));
    for (QAction* a : {m_toStart, m_stepBack, m_stepForward, m_toEnd}) {
        a->setToolTip(withShortcut(a->text(), a->shortcut()));
    }
    syncPlaying(m_controller && m_controller->isPlaying());
    m_slider->setToolTip(tr("Simulated time: drag to move through the run"));
    m_timeBox->setToolTip(tr("Jump to a time (ticks)"));
    int speed = m_speed->currentIndex();
    QSignalBlocker block(m_speed);
    buildSpeeds();
    m_speed->setCurrentIndex(speed);
}

void PlaybackBar::setController(models::PlaybackController* controller) {
    if (m_controller) {
        disconnect(m_controller, nullptr, this, nullptr);
        for (QAction* a : actions()) {
            disconnect(a, nullptr, m_controller, nullptr);
        }
        disconnect(m_slider, nullptr, m_controller, nullptr);
        disconnect(m_timeBox, nullptr, m_controller, nullptr);
    }
    m_controller = controller;
    setEnabled(controller != nullptr);
    if (!controller) {
        return;
    }
    using PC = models::PlaybackController;
    connect(m_toStart, &QAction::triggered, controller, &PC::toStart);
    connect(m_stepBack, &QAction::triggered, controller, &PC::stepBack);
    connect(m_play, &QAction::triggered, controller, &PC::togglePlay);
    connect(m_stepForward, &QAction::triggered, controller, &PC::stepForward);
    connect(m_toEnd, &QAction::triggered, controller, &PC::toEnd);
    connect(m_slider, &QSlider::valueChanged, controller, &PC::jumpTo);
    connect(m_timeBox, &QSpinBox::valueChanged, controller, &PC::jumpTo);
    connect(controller, &PC::runChanged, this, &PlaybackBar::syncRun);
    connect(controller, &PC::limitChanged, this, &PlaybackBar::syncRun);
    connect(controller, &PC::timeChanged, this, &PlaybackBar::syncTime);
    connect(controller, &PC::playingChanged, this, &PlaybackBar::syncPlaying);
    connect(m_speed, &QComboBox::currentIndexChanged, this, &PlaybackBar::applySpeed);
    applySpeed(m_speed->currentIndex());
    syncRun();
}

void PlaybackBar::syncRun() {
    bool hasRun = m_controller->run() != nullptr;
    auto end = static_cast<int>(m_controller->endTime());
    for (QWidget* w : std::initializer_list<QWidget*>{m_slider, m_timeBox}) {
        QSignalBlocker block(w);
        w->setEnabled(hasRun);
    }
    {
        QSignalBlocker block(m_slider);
        m_slider->setRange(0, end);
        m_slider->setPageStep(std::max(1, end / 10));
    }
    {
        QSignalBlocker block(m_timeBox);
        m_timeBox->setRange(0, end);
    }
    // Room for the run's last time, so that the bar does not jump while playing.
    const QFontMetrics metrics(m_timeLabel->font());
    int widest = metrics.horizontalAdvance(tr("t = %1").arg(std::max(end, 99)));
    if (m_controller && m_controller->startTime() < 0) {  // an exercise's first question
        widest = std::max(widest, metrics.horizontalAdvance(tr("before t = 0")));
    }
    m_timeLabel->setMinimumWidth(widest + 4);
    for (QAction* a : actions()) {
        a->setEnabled(hasRun);
    }
    syncTime();
}

void PlaybackBar::syncTime() {
    auto now = static_cast<int>(m_controller->time());
    // -1: an exercise's first question, asked before anything has happened (#12).
    m_timeLabel->setText(now < 0 ? tr("before t = 0") : tr("t = %1").arg(now));
    QSignalBlocker blockSlider(m_slider);
    QSignalBlocker blockBox(m_timeBox);
    m_slider->setValue(now);
    m_timeBox->setValue(now);
}

void PlaybackBar::syncPlaying(bool playing) {
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    auto icon = playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay;
    m_play->setIcon(tintedIcon(icon));
    m_play->setProperty(kIconProperty, int(icon));
    m_play->setToolTip(withShortcut(tr("Play or pause"), m_play->shortcut()));
}

void PlaybackBar::applySpeed(int index) {
    if (!m_controller || index < 0 || index >= static_cast<int>(std::size(kSpeeds))) {
        return;
    }
    m_controller->setPlayMode(kSpeeds[index].mode);
    m_controller->setSpeed(kSpeeds[index].perSecond);
}

// The style's media icons are drawn black; in the palette's text colour they also show on a
// dark theme.
QIcon PlaybackBar::tintedIcon(QStyle::StandardPixmap icon) const {
    QPixmap pixmap = style()->standardIcon(icon).pixmap(64, 64);
    QPainter painter(&pixmap);
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(pixmap.rect(), palette().color(QPalette::ButtonText));
    return QIcon(pixmap);
}

void PlaybackBar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange) {
        for (QAction* action : actions()) {
            action->setIcon(
                tintedIcon(QStyle::StandardPixmap(action->property(kIconProperty).toInt())));
        }
    }
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

}  // namespace schedlab::ui
