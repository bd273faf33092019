#pragma once
// The one interface every exportable chart has, used by the app (export dialog, copy to the
// clipboard) and by schedlab-export alike. A chart draws itself with a QPainter into a rectangle
// given in logical pixels (fonts at 96 dpi); whoever paints scales the painter to the device, so
// a PNG, an SVG and a PDF of one chart show the same picture. Adding a chart kind: one class
// implementing Chart, and one line in chart_registry.cpp.

#include <QPalette>
#include <QRect>
#include <QString>
#include <memory>
#include <vector>

#include "engine/types.hpp"
#include "models/compare_model.hpp"
#include "models/run.hpp"

class QCPPainter;

namespace schedlab::ui {

/// What charts are drawn from; each kind uses the parts it needs.
struct ChartData {
    models::RunPtr run;                             ///< gantt, utilization, states, levels
    std::vector<models::CompareEntry> comparison;   ///< compare: one entry per policy
    engine::Tick time = -1;  ///< the instant (states) or the "now" cursor; negative: none / end
};

/// How a chart looks: the theme and an optional title replacing the chart's own.
struct ChartStyle {
    bool dark = false;
    QString title;  ///< empty: the chart's own title
};

/// The widget palette of a chart theme (light or dark, whatever the desktop's is).
QPalette themePalette(bool dark);

class Chart {
public:
    virtual ~Chart();
    /// The chart's own title, translated.
    virtual QString title() const = 0;
    /// Draws the whole chart into `target` (logical pixels). The painter is a QCPPainter so that
    /// QCustomPlot charts can draw into it as vectors; other charts use it as a QPainter.
    virtual void render(QCPPainter& painter, const QRect& target, const ChartStyle& style) = 0;
};

}  // namespace schedlab::ui
