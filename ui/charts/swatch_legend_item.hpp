#pragma once
// A legend entry that is not tied to a plottable: a coloured swatch and a text. The Gantt chart
// draws everything with one plottable, so its legend explains the colours and patterns itself.

#include <qcustomplot.h>

#include <QColor>
#include <QList>
#include <QString>

namespace schedlab::ui {

struct Swatch {
    QList<QColor> stripes;                 ///< side by side, left to right
    QBrush overlay = QBrush(Qt::NoBrush);  ///< drawn over the stripes (hatching)
    double heightShare = 1.0;              ///< of the legend's icon height
    double widthShare = 1.0;               ///< of the legend's icon width
};

class SwatchLegendItem : public QCPAbstractLegendItem {
    Q_OBJECT
public:
    SwatchLegendItem(QCPLegend* parent, QString text, Swatch swatch);

protected:
    void draw(QCPPainter* painter) override;
    QSize minimumOuterSizeHint() const override;

private:
    QRectF iconRect() const;

    QString m_text;
    Swatch m_swatch;
};

}  // namespace schedlab::ui
