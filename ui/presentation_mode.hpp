#pragma once
// View > Presentation (F11): the window full screen with larger fonts, only the charts and the
// "now" panel showing, for a room that reads the screen from the back. Leaving it puts back the
// window state, the docks and the fonts as they were.

#include <QByteArray>
#include <QFont>
#include <QList>
#include <QObject>
#include <QRect>

class QAction;
class QDockWidget;
class QMainWindow;

namespace schedlab::ui {

class PresentationMode : public QObject {
    Q_OBJECT
public:
    /// How much larger fonts are while presenting.
    static constexpr double kFontScale = 1.5;

    /// `hidden`: the docks put away while presenting (editing, tables); `grown`: the docks that
    /// stay, made wider with the fonts.
    PresentationMode(QMainWindow* window, QList<QDockWidget*> hidden, QList<QDockWidget*> grown);

    /// Checkable, F11.
    QAction* action() const { return m_action; }
    bool isActive() const { return m_active; }
    void setActive(bool active);

signals:
    /// After entering (true) or leaving (false).
    void activeChanged(bool active);

private:
    void enter();
    void leave();
    void restoreLayout();

    QMainWindow* m_window;
    QList<QDockWidget*> m_hidden;
    QList<QDockWidget*> m_grown;
    QAction* m_action;
    bool m_active = false;
    QByteArray m_dockState;
    QRect m_geometry;
    Qt::WindowStates m_windowState;
    QFont m_font;
};

}  // namespace schedlab::ui
