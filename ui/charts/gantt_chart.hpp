#pragma once
// The Gantt chart of one run: a row per process (running, ready, blocked on I/O, context
// switches), then a row per CPU (which process ran, idle gaps), a "now" cursor and a legend.
// Mouse: wheel zooms time, drag pans, double-click fits, hover explains a bar, pressing on the
// time axis asks for that time (timeClicked), right-click offers the colour modes.

#include <QPointer>
#include <QWidget>
#include <memory>

#include "charts/chart_style.hpp"
#include "charts/gantt_layout.hpp"
#include "charts/interval_plottable.hpp"
#include "charts/row_ticker.hpp"
#include "engine/types.hpp"
#include "models/run.hpp"

class QCustomPlot;
class QCPTextElement;
class QCPRange;
class QScrollBar;

namespace schedlab::ui {

class TimeCursor;

class GanttChart : public QWidget {
    Q_OBJECT
public:
    using ColorMode = GanttColorMode;

    explicit GanttChart(QWidget* parent = nullptr);
    ~GanttChart() override;

    /// Shows a finished run (nullptr clears the chart) and fits it.
    void setRun(models::RunPtr run);
    const models::RunPtr& run() const { return m_run; }
    /// Moves the "now" cursor; a negative time hides it.
    void setTime(engine::Tick time);
    engine::Tick time() const;
    void setColorMode(ColorMode mode);
    ColorMode colorMode() const { return m_colorMode; }
    /// Shows the whole run in time, and as many rows from the top as fit readably (the rest
    /// scroll).
    void fit();
    /// Shows the whole run and every row, however thin (names thin out when rows are).
    void fitAllRows();
    /// The plot height that shows `rows` rows at their readable minimum height.
    int heightForRows(int rows) const;
    /// Whether no row is scrolled out of view.
    bool allRowsVisible() const;
    /// The time the axis spans when fitted, and beyond which it never pans (by default the
    /// run's): charts that share a time axis (the Real run tab) set their common span.
    void setTimeSpan(engine::Tick start, engine::Tick end);
    /// "Time (ticks)" unless set (shown when there is room for it).
    void setTimeAxisTitle(const QString& title);
    /// The time axis's range, in ticks.
    QCPRange timeRange() const;

    /// processes + CPUs (0 without a run).
    int rowCount() const;
    const GanttLayout& layout() const { return *m_layout; }
    /// The tooltip text for a point of the plot widget; empty over nothing.
    QString toolTipAt(const QPoint& plotPos) const;
    /// Where the cursor line is (NaN when hidden).
    double cursorKey() const;
    /// The rectangle of the plot widget where pressing asks for a time.
    QRect timeAxisArea() const;
    QCustomPlot* plot() const { return m_plot; }
    /// Where the visible rows' names are drawn (plot widget pixels), after the last replot.
    QList<QRect> rowLabelRects() const;
    /// Where the cursor's "t = ..." label is drawn (empty when hidden).
    QRect cursorLabelRect() const;

signals:
    /// The user pressed or dragged on the time axis at this time.
    void timeClicked(engine::Tick time);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setupPlot();
    void setupTitleAndLegend();
    void setupAxes();
    void applyPalette();
    void rebuildLegend();
    void updateRowLabels();
    void updateRowStride();
    void updateTitle();
    void fitRows();
    double minRowPixels() const;
    int bareChromeHeight() const;
    int titleLineHeight() const;
    int titlesHeight() const;
    bool hasRoomForTitle() const;
    int chromeKeptHeight() const;
    void keepOneRowInSight();
    void showTitleLine(bool shown);
    QString fittedTitle() const;
    void fitTime();
    bool showsWholeRun() const;
    void followCursor(engine::Tick time);
    void syncRowScroll();
    void scrollRowsTo(int firstRow);
    void clampTimeRange(const QCPRange& range);
    void clampRowRange(const QCPRange& range);
    void showHoverTip(QMouseEvent* event);
    void showContextMenu(const QPoint& pos);
    QString describe(const GanttInterval& item) const;
    QString stateText(const GanttInterval& item) const;
    QString processName(engine::Pid process) const;

    QCustomPlot* m_plot = nullptr;
    QScrollBar* m_rowScroll = nullptr;
    IntervalPlottable* m_bars = nullptr;
    TimeCursor* m_cursor = nullptr;
    QCPTextElement* m_title = nullptr;
    QString m_titleText;  ///< shown when the plot has room for it
    QString m_timeTitle;  ///< the time axis's title, shown when the plot has room for it
    QSharedPointer<RowTicker> m_rowTicker;
    models::RunPtr m_run;
    std::shared_ptr<const GanttLayout> m_layout;
    ColorMode m_colorMode = ColorMode::ByProcess;
    bool m_autoFit = true;  ///< fit again on resize until the user zooms, pans or scrolls
    enum class RowFit { Readable, All };
    RowFit m_rowFit = RowFit::Readable;
    engine::Tick m_spanStart = 0;
    engine::Tick m_spanEnd = 0;
    ChartPalette m_palette;
};

}  // namespace schedlab::ui
