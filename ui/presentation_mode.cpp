#include "ui/presentation_mode.hpp"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QTimer>

#include "charts/chart_style.hpp"

namespace schedlab::ui {

PresentationMode::PresentationMode(QMainWindow* window, QList<QDockWidget*> hidden,
                                   QList<QDockWidget*> grown)
    : QObject(window), m_window(window), m_hidden(std::move(hidden)), m_grown(std::move(grown)) {
    m_action = new QAction(tr("&Presentation"), this);
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::Key_F11));
    m_action->setStatusTip(tr("Full screen with large fonts and only the charts and the current "
                              "instant, for a classroom"));
    connect(m_action, &QAction::toggled, this, &PresentationMode::setActive);
}

void PresentationMode::setActive(bool active) {
    if (active == m_active) {
        return;
    }
    m_active = active;
    active ? enter() : leave();
    {
        const QSignalBlocker blocker(m_action);
        m_action->setChecked(active);
    }
    emit activeChanged(active);
}

void PresentationMode::enter() {
    m_dockState = m_window->saveState();
    m_geometry = m_window->geometry();
    m_windowState = m_window->windowState();
    m_font = QApplication::font();
    for (QDockWidget* dock : m_hidden) {
        dock->hide();
    }
    // The chart scale first: the application font change makes every chart restyle itself.
    setChartFontScale(kFontScale);
    QFont larger = m_font;
    if (m_font.pointSizeF() > 0) {
        larger.setPointSizeF(m_font.pointSizeF() * kFontScale);
    } else {
        larger.setPixelSize(qRound(m_font.pixelSize() * kFontScale));
    }
    QApplication::setFont(larger);
    m_window->setWindowState(m_windowState | Qt::WindowFullScreen);
    QList<int> widths;
    for (QDockWidget* dock : m_grown) {
        widths.append(qRound(dock->width() * kFontScale));
    }
    m_window->resizeDocks(m_grown, widths, Qt::Horizontal);
}

// The fonts first, then the window and the docks, once more after the smaller fonts have
// reached every widget: their minimum sizes shrink only then.
void PresentationMode::leave() {
    setChartFontScale(1.0);
    QApplication::setFont(m_font);
    m_window->setWindowState(m_windowState);
    restoreLayout();
    QTimer::singleShot(0, this, [this] {
        if (!m_active) {
            restoreLayout();
        }
    });
}

// The window's own geometry, not saveGeometry()'s frame: without a window manager (a
// classroom kiosk, Xvfb) the frame offsets it assumes would move the window down.
void PresentationMode::restoreLayout() {
    if (!(m_windowState & (Qt::WindowMaximized | Qt::WindowFullScreen))) {
        m_window->setGeometry(m_geometry);
    }
    m_window->restoreState(m_dockState);
}

}  // namespace schedlab::ui
