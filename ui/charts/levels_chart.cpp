#include "charts/levels_chart.hpp"

#include <qcustomplot.h>

#include <QVBoxLayout>
#include <algorithm>
#include <utility>

#include "charts/process_colors.hpp"
#include "charts/time_cursor.hpp"
#include "models/level_history.hpp"

namespace schedlab::ui {
namespace {

constexpr double kSpread = 0.5;  // how far apart (in levels) the lines of one level may spread

// The vertical offset of process `index` of `count`, so that lines on one level do not cover
// each other: spread evenly over kSpread of a level, centred on the level.
double offsetOf(int index, int count) {
    if (count <= 1) {
        return 0;
    }
    const double step = std::min(0.12, kSpread / (count - 1));
    return (index - (count - 1) / 2.0) * step;
}

}  // namespace

LevelsChart::LevelsChart(QWidget* parent) : QWidget(parent) {
    setupPlot();
    applyPalette();
}

LevelsChart::~LevelsChart() = default;

void LevelsChart::setupPlot() {
    m_plot = new QCustomPlot(this);
    auto* box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(m_plot);
    m_title = addTitleAndLegendRows(m_plot, 8, QSize(28, 12));
    QCPAxis* time = m_plot->xAxis;
    time->setTicker(QSharedPointer<IntegerTicker>::create());
    time->setLabel(tr("Time (ticks)"));
    time->setNumberFormat(QStringLiteral("f"));
    time->setNumberPrecision(0);
    m_levelTicker = QSharedPointer<QCPAxisTickerText>::create();
    m_plot->yAxis->setTicker(m_levelTicker);
    m_plot->yAxis->setRangeReversed(true);  // level 0, the highest priority, on top
    m_plot->yAxis->setSubTicks(false);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_cursor = new TimeCursor(m_plot, {m_plot->axisRect()});
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this] { fit(); });
}

void LevelsChart::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        applyPalette();
        rebuild();  // the boost lines take the palette's accent colour
    }
}

void LevelsChart::applyPalette() {
    m_palette = chartPalette(palette());
    applyChartStyle(m_plot, m_palette);
    m_title->setTextColor(m_palette.text);
    m_cursor->setColor(m_palette.cursor);
    m_plot->yAxis->setTickLabelFont(chartFont(kTickPointSize, true));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void LevelsChart::setRun(models::RunPtr run) {
    m_run = std::move(run);
    if (m_run) {
        m_cursor->setBounds(m_run->result.summary.start, m_run->result.summary.end);
    }
    rebuild();
    fit();
}

void LevelsChart::setTime(engine::Tick time) { m_cursor->setTime(time); }

int LevelsChart::lineCount() const { return m_plot->graphCount(); }

QString LevelsChart::levelLabel(int level) const {
    const auto levels = m_run->workload.policy.levels();
    QString quantum = QStringLiteral("\u221e");  // a level without quantum runs bursts out
    if (level < int(levels.size()) && levels[std::size_t(level)].quantum) {
        quantum = QString::number(*levels[std::size_t(level)].quantum);
    }
    return tr("Level %1 (q=%2)").arg(level).arg(quantum);
}

void LevelsChart::rebuild() {
    m_plot->clearGraphs();
    for (QCPAbstractItem* item : std::exchange(m_boostItems, {})) {
        m_plot->removeItem(item);  // not clearItems(): that would take the cursor too
    }
    m_title->setText(QString());
    if (!m_run) {
        return;
    }
    const models::LevelHistory history = models::levelHistory(*m_run);
    QMap<double, QString> labels;
    for (int level = 0; level < history.levelCount; ++level) {
        labels.insert(level, levelLabel(level));
    }
    m_levelTicker->setTicks(labels);
    const int count = int(history.processes.size());
    for (int p = 0; p < count; ++p) {
        const auto& steps = history.processes[std::size_t(p)];
        if (steps.empty()) {
            continue;
        }
        QCPGraph* graph = m_plot->addGraph();
        graph->setName(QString::fromStdString(m_run->workload.processes[std::size_t(p)].name));
        graph->setLineStyle(QCPGraph::lsStepLeft);
        graph->setPen(QPen(processColor(p, m_palette.dark), 3.5));
        graph->setAntialiased(true);
        for (const auto& step : steps) {
            graph->addData(double(step.time), step.level + offsetOf(p, count));
        }
    }
    addBoosts(history.boosts);
    const QString scenario = QString::fromStdString(m_run->workload.name);
    m_title->setText(scenario.isEmpty() ? tr("MLFQ level of each process")
                                        : tr("%1: MLFQ level of each process").arg(scenario));
}

void LevelsChart::addBoosts(const std::vector<engine::Tick>& boosts) {
    const auto& summary = m_run->result.summary;
    for (engine::Tick t : boosts) {
        auto* line = new QCPItemStraightLine(m_plot);
        line->point1->setCoords(double(t), 0);
        line->point2->setCoords(double(t), 1);
        line->setPen(QPen(m_palette.cursor, 2, Qt::DashLine));
        auto* label = new QCPItemText(m_plot);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords(double(t), 0);
        // Right of its line, except near the end of the run, where it would be cut off.
        const bool late = double(t - summary.start) > 0.85 * double(summary.makespan);
        label->setPositionAlignment((late ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop);
        label->setPadding(QMargins(4, 2, 4, 2));
        label->setText(tr("boost"));
        label->setFont(chartFont(kTickPointSize, true));
        label->setColor(m_palette.cursor);
        label->setBrush(m_palette.background);
        m_boostItems << line << label;
    }
}

void LevelsChart::fit() {
    const int levels = std::max(1, int(m_levelTicker->ticks().size()));
    m_plot->yAxis->setRange(-0.5, levels - 0.5);
    if (m_run) {
        const auto& summary = m_run->result.summary;
        const double pad = std::max(0.5, double(summary.end - summary.start) * 0.01);
        m_plot->xAxis->setRange(double(summary.start) - pad, double(summary.end) + pad);
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

}  // namespace schedlab::ui
