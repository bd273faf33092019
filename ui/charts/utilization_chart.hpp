#pragma once
// CPU utilization over time, total and per CPU, either cumulative (busy so far / time so far) or
// in a moving window, with the number of processes blocked on I/O in a strip below. A "now"
// cursor runs through both; pressing on the time axis asks for that time (timeClicked).

#include <QWidget>

#include "charts/chart_style.hpp"
#include "charts/utilization_series.hpp"
#include "engine/types.hpp"
#include "models/run.hpp"

class QComboBox;
class QLabel;
class QToolButton;
class QCustomPlot;
class QCPAxisRect;
class QCPGraph;
class QCPTextElement;
class QSpinBox;

namespace schedlab::ui {

class TimeCursor;

class UtilizationChart : public QWidget {
    Q_OBJECT
public:
    using Mode = UtilizationMode;

    explicit UtilizationChart(QWidget* parent = nullptr);
    ~UtilizationChart() override;

    /// Shows a finished run (nullptr clears); the window goes back to its default.
    void setRun(models::RunPtr run);
    const models::RunPtr& run() const { return m_run; }
    /// Moves the "now" cursor; a negative time hides it.
    void setTime(engine::Tick time);
    engine::Tick time() const;
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    /// Width of the moving window in ticks (at least 1).
    void setWindow(engine::Tick ticks);
    engine::Tick window() const { return m_window; }
    /// makespan / 20, at least 1.
    engine::Tick defaultWindow() const;
    /// Shows the whole run.
    void fit();
    /// Folded, only the control line shows, with the utilization at the cursor in words: the
    /// Gantt chart above takes the height on a short window. The fold button does the same.
    void setFolded(bool folded);
    bool isFolded() const { return m_folded; }
    /// The height the chart needs unfolded (its minimum with the plot).
    int unfoldedMinimumHeight() const;

    QCustomPlot* plot() const { return m_plot; }
    QCPGraph* totalGraph() const { return m_total; }
    /// One graph per CPU when there are 2 to 8 CPUs, else none.
    const QList<QCPGraph*>& cpuGraphs() const { return m_cpuGraphs; }
    QCPGraph* blockedGraph() const { return m_blocked; }
    double cursorKey() const;
    QRect timeAxisArea() const;
    /// Where the two plots' value tick labels and axis titles are drawn (plot widget pixels,
    /// after the last replot): they must not overlap.
    QList<QRect> valueLabelRects() const;

signals:
    void timeClicked(engine::Tick time);
    /// The user folded or unfolded the chart with its button.
    void foldToggled(bool folded);

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* makeControls();
    void setupPlot();
    void setupAxes();
    void applyPalette();
    void rebuildGraphs();
    void refillUtilization();
    void updateTitle();
    QCPGraph* addUtilizationGraph(const QString& name, const QColor& color, double width);
    void clampTimeRange(const QCPRange& range);
    void adaptToSize();
    void adaptMinimumHeight();
    void showAxisTitlesThatFit();
    QString cursorLabel(engine::Tick t) const;

    void updateFoldedSummary();

    QToolButton* m_foldButton = nullptr;
    QLabel* m_foldedSummary = nullptr;
    QWidget* m_controls = nullptr;
    bool m_folded = false;
    QComboBox* m_modeBox = nullptr;
    QSpinBox* m_windowBox = nullptr;
    QCustomPlot* m_plot = nullptr;
    QCPAxisRect* m_usage = nullptr;
    QCPAxisRect* m_io = nullptr;
    QCPTextElement* m_title = nullptr;
    QCPGraph* m_total = nullptr;
    QCPGraph* m_blocked = nullptr;
    QList<QCPGraph*> m_cpuGraphs;
    TimeCursor* m_cursor = nullptr;
    models::RunPtr m_run;
    BusyProfile m_totalProfile;
    std::vector<BusyProfile> m_cpuProfiles;
    Mode m_mode = Mode::Cumulative;
    engine::Tick m_window = 1;
    ChartPalette m_palette;
};

}  // namespace schedlab::ui
