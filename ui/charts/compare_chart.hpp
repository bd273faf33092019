#pragma once
// Bar charts comparing policies on one workload: average waiting, turnaround and response side
// by side, then CPU utilization and context switches. Every bar carries its value; the best
// value of each metric is starred.

#include <QWidget>
#include <vector>

#include "charts/chart_style.hpp"
#include "models/compare_model.hpp"

class QCustomPlot;
class QCPAxisRect;
class QCPBars;
class QCPLayoutGrid;
class QCPTextElement;

namespace schedlab::ui {

class CompareChart : public QWidget {
    Q_OBJECT
public:
    explicit CompareChart(QWidget* parent = nullptr);

    /// Shows one group of bars per entry, in order; `title` goes on top.
    void setEntries(const std::vector<models::CompareEntry>& entries, const QString& title = {});
    /// Bars per metric (waiting, turnaround, response, utilization, switches), for tests.
    QList<QCPBars*> bars() const { return m_bars; }
    QCustomPlot* plot() const { return m_plot; }
    /// The three panels: average times, utilization, context switches.
    QList<QCPAxisRect*> panels() const { return {m_times, m_utilization, m_switches}; }
    /// Where the last layout put the value labels and the policy names of `panel`, in pixels:
    /// for tests that check that they lie inside and apart.
    QList<QRectF> valueLabelRects(QCPAxisRect* panel) const;
    QList<QRectF> policyLabelRects(QCPAxisRect* panel) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void showTitleIfRoom();
    void fitTitles();
    void layoutNow();
    static double pixelsPerPolicy(QCPAxisRect* rect);
    static double maxLabelRoom(QCPAxisRect* rect);
    void fitPolicyNames();
    void fitValueLabels();
    QCPAxisRect* addPanel(QCPLayoutGrid* grid, int row, int column, const QString& title);
    void addTimesLegend();
    QCPBars* addBars(QCPAxisRect* rect, const QString& name, int colorIndex);
    void fillPanel(const std::vector<int>& columns, double offset);
    void addValueLabels(QCPBars* bars, int column, double offset);
    void setupPolicyAxis(QCPAxisRect* rect);
    void applyPalette();

    QCustomPlot* m_plot = nullptr;
    QCPTextElement* m_title = nullptr;
    QString m_titleText;  ///< shown in m_title when the plot is tall enough
    QCPAxisRect* m_times = nullptr;
    QCPAxisRect* m_utilization = nullptr;
    QCPAxisRect* m_switches = nullptr;
    QList<QCPBars*> m_bars;
    std::vector<models::CompareEntry> m_entries;
    QStringList m_names;             ///< the policies' names under the bars
    models::CompareModel* m_scores;  ///< finds the best values
    ChartPalette m_palette;
};

}  // namespace schedlab::ui
