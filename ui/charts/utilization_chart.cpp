#include "charts/utilization_chart.hpp"

#include <qcustomplot.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "charts/tick_suffix.hpp"
#include "charts/time_cursor.hpp"

namespace schedlab::ui {
namespace {

constexpr int kMaxCpuGraphs = 8;
constexpr int kBlockedColor = 11;  // teal: apart from the first CPUs' colours

QCPAxis* timeAxis(QCPAxisRect* rect) { return rect->axis(QCPAxis::atBottom); }
QCPAxis* valueAxis(QCPAxisRect* rect) { return rect->axis(QCPAxis::atLeft); }

}  // namespace

UtilizationChart::UtilizationChart(QWidget* parent) : QWidget(parent) {
    auto* box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    m_controls = makeControls();
    box->addWidget(m_controls);
    setupPlot();
    box->addWidget(m_plot, 1);
    setupAxes();
    applyPalette();
    updateTitle();
}

UtilizationChart::~UtilizationChart() = default;

QWidget* UtilizationChart::makeControls() {
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(6, 4, 6, 0);
    m_modeBox = new QComboBox(bar);
    m_modeBox->addItem(tr("Cumulative"));
    m_modeBox->addItem(tr("Moving window"));
    m_modeBox->setToolTip(tr("Cumulative: busy so far ÷ time so far. Moving window: busy ÷ "
                             "time over the last window of ticks."));
    m_windowBox = newTicksSpinBox(bar);
    m_windowBox->setRange(1, 1'000'000'000);
    m_windowBox->setEnabled(false);
    m_foldButton = new QToolButton(bar);
    m_foldButton->setText(tr("Utilization:"));
    m_foldButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_foldButton->setArrowType(Qt::DownArrow);
    m_foldButton->setAutoRaise(true);
    m_foldButton->setToolTip(tr("Fold the utilization chart to give the Gantt chart its height"));
    connect(m_foldButton, &QToolButton::clicked, this, [this] {
        setFolded(!m_folded);
        emit foldToggled(m_folded);
    });
    m_foldedSummary = new QLabel(bar);
    m_foldedSummary->setVisible(false);
    row->addWidget(m_foldButton);
    row->addWidget(m_modeBox);
    row->addWidget(new QLabel(tr("Window:"), bar));
    row->addWidget(m_windowBox);
    row->addWidget(m_foldedSummary);
    row->addStretch(1);
    connect(m_modeBox, &QComboBox::currentIndexChanged, this,
            [this](int index) { setMode(index == 1 ? Mode::MovingWindow : Mode::Cumulative); });
    connect(m_windowBox, &QSpinBox::valueChanged, this, [this](int ticks) { setWindow(ticks); });
    return bar;
}

void UtilizationChart::setupPlot() {
    m_plot = new QCustomPlot(this);
    m_usage = m_plot->axisRect();
    m_io = new QCPAxisRect(m_plot);
    QCPLayoutGrid* grid = m_plot->plotLayout();
    grid->addElement(1, 0, m_io);
    m_title = new QCPTextElement(m_plot, QString(), chartFont(kLabelPointSize, true));
    // The title and the legend share one row: the plots keep the height of a short pane.
    auto* header = new QCPLayoutGrid;
    grid->insertRow(0);
    grid->addElement(0, 0, header);
    header->addElement(0, 0, m_title);
    header->addElement(0, 1, m_plot->legend);
    header->setColumnStretchFactors({1.0, 0.001});
    header->setColumnSpacing(12);
    grid->setRowStretchFactors({0.001, 3.0, 1.0});
    m_plot->setMinimumSize(240, 150);  // the legend wraps and the ticks thin out instead
    auto* margins = new QCPMarginGroup(m_plot);
    m_usage->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    m_io->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    m_plot->legend->setVisible(true);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_plot->legend->setWrap(5);
    m_plot->legend->setIconSize(26, 14);
    m_plot->legend->setRowSpacing(0);
    m_plot->legend->setMargins(QMargins(4, 2, 4, 2));
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    for (QCPAxisRect* rect : {m_usage, m_io}) {
        rect->setRangeDrag(Qt::Horizontal);
        rect->setRangeZoom(Qt::Horizontal);
    }
    m_cursor = new TimeCursor(m_plot, {m_usage, m_io});
    m_cursor->setLabelFunction([this](engine::Tick t) { return cursorLabel(t); });
    connect(m_cursor, &TimeCursor::timeClicked, this, &UtilizationChart::timeClicked);
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this] { fit(); });
    connect(m_plot, &QCustomPlot::beforeReplot, this, [this] { adaptToSize(); });
}

// Fewer percent ticks when the plot is short, so that their labels do not overlap, and a
// legend that wraps beside the title rather than being cut off.
void UtilizationChart::adaptToSize() {
    auto* percent = dynamic_cast<QCPAxisTickerFixed*>(valueAxis(m_usage)->ticker().data());
    if (percent) {
        const int height = m_usage->rect().height();
        percent->setTickStep(height <= 0 || height >= 140 ? 25 : height >= 60 ? 50 : 100);
    }
    // As many I/O counts as have room for their labels (the ticker rounds to whole numbers).
    const int label = QFontMetrics(valueAxis(m_io)->tickLabelFont()).height();
    const int room = m_io->rect().height() / std::max(1, label * 3 / 2);
    valueAxis(m_io)->ticker()->setTickCount(std::clamp(room, 1, 3));
    const int titleWidth =
        QFontMetrics(m_title->font()).horizontalAdvance(m_title->text()) + 24;
    fitLegendColumns(m_plot->legend, std::max(120, m_plot->width() - titleWidth));
    showAxisTitlesThatFit();
}

// Each plot at least as high as a few tick labels, so that the labels of the two plots never
// run into each other; the axis titles show only where they fit (the legend names both plots).
void UtilizationChart::adaptMinimumHeight() {
    const int tick = QFontMetrics(valueAxis(m_usage)->tickLabelFont()).height();
    m_usage->setMinimumSize(0, 3 * tick + 4);
    m_io->setMinimumSize(0, 2 * tick + 4);
    // The lowest percent and the highest I/O count would meet between the plots: a gap.
    m_io->setMinimumMargins(QMargins(0, tick, 0, 0));
    auto line = [](const QFont& font) { return QFontMetrics(font).height(); };
    QCPAxis* time = timeAxis(m_io);
    // Title, the two plots with the gap between them, the time axis, and the outer margins.
    m_plot->setMinimumSize(240, line(m_title->font()) + 6 * tick + 2 +
                                    line(time->tickLabelFont()) + line(time->labelFont()) + 8);
}

void UtilizationChart::showAxisTitlesThatFit() {
    const std::pair<QCPAxisRect*, QString> titles[] = {{m_usage, tr("Busy (%)")},
                                                       {m_io, tr("On I/O")}};
    for (const auto& [rect, title] : titles) {
        QCPAxis* axis = valueAxis(rect);
        const int length = QFontMetrics(axis->labelFont()).horizontalAdvance(title) + 8;
        axis->setLabel(length <= rect->rect().height() ? title : QString());
    }
}

QList<QRect> UtilizationChart::valueLabelRects() const {
    QList<QRect> rects;
    for (QCPAxisRect* rect : {m_usage, m_io}) {
        QCPAxis* axis = valueAxis(rect);
        const QFontMetrics ticks(axis->tickLabelFont());
        const int right = rect->rect().left() - axis->tickLabelPadding() - axis->tickLengthOut();
        const auto values = axis->tickVector();
        const auto labels = axis->tickVectorLabels();
        for (qsizetype i = 0; i < values.size() && i < labels.size(); ++i) {
            if (!axis->range().contains(values[i])) {
                continue;
            }
            const QSize size = ticks.size(0, labels[i]);
            const int y = qRound(axis->coordToPixel(values[i]));
            rects.append(QRect(QPoint(right - size.width(), y - size.height() / 2), size));
        }
        if (axis->label().isEmpty()) {
            continue;
        }
        // The axis title, turned on its side and centred on the plot's height.
        const QFontMetrics title(axis->labelFont());
        const int length = title.horizontalAdvance(axis->label());
        rects.append(QRect(rect->outerRect().left(), rect->rect().center().y() - length / 2,
                           title.height(), length));
    }
    return rects;
}

void UtilizationChart::setupAxes() {
    for (QCPAxisRect* rect : {m_usage, m_io}) {
        timeAxis(rect)->setTicker(QSharedPointer<IntegerTicker>::create());
        timeAxis(rect)->setNumberFormat(QStringLiteral("f"));
        timeAxis(rect)->setNumberPrecision(0);
    }
    timeAxis(m_usage)->setTickLabels(false);
    timeAxis(m_io)->setLabel(tr("Time (ticks)"));
    auto percent = QSharedPointer<QCPAxisTickerFixed>::create();
    percent->setTickStep(25);
    valueAxis(m_usage)->setTicker(percent);
    valueAxis(m_usage)->setLabel(tr("Busy (%)"));
    valueAxis(m_usage)->setRange(0, 115);  // room above 100 % for the cursor label
    auto count = QSharedPointer<IntegerTicker>::create();
    count->setTickCount(3);
    valueAxis(m_io)->setTicker(count);
    valueAxis(m_io)->setLabel(tr("On I/O"));
    QCPAxis* usageTime = timeAxis(m_usage);
    QCPAxis* ioTime = timeAxis(m_io);
    connect(usageTime, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), ioTime,
            qOverload<const QCPRange&>(&QCPAxis::setRange));
    connect(ioTime, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), usageTime,
            qOverload<const QCPRange&>(&QCPAxis::setRange));
    connect(usageTime, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
            &UtilizationChart::clampTimeRange);
}

void UtilizationChart::applyPalette() {
    m_palette = chartPalette(palette());
    applyChartStyle(m_plot, m_palette);
    m_title->setTextColor(m_palette.text);
    m_cursor->setColor(m_palette.cursor);
    m_cursor->updateFont();
    m_title->setFont(chartFont(kLabelPointSize, true));
    adaptMinimumHeight();
    if (m_total) {
        m_total->setPen(QPen(m_palette.text, 4));
    }
}

void UtilizationChart::setRun(models::RunPtr run) {
    m_run = std::move(run);
    m_totalProfile = m_run ? BusyProfile(m_run->result.slices, -1) : BusyProfile();
    m_cpuProfiles.clear();
    const int cpus = m_run ? m_run->result.cpus : 0;
    if (cpus >= 2 && cpus <= kMaxCpuGraphs) {
        for (int cpu = 0; cpu < cpus; ++cpu) {
            m_cpuProfiles.emplace_back(m_run->result.slices, cpu);
        }
    }
    m_window = defaultWindow();
    const QSignalBlocker blocker(m_windowBox);
    m_windowBox->setValue(static_cast<int>(std::min<engine::Tick>(m_window, 1'000'000'000)));
    if (m_run) {
        m_cursor->setBounds(m_run->result.summary.start, m_run->result.summary.end);
    }
    rebuildGraphs();
    updateTitle();
    fit();
}

engine::Tick UtilizationChart::defaultWindow() const {
    const engine::Tick makespan = m_run ? m_run->result.summary.makespan : 0;
    return std::max<engine::Tick>(
        1, static_cast<engine::Tick>(std::llround(static_cast<double>(makespan) / 20.0)));
}

QCPGraph* UtilizationChart::addUtilizationGraph(const QString& name, const QColor& color,
                                                double width) {
    QCPGraph* graph = m_plot->addGraph(timeAxis(m_usage), valueAxis(m_usage));
    graph->setName(name);
    graph->setPen(QPen(color, width));
    graph->setAntialiased(true);
    return graph;
}

void UtilizationChart::rebuildGraphs() {
    m_plot->clearGraphs();
    m_cpuGraphs.clear();
    m_total = addUtilizationGraph(tr("All CPUs"), m_palette.text, 4);
    for (int cpu = 0; cpu < static_cast<int>(m_cpuProfiles.size()); ++cpu) {
        m_cpuGraphs.append(addUtilizationGraph(tr("CPU %1").arg(cpu), seriesColor(cpu), 3));
    }
    m_blocked = m_plot->addGraph(timeAxis(m_io), valueAxis(m_io));
    m_blocked->setName(tr("Blocked on I/O"));
    const QColor io = seriesColor(kBlockedColor);
    m_blocked->setPen(QPen(io, 2.5));
    m_blocked->setBrush(QColor(io.red(), io.green(), io.blue(), 90));
    m_blocked->setLineStyle(QCPGraph::lsStepLeft);
    if (m_run) {
        const ChartSeries blocked = blockedSeries(*m_run);
        m_blocked->setData(blocked.keys, blocked.values, true);
        const double most = *std::max_element(blocked.values.begin(), blocked.values.end());
        valueAxis(m_io)->setRange(0, std::max(1.0, most) + 0.3);
    }
    applyPalette();
    refillUtilization();
}

void UtilizationChart::refillUtilization() {
    if (!m_run) {
        m_plot->replot();
        return;
    }
    const auto& summary = m_run->result.summary;
    auto fill = [&](QCPGraph* graph, const BusyProfile& profile, int cpus) {
        const ChartSeries s =
            utilizationSeries(profile, cpus, summary.start, summary.end, m_mode, m_window);
        graph->setData(s.keys, s.values, true);
    };
    fill(m_total, m_totalProfile, m_run->result.cpus);
    for (int cpu = 0; cpu < m_cpuGraphs.size(); ++cpu) {
        fill(m_cpuGraphs[cpu], m_cpuProfiles[static_cast<std::size_t>(cpu)], 1);
    }
    m_cursor->setTime(m_cursor->time());  // the label shows the value at the cursor
    m_plot->replot();
}

void UtilizationChart::setMode(Mode mode) {
    if (mode == m_mode) {
        return;
    }
    m_mode = mode;
    const QSignalBlocker blocker(m_modeBox);
    m_modeBox->setCurrentIndex(mode == Mode::MovingWindow ? 1 : 0);
    m_windowBox->setEnabled(mode == Mode::MovingWindow);
    updateTitle();
    refillUtilization();
}

void UtilizationChart::setWindow(engine::Tick ticks) {
    m_window = std::max<engine::Tick>(1, ticks);
    const QSignalBlocker blocker(m_windowBox);
    m_windowBox->setValue(static_cast<int>(std::min<engine::Tick>(m_window, 1'000'000'000)));
    updateTitle();
    if (m_mode == Mode::MovingWindow) {
        refillUtilization();
    }
}

void UtilizationChart::updateTitle() {
    // Short: the scenario's name is already in the Gantt chart's title above.
    m_title->setText(m_mode == Mode::Cumulative
                         ? tr("CPU utilization · cumulative")
                         : tr("CPU utilization · last %1").arg(ticksText(m_window)));
}

void UtilizationChart::fit() {
    if (m_run) {
        const auto& summary = m_run->result.summary;
        const double pad = std::max(0.5, static_cast<double>(summary.makespan) * 0.01);
        timeAxis(m_usage)->setRange(static_cast<double>(summary.start) - pad,
                                    static_cast<double>(summary.end) + pad);
    }
    m_plot->replot();
}

void UtilizationChart::clampTimeRange(const QCPRange& range) {
    if (!m_run) {
        return;
    }
    const auto& summary = m_run->result.summary;
    const double pad = std::max(0.5, static_cast<double>(summary.makespan) * 0.01);
    const double lo = static_cast<double>(summary.start) - pad;
    const double hi = static_cast<double>(summary.end) + pad;
    const double width = std::clamp(range.size(), std::min(4.0, hi - lo), hi - lo);
    const double lower = std::clamp(range.lower, lo, hi - width);
    if (lower != range.lower || lower + width != range.upper) {
        timeAxis(m_usage)->setRange(lower, lower + width);
    }
}

void UtilizationChart::setTime(engine::Tick time) {
    m_cursor->setTime(time);
    updateFoldedSummary();
}

void UtilizationChart::setFolded(bool folded) {
    m_folded = folded;
    m_plot->setVisible(!folded);
    m_foldedSummary->setVisible(folded);
    m_foldButton->setArrowType(folded ? Qt::RightArrow : Qt::DownArrow);
    m_foldButton->setToolTip(folded ? tr("Show the utilization chart")
                                    : tr("Fold the utilization chart to give the Gantt chart "
                                         "its height"));
    updateFoldedSummary();
}

int UtilizationChart::unfoldedMinimumHeight() const {
    return m_controls->sizeHint().height() + m_plot->minimumSize().height();
}

// Folded, the chart still says how busy the CPU is at the cursor.
void UtilizationChart::updateFoldedSummary() {
    if (m_folded) {
        m_foldedSummary->setText(m_cursor->time() < 0 ? QString() : cursorLabel(m_cursor->time()));
    }
}

engine::Tick UtilizationChart::time() const { return m_cursor->time(); }

double UtilizationChart::cursorKey() const { return m_cursor->lineKey(); }

QRect UtilizationChart::timeAxisArea() const { return m_cursor->scrubArea(); }

QString UtilizationChart::cursorLabel(engine::Tick t) const {
    if (!m_run || t <= m_run->result.summary.start) {
        return tr("t = %1").arg(t);
    }
    const double value =
        utilizationAt(m_totalProfile, m_run->result.cpus, m_run->result.summary.start,
                      static_cast<double>(t), m_mode, m_window);
    return tr("t = %1 · %2 % busy").arg(t).arg(value, 0, 'f', 0);
}

void UtilizationChart::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        applyPalette();  // fonts too: the chart font scale may have changed
        m_plot->replot();
    }
}

}  // namespace schedlab::ui
