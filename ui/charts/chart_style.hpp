#pragma once
// Colours and fonts shared by every chart. Charts are shown on classroom projectors, so fonts
// are large (>= 11 pt) and the categorical colours are strong and far apart; light and dark
// palettes each get their own set of greys.

#include <qcustomplot.h>

#include <QColor>
#include <QFont>
#include <QPalette>
#include <QString>

#include "engine/types.hpp"

namespace schedlab::ui {

inline constexpr int kTickPointSize = 12;   ///< tick labels, legend, bar labels
inline constexpr int kLabelPointSize = 13;  ///< axis titles
inline constexpr int kTitlePointSize = 15;  ///< chart titles

/// The non-categorical colours of one chart theme.
struct ChartPalette {
    bool dark = false;
    QColor background;  ///< the chart area
    QColor band;        ///< every other row of a Gantt chart
    QColor text;        ///< labels, axes
    QColor grid;
    QColor ready;         ///< waiting in the ready queue, when not tinted by process
    QColor blocked;       ///< blocked on I/O: fill
    QColor blockedHatch;  ///< blocked on I/O: hatching over the fill
    QColor idle;          ///< a CPU with nothing to run
    QColor switching;     ///< context switch marks
    QColor cursor;        ///< the "now" line
    QColor best;          ///< marks the best value in comparisons
};

/// True when the palette's window colour is dark (a dark desktop theme).
bool isDarkPalette(const QPalette& palette);

/// The chart theme that goes with a widget palette.
ChartPalette chartPalette(const QPalette& palette);

/// A light palette for exported images, whatever the desktop theme is.
QPalette exportPalette();

/// The index-th categorical colour (processes, CPUs, metrics). The first twelve are distinct
/// hues; after that they repeat darker or lighter.
QColor seriesColor(int index);

/// `color` mixed with `base`: share 0 gives base, 1 gives color.
QColor mixColors(const QColor& color, const QColor& base, double share);

/// Black or white, whichever reads better on `fill`.
QColor textColorOn(const QColor& fill);

/// "1 tick", "5 ticks".
QString ticksText(engine::Tick ticks);

/// The chart font at a point size, times the chart font scale.
QFont chartFont(int pointSize = kTickPointSize, bool bold = false);

/// Every chart font is this much larger than its nominal size: 1 normally, more in the
/// presentation mode so that a room can read the charts. Charts pick a new scale up when they
/// receive a FontChange event.
void setChartFontScale(double scale);
double chartFontScale();

/// Colours, fonts and pens of one axis.
void styleAxis(QCPAxis* axis, const ChartPalette& palette);

/// Background, every axis of every axis rect, and the legend.
void applyChartStyle(QCustomPlot* plot, const ChartPalette& palette);

/// As many legend columns as fit in `width` (pixels), so that a legend wraps onto more lines
/// instead of being cut off.
void fitLegendColumns(QCPLegend* legend, int width);

/// A bold title in a row above the plot, then the plot's legend in a row of its own (visible,
/// filled row by row, `wrap` items a row until fitLegendColumns adjusts it); returns the title.
QCPTextElement* addTitleAndLegendRows(QCustomPlot* plot, int wrap, QSize iconSize);

/// Tick steps that are whole numbers: a time axis never shows 2.5 ticks.
class IntegerTicker : public QCPAxisTicker {
protected:
    double getTickStep(const QCPRange& range) override;
    int getSubTickCount(double tickStep) override;
};

}  // namespace schedlab::ui
