#pragma once
// The simulated and the real Gantt chart of a real run, one above the other on one time axis in
// milliseconds, with the stretches where another process ran (or none) highlighted on the real
// one. The Real run tab shows two such GanttCharts; RealRunChart draws the same pair for export
// (PNG, SVG, PDF) through the one Chart interface.

#include <QStringList>
#include <memory>

#include "charts/chart.hpp"
#include "models/real_runner.hpp"

namespace schedlab::ui {

class GanttChart;

/// Shows `result` in the pair (nullptr clears both) and ties their time axes together.
void showRealRun(GanttChart& simulated, GanttChart& real, const models::RealResultPtr& result);
/// Keeps the time ranges of the two charts equal when either is zoomed or panned.
void linkTimeAxes(GanttChart& a, GanttChart& b);

/// A sentence of the runner (a difference or a note) in the installed language.
QString realRunSentence(const engine::Phrase& phrase);
/// The largest differences, then how the run differs from the textbook: the tab's list.
QStringList realRunFindings(const models::RealResult& result);

class RealRunChart : public Chart {
public:
    explicit RealRunChart(models::RealResultPtr result);
    ~RealRunChart() override;
    QString title() const override;
    void render(QCPPainter& painter, const QRect& target, const ChartStyle& style) override;

private:
    models::RealResultPtr m_result;
    std::unique_ptr<GanttChart> m_simulated;
    std::unique_ptr<GanttChart> m_real;
};

}  // namespace schedlab::ui
