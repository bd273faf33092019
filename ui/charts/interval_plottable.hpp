#pragma once
// One QCustomPlot plottable that draws every bar of a Gantt chart straight from a GanttLayout,
// with no QCPItem per interval. It draws only the rows and times in view, and at most one bar
// per pixel column of a row, so a run with 100,000 processes redraws as fast as a small one.

#include <qcustomplot.h>

#include <QStringList>
#include <memory>

#include "charts/chart_style.hpp"
#include "charts/gantt_layout.hpp"

namespace schedlab::ui {

enum class GanttColorMode { ByProcess, ByCpu };

class IntervalPlottable : public QCPAbstractPlottable {
    Q_OBJECT
public:
    /// Rows are value coordinates 0, 1, 2, ... (row r spans r - 0.5 .. r + 0.5); time is the key.
    IntervalPlottable(QCPAxis* keyAxis, QCPAxis* valueAxis);

    void setLayout(std::shared_ptr<const GanttLayout> layout, QStringList processNames);
    void setColorMode(GanttColorMode mode);
    void setChartPalette(const ChartPalette& palette);

    /// The fill of a running bar (process or CPU colour, as the colour mode says).
    QColor runningColor(const GanttInterval& interval) const;
    /// The fill of a ready bar of `process`.
    QColor readyColor(engine::Pid process) const;
    /// The fill under the cross-hatching of a context switch that costs time.
    QColor switchingFill() const;

    double selectTest(const QPointF& pos, bool onlySelectable,
                      QVariant* details = nullptr) const override;
    QCPRange getKeyRange(bool& foundRange,
                         QCP::SignDomain inSignDomain = QCP::sdBoth) const override;
    QCPRange getValueRange(bool& foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth,
                           const QCPRange& inKeyRange = QCPRange()) const override;

protected:
    void draw(QCPPainter* painter) override;
    void drawLegendIcon(QCPPainter* painter, const QRectF& rect) const override;

private:
    struct RowGeometry {
        double center = 0;  ///< pixel y of the row's middle
        double height = 0;  ///< pixels per row
    };

    RowGeometry rowGeometry(int row) const;
    void drawBands(QCPPainter* painter, int firstRow, int lastRow) const;
    void drawSeparator(QCPPainter* painter) const;
    void drawRow(QCPPainter* painter, int row) const;
    void drawItems(QCPPainter* painter, std::span<const GanttInterval> items,
                   const RowGeometry& geometry) const;
    void drawBar(QCPPainter* painter, const GanttInterval& item, const QRectF& rect) const;
    void drawMark(QCPPainter* painter, const GanttInterval& item, const RowGeometry& g) const;
    void drawLabel(QCPPainter* painter, const GanttInterval& item, const QRectF& rect) const;
    QRectF barRect(const GanttInterval& item, const RowGeometry& geometry) const;
    QString labelFor(const GanttInterval& item) const;

    std::shared_ptr<const GanttLayout> m_layout;
    QStringList m_names;
    GanttColorMode m_colorMode = GanttColorMode::ByProcess;
    ChartPalette m_palette;
};

}  // namespace schedlab::ui
