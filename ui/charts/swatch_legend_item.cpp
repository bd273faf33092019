#include "charts/swatch_legend_item.hpp"

#include <utility>

namespace schedlab::ui {

SwatchLegendItem::SwatchLegendItem(QCPLegend* parent, QString text, Swatch swatch)
    : QCPAbstractLegendItem(parent), m_text(std::move(text)), m_swatch(std::move(swatch)) {
    setSelectable(false);
}

QRectF SwatchLegendItem::iconRect() const {
    const QSize icon = mParentLegend->iconSize();
    const double w = icon.width() * m_swatch.widthShare;
    const double h = icon.height() * m_swatch.heightShare;
    const double left = mRect.left() + (icon.width() - w) / 2.0;
    const double top = mRect.top() + (mRect.height() - h) / 2.0;
    return QRectF(left, top, w, h);
}

void SwatchLegendItem::draw(QCPPainter* painter) {
    const QRectF icon = iconRect();
    const auto count = std::max<qsizetype>(1, m_swatch.stripes.size());
    const double stripe = icon.width() / static_cast<double>(count);
    for (qsizetype i = 0; i < m_swatch.stripes.size(); ++i) {
        painter->fillRect(QRectF(icon.left() + stripe * static_cast<double>(i), icon.top(), stripe,
                                 icon.height()),
                          m_swatch.stripes[i]);
    }
    painter->fillRect(icon, m_swatch.overlay);
    painter->setFont(mFont);
    painter->setPen(mTextColor);
    const QSize iconSize = mParentLegend->iconSize();
    const int textLeft = mRect.left() + iconSize.width() + mParentLegend->iconTextPadding();
    painter->drawText(QRect(textLeft, mRect.top(), mRect.right() - textLeft, mRect.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, m_text);
}

QSize SwatchLegendItem::minimumOuterSizeHint() const {
    const QFontMetrics metrics(mFont);
    const QSize iconSize = mParentLegend->iconSize();
    QSize size(
        iconSize.width() + mParentLegend->iconTextPadding() + metrics.horizontalAdvance(m_text),
        std::max(iconSize.height(), metrics.height()));
    size.rwidth() += mMargins.left() + mMargins.right();
    size.rheight() += mMargins.top() + mMargins.bottom();
    return size;
}

}  // namespace schedlab::ui
