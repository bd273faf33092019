#include "ui/compare_chart.hpp"

#include <qcustomplot.h>

#include <QVBoxLayout>
#include <algorithm>

namespace schedlab::ui {
namespace {

using Column = models::CompareModel::Column;

constexpr double kGroupBarWidth = 0.27;
constexpr double kSingleBarWidth = 0.55;

QString policyName(const std::string& spec) {
    const QString text = QString::fromStdString(spec);
    return text.section(QLatin1Char(':'), 0, 0);
}

QString valueText(int column, double value) {
    switch (column) {
        case Column::CpuUtilization:
            return QString::number(value, 'f', 0) + QLatin1String("%");
        case Column::ContextSwitches:
            return QString::number(value, 'f', 0);
        default:
            return QString::number(value, 'f', 1);
    }
}

}  // namespace

CompareChart::CompareChart(QWidget* parent)
    : QWidget(parent), m_scores(new models::CompareModel(this)) {
    m_plot = new QCustomPlot(this);
    auto* box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(m_plot);
    QCPLayoutGrid* grid = m_plot->plotLayout();
    grid->clear();  // also deletes the default axis rect and its legend
    m_title = new QCPTextElement(m_plot, QString(), chartFont(kTitlePointSize, true));
    grid->addElement(0, 0, m_title);
    m_times = addPanel(grid, 1, 0, tr("Average times in ticks (lower is better)"));
    auto* lower = new QCPLayoutGrid;
    grid->addElement(2, 0, lower);
    m_utilization = addPanel(lower, 0, 0, tr("CPU utilization (higher is better)"));
    m_switches = addPanel(lower, 0, 1, tr("Context switches (lower is better)"));
    grid->setRowStretchFactors({0.001, 1.3, 1.0});
    m_bars = {addBars(m_times, tr("Waiting"), 0), addBars(m_times, tr("Turnaround"), 1),
              addBars(m_times, tr("Response"), 2), addBars(m_utilization, tr("Utilization"), 9),
              addBars(m_switches, tr("Context switches"), 5)};
    addTimesLegend();
    for (QCPAxisRect* rect : {m_times, m_utilization, m_switches}) {
        setupPolicyAxis(rect);
    }
    m_utilization->axis(QCPAxis::atLeft)->setLabel(tr("%"));
    applyPalette();
}

// The legend gets its own row under the panel's title, so it never covers a bar.
void CompareChart::addTimesLegend() {
    auto* legend = new QCPLegend;
    auto* panel = qobject_cast<QCPLayoutGrid*>(m_times->layout());
    panel->insertRow(1);
    panel->addElement(1, 0, legend);
    panel->setRowStretchFactors({0.001, 0.001, 1.0});
    legend->setLayer(QStringLiteral("legend"));
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setIconSize(30, 18);
    for (int i = 0; i < 3; ++i) {
        legend->addItem(new QCPPlottableLegendItem(legend, m_bars[i]));
    }
}

QCPAxisRect* CompareChart::addPanel(QCPLayoutGrid* grid, int row, int column,
                                    const QString& title) {
    auto* panel = new QCPLayoutGrid;
    grid->addElement(row, column, panel);
    panel->addElement(0, 0, new QCPTextElement(m_plot, title, chartFont(kLabelPointSize, true)));
    auto* rect = new QCPAxisRect(m_plot);
    panel->addElement(1, 0, rect);
    panel->setRowStretchFactors({0.001, 1.0});
    panel->setRowSpacing(0);
    return rect;
}

QCPBars* CompareChart::addBars(QCPAxisRect* rect, const QString& name, int colorIndex) {
    auto* bars = new QCPBars(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    bars->setName(name);
    bars->setWidth(rect == m_times ? kGroupBarWidth : kSingleBarWidth);
    const QColor color = seriesColor(colorIndex);
    bars->setBrush(color);
    bars->setPen(QPen(color.darker(130), 1));
    bars->removeFromLegend();
    return bars;
}

void CompareChart::setupPolicyAxis(QCPAxisRect* rect) {
    QCPAxis* axis = rect->axis(QCPAxis::atBottom);
    axis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    axis->setSubTicks(false);
    axis->setTickLength(0, 4);
    axis->grid()->setVisible(false);
    rect->axis(QCPAxis::atLeft)->ticker()->setTickCount(4);
}

void CompareChart::setEntries(const std::vector<models::CompareEntry>& entries,
                              const QString& title) {
    m_entries = entries;
    m_scores->setEntries(entries);
    m_title->setText(title);
    m_plot->clearItems();
    QMap<double, QString> names;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        names.insert(static_cast<double>(i + 1), policyName(m_entries[i].policy));
    }
    const double right = static_cast<double>(m_entries.size()) + 0.6;
    for (QCPAxisRect* rect : {m_times, m_utilization, m_switches}) {
        QCPAxis* axis = rect->axis(QCPAxis::atBottom);
        axis->ticker().staticCast<QCPAxisTickerText>()->setTicks(names);
        axis->setRange(0.4, right);
    }
    fillPanel({Column::AvgWaiting, Column::AvgTurnaround, Column::AvgResponse}, kGroupBarWidth);
    fillPanel({Column::CpuUtilization}, 0);
    fillPanel({Column::ContextSwitches}, 0);
    applyPalette();
    m_plot->replot();
}

// Bars of the given metrics side by side, `offset` apart, with their values on top.
void CompareChart::fillPanel(const std::vector<int>& columns, double offset) {
    const double first = -offset * static_cast<double>(columns.size() - 1) / 2.0;
    double highest = 0;
    QCPAxis* valueAxis = nullptr;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const int column = columns[c];
        QCPBars* bars = m_bars[std::min<int>(column - Column::AvgWaiting, 4)];
        const double shift = first + offset * static_cast<double>(c);
        QVector<double> keys;
        QVector<double> values;
        for (std::size_t i = 0; i < m_entries.size(); ++i) {
            const double scale = column == Column::CpuUtilization ? 100.0 : 1.0;
            keys.append(static_cast<double>(i + 1) + shift);
            values.append(models::CompareModel::metricValue(m_entries[i].summary, column) * scale);
            highest = std::max(highest, values.back());
        }
        bars->setData(keys, values, true);
        addValueLabels(bars, column, shift);
        valueAxis = bars->valueAxis();
    }
    valueAxis->setRange(0, highest > 0 ? highest * 1.22 : 1.0);
}

void CompareChart::addValueLabels(QCPBars* bars, int column, double offset) {
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const bool best = m_scores->isBest(static_cast<int>(i), column);
        const double scale = column == Column::CpuUtilization ? 100.0 : 1.0;
        const double value =
            models::CompareModel::metricValue(m_entries[i].summary, column) * scale;
        auto* label = new QCPItemText(m_plot);
        label->setClipAxisRect(bars->keyAxis()->axisRect());
        label->position->setAxes(bars->keyAxis(), bars->valueAxis());
        label->position->setCoords(static_cast<double>(i + 1) + offset, value);
        label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        label->setText(best ? QStringLiteral("★") + valueText(column, value)
                            : valueText(column, value));
        label->setFont(chartFont(11, best));
        label->setColor(best ? m_palette.best : m_palette.text);
        label->setPadding(QMargins(0, 0, 0, 2));
    }
}

void CompareChart::applyPalette() {
    m_palette = chartPalette(palette());
    applyChartStyle(m_plot, m_palette);
    const auto elements = m_plot->plotLayout()->elements(true);
    for (QCPLayoutElement* element : elements) {
        if (auto* text = qobject_cast<QCPTextElement*>(element)) {
            text->setTextColor(m_palette.text);
        } else if (auto* legend = qobject_cast<QCPLegend*>(element)) {
            legend->setFont(chartFont(kTickPointSize));
            legend->setTextColor(m_palette.text);
            legend->setBrush(m_palette.background);
            legend->setBorderPen(Qt::NoPen);
        }
    }
    for (QCPAxisRect* rect : {m_times, m_utilization, m_switches}) {
        rect->axis(QCPAxis::atBottom)->setTickLabelFont(chartFont(kTickPointSize, true));
    }
}

void CompareChart::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        setEntries(m_entries, m_title->text());
    }
}

}  // namespace schedlab::ui
