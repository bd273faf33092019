#include "ui/vertical_scroll_area.hpp"

#include <QEvent>
#include <QScrollBar>
#include <QStyle>
#include <algorithm>

namespace schedlab::ui {

VerticalScrollArea::VerticalScrollArea(QWidget* parent) : QScrollArea(parent) {
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

// The widget's minimum width and room for the vertical scroll bar, which may appear.
int VerticalScrollArea::neededWidth() const {
    const int bar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    const int content = widget() ? widget()->minimumSizeHint().width() : 0;
    const int fixed = widget() ? widget()->minimumWidth() : 0;
    return std::max(content, fixed) + bar + 2 * frameWidth();
}

QSize VerticalScrollArea::minimumSizeHint() const {
    return {neededWidth(), QScrollArea::minimumSizeHint().height()};
}

QSize VerticalScrollArea::sizeHint() const {
    QSize hint = QScrollArea::sizeHint();
    return {std::max(hint.width(), neededWidth()), hint.height()};
}

// A widget whose minimum grows (new fonts, new rows) makes the area ask for more room.
bool VerticalScrollArea::eventFilter(QObject* watched, QEvent* event) {
    if (watched == widget() && event->type() == QEvent::LayoutRequest) {
        updateGeometry();
    }
    return QScrollArea::eventFilter(watched, event);
}

}  // namespace schedlab::ui
