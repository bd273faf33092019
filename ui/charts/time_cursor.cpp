#include "charts/time_cursor.hpp"

#include <QMouseEvent>
#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

#include "charts/chart_style.hpp"

namespace schedlab::ui {
namespace {

QCPLayer* cursorLayer(QCustomPlot* plot) {
    const QString name = QStringLiteral("cursor");
    if (QCPLayer* layer = plot->layer(name)) {
        return layer;
    }
    plot->addLayer(name, plot->layer(QStringLiteral("legend")), QCustomPlot::limBelow);
    QCPLayer* layer = plot->layer(name);
    layer->setMode(QCPLayer::lmBuffered);  // moving the cursor redraws only this layer
    return layer;
}

QCPItemStraightLine* makeLine(QCustomPlot* plot, QCPAxisRect* rect, QCPLayer* layer) {
    auto* line = new QCPItemStraightLine(plot);
    line->setLayer(layer);
    line->setClipAxisRect(rect);
    for (QCPItemPosition* p : {line->point1, line->point2}) {
        p->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        p->setAxisRect(rect);
        p->setTypeX(QCPItemPosition::ptPlotCoords);
        p->setTypeY(QCPItemPosition::ptAxisRectRatio);
    }
    line->point1->setCoords(0, 0);
    line->point2->setCoords(0, 1);
    return line;
}

QCPItemText* makeLabel(QCustomPlot* plot, QCPAxisRect* rect, QCPLayer* layer) {
    auto* label = new QCPItemText(plot);
    label->setLayer(layer);
    label->setClipToAxisRect(false);
    label->position->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    label->position->setAxisRect(rect);
    label->position->setTypeX(QCPItemPosition::ptPlotCoords);
    label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    label->setFont(chartFont(kTickPointSize, true));
    label->setColor(Qt::white);
    label->setPadding(QMargins(6, 2, 6, 2));
    return label;
}

}  // namespace

TimeCursor::TimeCursor(QCustomPlot* plot, QList<QCPAxisRect*> rects)
    : QObject(plot), m_plot(plot), m_rects(std::move(rects)) {
    m_layer = cursorLayer(plot);
    for (QCPAxisRect* rect : m_rects) {
        m_lines.append(makeLine(plot, rect, m_layer));
    }
    m_label = makeLabel(plot, m_rects.front(), m_layer);
    m_labelText = [](engine::Tick t) { return tr("t = %1").arg(t); };
    setColor(QColor(0xc2185b));
    reserveLabelStrip();
    plot->installEventFilter(this);
    connect(plot, &QCustomPlot::beforeReplot, this, &TimeCursor::keepLabelInside);
    refresh();
}

void TimeCursor::setTime(engine::Tick time) {
    m_time = time;
    refresh();
    if (m_plot->isVisible()) {
        m_layer->replot();
    }
}

double TimeCursor::lineKey() const {
    return m_time < 0 ? std::numeric_limits<double>::quiet_NaN()
                      : m_lines.front()->point1->coords().x();
}

void TimeCursor::setColor(const QColor& color) {
    for (QCPItemStraightLine* line : m_lines) {
        line->setPen(QPen(color, 3));
    }
    m_label->setBrush(color);
    m_label->setPen(QPen(color));
}

void TimeCursor::updateFont() {
    m_label->setFont(chartFont(kTickPointSize, true));
    reserveLabelStrip();
}

// The label stands in a strip of its own above the plot area, so that it never covers a bar,
// a row's name or the legend.
int TimeCursor::stripHeight() const {
    const QMargins pad = m_label->padding();
    return QFontMetrics(m_label->font()).height() + pad.top() + pad.bottom() + 2;
}

void TimeCursor::reserveLabelStrip() {
    QMargins margins = m_rects.front()->minimumMargins();
    margins.setTop(stripHeight());
    m_rects.front()->setMinimumMargins(margins);
}

// Centred on the line, except near the ends of the time axis: there it hangs to the inside.
void TimeCursor::keepLabelInside() {
    const QRect inside = m_rects.front()->rect();
    const double x = m_rects.front()->axis(QCPAxis::atBottom)->coordToPixel(double(m_time));
    const double half = labelRect().width() / 2.0;
    Qt::Alignment horizontal = Qt::AlignHCenter;
    if (x - half < inside.left()) {
        horizontal = Qt::AlignLeft;
    } else if (x + half > inside.right()) {
        horizontal = Qt::AlignRight;
    }
    m_label->setPositionAlignment(horizontal | Qt::AlignBottom);
}

QRect TimeCursor::labelRect() const {
    if (!m_label->visible()) {
        return {};
    }
    const QMargins pad = m_label->padding();
    const QSize text = QFontMetrics(m_label->font()).size(0, m_label->text());
    const QSize size(text.width() + pad.left() + pad.right(), text.height() + pad.top() + pad.bottom());
    const QRect inside = m_rects.front()->rect();
    const int x = qRound(m_rects.front()->axis(QCPAxis::atBottom)->coordToPixel(double(m_time)));
    const Qt::Alignment align = m_label->positionAlignment();
    const int left = align & Qt::AlignLeft    ? x
                     : align & Qt::AlignRight ? x - size.width()
                                              : x - size.width() / 2;
    return {QPoint(left, inside.top() - size.height()), size};
}

void TimeCursor::setBounds(engine::Tick first, engine::Tick last) {
    m_first = first;
    m_last = std::max(first, last);
}

void TimeCursor::setLabelFunction(std::function<QString(engine::Tick)> label) {
    m_labelText = std::move(label);
    refresh();
}

void TimeCursor::refresh() {
    const bool shown = m_time >= 0;
    const auto key = static_cast<double>(m_time);
    for (QCPItemStraightLine* line : m_lines) {
        line->setVisible(shown);
        line->point1->setCoords(key, 0);
        line->point2->setCoords(key, 1);
    }
    m_label->setVisible(shown);
    m_label->position->setCoords(key, 0);
    if (shown && m_labelText) {
        m_label->setText(m_labelText(m_time));
    }
}

QRect TimeCursor::scrubArea() const {
    const QCPAxisRect* rect = m_rects.back();
    const QRect inner = rect->rect();
    const QRect outer = rect->outerRect();
    return QRect(QPoint(inner.left(), inner.bottom() + 1), QPoint(inner.right(), outer.bottom()));
}

void TimeCursor::emitAt(int x) {
    const double key = m_rects.back()->axis(QCPAxis::atBottom)->pixelToCoord(x);
    const auto tick = static_cast<engine::Tick>(std::llround(key));
    emit timeClicked(std::clamp(tick, m_first, m_last));
}

// Presses on the time axis scrub instead of dragging the axis, so the filter takes them before
// QCustomPlot sees them.
bool TimeCursor::eventFilter(QObject* watched, QEvent* event) {
    const auto type = event->type();
    if (watched != m_plot || (type != QEvent::MouseButtonPress && type != QEvent::MouseMove &&
                              type != QEvent::MouseButtonRelease)) {
        return QObject::eventFilter(watched, event);
    }
    auto* mouse = static_cast<QMouseEvent*>(event);
    const QPoint pos = mouse->position().toPoint();
    if (type == QEvent::MouseButtonPress && mouse->button() == Qt::LeftButton &&
        scrubArea().contains(pos)) {
        m_scrubbing = true;
    }
    if (!m_scrubbing) {
        return false;
    }
    if (type == QEvent::MouseButtonRelease) {
        m_scrubbing = false;
    } else {
        emitAt(pos.x());
    }
    return true;
}

}  // namespace schedlab::ui
