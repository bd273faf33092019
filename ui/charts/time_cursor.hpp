#pragma once
// The "now" line of a chart, with its time in a label in a strip above the plot area, and scrubbing: pressing or
// dragging on the time axis (below the plot area) asks for that time with timeClicked().

#include <qcustomplot.h>

#include <QList>
#include <QObject>
#include <functional>

#include "engine/types.hpp"

namespace schedlab::ui {

class TimeCursor : public QObject {
    Q_OBJECT
public:
    /// One line per axis rect (all sharing the time range of their bottom axes); the label goes
    /// on the first rect, the clickable time axis is the last rect's bottom axis.
    TimeCursor(QCustomPlot* plot, QList<QCPAxisRect*> rects);

    /// Moves the line; a negative time hides it.
    void setTime(engine::Tick time);
    engine::Tick time() const { return m_time; }
    /// Where the line is drawn, in plot coordinates (NaN when hidden); for tests.
    double lineKey() const;
    void setColor(const QColor& color);
    /// Takes the chart font again (after the chart font scale changed).
    void updateFont();
    /// Where the label is drawn (plot widget pixels): in the strip above the first axis rect,
    /// within its width, so that it never covers data, row names or axis labels; empty when
    /// hidden. For tests.
    QRect labelRect() const;
    /// The height of the strip above the first axis rect that holds the label.
    int stripHeight() const;
    /// Clicks on the axis give times clamped to [first, last].
    void setBounds(engine::Tick first, engine::Tick last);
    /// The label text for a time; default "t = 12".
    void setLabelFunction(std::function<QString(engine::Tick)> label);
    /// The rectangle (plot widget pixels) where a click scrubs.
    QRect scrubArea() const;

signals:
    void timeClicked(engine::Tick time);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void emitAt(int x);
    void refresh();
    void keepLabelInside();
    void reserveLabelStrip();

    QCustomPlot* m_plot;
    QList<QCPAxisRect*> m_rects;
    QList<QCPItemStraightLine*> m_lines;
    QCPItemText* m_label = nullptr;
    QCPLayer* m_layer = nullptr;
    std::function<QString(engine::Tick)> m_labelText;
    engine::Tick m_time = -1;
    engine::Tick m_first = 0;
    engine::Tick m_last = 0;
    bool m_scrubbing = false;
};

}  // namespace schedlab::ui
