#include "charts/interval_plottable.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

namespace schedlab::ui {
namespace {

// Share of the row height each kind of bar takes: running is the full bar, waiting a thinner
// one, so a glance at a row shows when the process actually had a CPU.
double heightShare(IntervalKind kind) {
    switch (kind) {
        case IntervalKind::Running:
        case IntervalKind::CpuBusy:
        case IntervalKind::CpuSwitching:
            return 0.72;
        case IntervalKind::Ready:
        case IntervalKind::Blocked:
            return 0.40;
        case IntervalKind::CpuIdle:
            return 0.30;
        case IntervalKind::Switching:
            return 0.30;
    }
    return 0.5;
}

constexpr double kMinLabelWidth = 18.0;  // pixels: narrower bars never get a label

}  // namespace

IntervalPlottable::IntervalPlottable(QCPAxis* keyAxis, QCPAxis* valueAxis)
    : QCPAbstractPlottable(keyAxis, valueAxis) {
    setSelectable(QCP::stNone);
    setAntialiased(false);
}

void IntervalPlottable::setLayout(std::shared_ptr<const GanttLayout> layout,
                                  QStringList processNames) {
    m_layout = std::move(layout);
    m_names = std::move(processNames);
}

void IntervalPlottable::setColorMode(GanttColorMode mode) { m_colorMode = mode; }

void IntervalPlottable::setChartPalette(const ChartPalette& palette) { m_palette = palette; }

QColor IntervalPlottable::runningColor(const GanttInterval& interval) const {
    if (m_colorMode == GanttColorMode::ByCpu) {
        return seriesColor(interval.cpu);
    }
    return seriesColor(static_cast<int>(interval.process));
}

QColor IntervalPlottable::readyColor(engine::Pid process) const {
    if (m_colorMode == GanttColorMode::ByCpu) {
        return m_palette.ready;
    }
    return mixColors(seriesColor(static_cast<int>(process)), m_palette.background, 0.38);
}

QColor IntervalPlottable::switchingFill() const {
    return mixColors(m_palette.switching, m_palette.background, 0.25);
}

double IntervalPlottable::selectTest(const QPointF&, bool, QVariant*) const {
    return -1;  // never selectable: clicks go through to range dragging
}

QCPRange IntervalPlottable::getKeyRange(bool& foundRange, QCP::SignDomain) const {
    foundRange = m_layout != nullptr;
    return m_layout
               ? QCPRange(static_cast<double>(m_layout->start), static_cast<double>(m_layout->end))
               : QCPRange();
}

QCPRange IntervalPlottable::getValueRange(bool& foundRange, QCP::SignDomain,
                                          const QCPRange&) const {
    foundRange = m_layout != nullptr;
    return m_layout ? QCPRange(-0.5, m_layout->rowCount() - 0.5) : QCPRange();
}

void IntervalPlottable::draw(QCPPainter* painter) {
    if (!m_layout || m_layout->rowCount() == 0 || !mKeyAxis || !mValueAxis) {
        return;
    }
    const QCPRange rows = mValueAxis->range();
    const int first = std::max(0, static_cast<int>(std::ceil(rows.lower - 0.5)));
    const int last =
        std::min(m_layout->rowCount() - 1, static_cast<int>(std::floor(rows.upper + 0.5)));
    const double rowPixels = rowGeometry(first).height;
    // Rows thinner than a pixel: draw one row per pixel line.
    const int stride = rowPixels >= 1.0 ? 1 : static_cast<int>(std::ceil(1.0 / rowPixels));
    painter->setPen(Qt::NoPen);
    drawBands(painter, first, last);
    for (int row = first; row <= last; row += stride) {
        drawRow(painter, row);
    }
    drawSeparator(painter);
}

void IntervalPlottable::drawLegendIcon(QCPPainter*, const QRectF&) const {
    // The chart's legend uses its own swatches.
}

IntervalPlottable::RowGeometry IntervalPlottable::rowGeometry(int row) const {
    const double top = mValueAxis->coordToPixel(row - 0.5);
    const double bottom = mValueAxis->coordToPixel(row + 0.5);
    return {(top + bottom) / 2.0, std::abs(bottom - top)};
}

void IntervalPlottable::drawBands(QCPPainter* painter, int firstRow, int lastRow) const {
    if (rowGeometry(firstRow).height < 4.0) {
        return;
    }
    const QRect area = mKeyAxis->axisRect()->rect();
    for (int row = firstRow; row <= lastRow; ++row) {
        if (row % 2 == 1) {
            const RowGeometry g = rowGeometry(row);
            painter->fillRect(QRectF(area.left(), g.center - g.height / 2, area.width(), g.height),
                              m_palette.band);
        }
    }
}

void IntervalPlottable::drawSeparator(QCPPainter* painter) const {
    if (m_layout->cpuCount == 0 || m_layout->processCount == 0) {
        return;
    }
    const QRect area = mKeyAxis->axisRect()->rect();
    const double y = mValueAxis->coordToPixel(m_layout->processCount - 0.5);
    painter->setPen(QPen(m_palette.text, 2));
    painter->drawLine(QLineF(area.left(), y, area.right(), y));
    painter->setPen(Qt::NoPen);
}

void IntervalPlottable::drawRow(QCPPainter* painter, int row) const {
    const RowGeometry geometry = rowGeometry(row);
    drawItems(painter, m_layout->row(row), geometry);
    drawItems(painter, m_layout->rowOverlays(row), geometry);
}

// Bars at least a pixel wide are drawn as they are. A narrower one stands for its whole pixel
// column: it is drawn one pixel wide and everything else ending in that column is skipped, so
// the work per row is bounded by the chart's width, not by the number of intervals.
void IntervalPlottable::drawItems(QCPPainter* painter, std::span<const GanttInterval> items,
                                  const RowGeometry& geometry) const {
    const QCPRange keys = mKeyAxis->range();
    auto it = firstEndingAfter(items, keys.lower);
    while (it != items.end() && static_cast<double>(it->start) < keys.upper) {
        const QRectF rect = barRect(*it, geometry);
        if (rect.width() >= 1.0) {
            drawBar(painter, *it, rect);
            ++it;
            continue;
        }
        const double column = std::floor(rect.left());
        if (it->start == it->end) {
            drawMark(painter, *it, geometry);
        } else {
            drawBar(painter, *it, QRectF(column, rect.top(), 1.0, rect.height()));
        }
        const double skipTo =
            std::max(mKeyAxis->pixelToCoord(column + 1.0), static_cast<double>(it->end));
        it = firstEndingAfter(std::span<const GanttInterval>(it + 1, items.end()), skipTo);
    }
}

QRectF IntervalPlottable::barRect(const GanttInterval& item, const RowGeometry& g) const {
    const QRect area = mKeyAxis->axisRect()->rect();
    const double x0 =
        std::max(mKeyAxis->coordToPixel(static_cast<double>(item.start)), area.left() - 4.0);
    const double x1 =
        std::min(mKeyAxis->coordToPixel(static_cast<double>(item.end)), area.right() + 4.0);
    const double h = g.height * heightShare(item.kind);
    if (item.kind == IntervalKind::Switching) {
        // A dark strip along the bottom of the running bar's place.
        const double bottom = g.center + g.height * heightShare(IntervalKind::Running) / 2;
        return QRectF(x0, bottom - h, x1 - x0, h);
    }
    return QRectF(x0, g.center - h / 2, x1 - x0, h);
}

void IntervalPlottable::drawBar(QCPPainter* painter, const GanttInterval& item,
                                const QRectF& rect) const {
    switch (item.kind) {
        case IntervalKind::Running:
        case IntervalKind::CpuBusy: {
            const QColor fill = runningColor(item);
            painter->fillRect(rect, fill);
            if (rect.width() >= 5.0) {  // a thin gap shows where one slice ends and the next begins
                painter->fillRect(QRectF(rect.right() - 1.0, rect.top(), 1.0, rect.height()),
                                  m_palette.background);
            }
            drawLabel(painter, item, rect);
            break;
        }
        case IntervalKind::Ready:
            painter->fillRect(rect, readyColor(item.process));
            break;
        case IntervalKind::Blocked:
            painter->fillRect(rect, m_palette.blocked);
            painter->fillRect(rect, QBrush(m_palette.blockedHatch, Qt::BDiagPattern));
            break;
        case IntervalKind::Switching:
        case IntervalKind::CpuSwitching:
            painter->fillRect(rect, switchingFill());
            painter->fillRect(rect, QBrush(m_palette.switching, Qt::DiagCrossPattern));
            break;
        case IntervalKind::CpuIdle:
            painter->fillRect(rect, m_palette.idle);
            break;
    }
}

void IntervalPlottable::drawMark(QCPPainter* painter, const GanttInterval& item,
                                 const RowGeometry& g) const {
    const double x = mKeyAxis->coordToPixel(static_cast<double>(item.start));
    const double h = g.height * 0.9;
    painter->fillRect(QRectF(x - 1.5, g.center - h / 2, 3.0, h), m_palette.switching);
}

QString IntervalPlottable::labelFor(const GanttInterval& item) const {
    if (item.kind == IntervalKind::CpuBusy) {
        return item.process < static_cast<engine::Pid>(m_names.size()) ? m_names[item.process]
                                                                       : QString();
    }
    if (item.kind == IntervalKind::Running && m_layout->cpuCount > 1) {
        return tr("CPU %1").arg(item.cpu);
    }
    return {};
}

// The name in full when it fits, else shortened with an ellipsis, else nothing.
void IntervalPlottable::drawLabel(QCPPainter* painter, const GanttInterval& item,
                                  const QRectF& rect) const {
    if (rect.width() < kMinLabelWidth) {
        return;
    }
    QString text = labelFor(item);
    const QFont font = chartFont(kTickPointSize, true);
    const QFontMetricsF metrics(font);
    if (text.isEmpty() || metrics.height() > rect.height()) {
        return;
    }
    const double room = rect.width() - 6.0;
    if (metrics.horizontalAdvance(text) > room) {
        if (item.kind != IntervalKind::CpuBusy) {
            return;  // "CP…" says nothing; a process name cut short still does
        }
        text = metrics.elidedText(text, Qt::ElideRight, room);
        if (text.size() < 3) {  // one letter and the ellipsis says nothing
            return;
        }
    }
    painter->setFont(font);
    painter->setPen(textColorOn(runningColor(item)));
    painter->drawText(rect, Qt::AlignCenter, text);
    painter->setPen(Qt::NoPen);
}

}  // namespace schedlab::ui
