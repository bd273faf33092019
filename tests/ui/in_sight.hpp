#pragma once
// Whether a widget can be seen whole: for tests of what the user sees at classroom sizes.

#include <QWidget>

namespace schedlab::ui::testing {

/// True when every ancestor shows all of `widget`: nothing scrolled away or cut off.
inline bool inSight(const QWidget* widget) {
    QRect rect = widget->rect();
    for (const QWidget* w = widget; w->parentWidget(); w = w->parentWidget()) {
        rect.translate(w->pos());
        if (!w->isVisible() || !w->parentWidget()->rect().contains(rect)) {
            return false;
        }
    }
    return true;
}

}  // namespace schedlab::ui::testing
