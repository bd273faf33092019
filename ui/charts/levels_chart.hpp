#pragma once
// The MLFQ queue level of each process over time, the picture OSTEP's MLFQ chapter draws: one
// step line per process (in its colour), level 0 at the top, priority boosts as dashed lines.
// Processes at the same level are drawn slightly apart so that every line stays visible.

#include <QWidget>

#include "charts/chart_style.hpp"
#include "engine/types.hpp"
#include "models/run.hpp"

class QCustomPlot;
class QCPAbstractItem;
class QCPAxisTickerText;
class QCPTextElement;

namespace schedlab::ui {

class TimeCursor;

class LevelsChart : public QWidget {
    Q_OBJECT
public:
    explicit LevelsChart(QWidget* parent = nullptr);
    ~LevelsChart() override;

    /// Shows a finished run (nullptr clears) and fits it.
    void setRun(models::RunPtr run);
    /// Moves the "now" cursor; a negative time hides it.
    void setTime(engine::Tick time);
    /// Shows the whole run.
    void fit();

    QCustomPlot* plot() const { return m_plot; }
    /// One graph per process that arrived; boosts drawn (for tests).
    int lineCount() const;
    int boostCount() const { return int(m_boostItems.size()) / 2; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void setupPlot();
    void applyPalette();
    void rebuild();
    void addBoosts(const std::vector<engine::Tick>& boosts);
    QString levelLabel(int level) const;

    QCustomPlot* m_plot = nullptr;
    QCPTextElement* m_title = nullptr;
    TimeCursor* m_cursor = nullptr;
    QSharedPointer<QCPAxisTickerText> m_levelTicker;
    models::RunPtr m_run;
    QList<QCPAbstractItem*> m_boostItems;  ///< a line and a label per boost
    ChartPalette m_palette;
};

}  // namespace schedlab::ui
