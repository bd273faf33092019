#include "charts/gantt_chart.hpp"

#include <qcustomplot.h>

#include <QHBoxLayout>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QToolTip>
#include <algorithm>
#include <cmath>

#include "charts/swatch_legend_item.hpp"
#include "charts/time_cursor.hpp"

namespace schedlab::ui {
namespace {

constexpr double kMinRowPixels = 16.0;  // rows never get thinner than this when fitting
constexpr int kRowsWanted = 12;         // the titles give way until this many rows fit
constexpr engine::Tick kMinVisibleTicks = 4;

// The legend takes one line: smaller swatches before a second line, which the rows would pay.
void fitLegendOnOneLine(QCPLegend* legend, int width) {
    for (const QSize icon : {QSize(24, 16), QSize(14, 12)}) {
        legend->setIconSize(icon);
        fitLegendColumns(legend, width);
        if (legend->rowCount() <= 1) {
            return;
        }
    }
}

double timePadding(engine::Tick start, engine::Tick end) {
    return std::max(0.5, static_cast<double>(end - start) * 0.01);
}

}  // namespace

GanttChart::GanttChart(QWidget* parent)
    : QWidget(parent), m_layout(std::make_shared<GanttLayout>()) {
    setupPlot();
    setupAxes();
    applyPalette();
    rebuildLegend();
}

GanttChart::~GanttChart() = default;

void GanttChart::setupPlot() {
    m_plot = new QCustomPlot(this);
    m_rowScroll = new QScrollBar(Qt::Vertical, this);
    m_rowScroll->setVisible(false);
    auto* box = new QHBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(0);
    box->addWidget(m_plot, 1);
    box->addWidget(m_rowScroll);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal | Qt::Vertical);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->setMouseTracking(true);
    m_plot->setContextMenuPolicy(Qt::CustomContextMenu);
    m_plot->installEventFilter(this);
    m_bars = new IntervalPlottable(m_plot->xAxis, m_plot->yAxis);
    m_bars->removeFromLegend();
    setupTitleAndLegend();
    m_cursor = new TimeCursor(m_plot, {m_plot->axisRect()});
    connect(m_cursor, &TimeCursor::timeClicked, this, &GanttChart::timeClicked);
    connect(m_plot, &QCustomPlot::mouseMove, this, &GanttChart::showHoverTip);
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this] { fit(); });
    // The plot may be narrower than its legend in one row: the legend wraps instead.
    m_plot->setMinimumSize(240, 180);
    connect(m_plot, &QCustomPlot::beforeReplot, this, [this] {
        fitLegendOnOneLine(m_plot->legend, m_plot->width() - 8);
        keepOneRowInSight();  // the legend may just have wrapped onto another line
    });
    connect(m_plot, &QWidget::customContextMenuRequested, this, &GanttChart::showContextMenu);
    connect(m_rowScroll, &QScrollBar::valueChanged, this, &GanttChart::scrollRowsTo);
    connect(m_plot, &QCustomPlot::mousePress, this, [this] { m_autoFit = false; });
    connect(m_plot, &QCustomPlot::mouseWheel, this, [this] { m_autoFit = false; });
}

void GanttChart::setupTitleAndLegend() {
    m_title = addTitleAndLegendRows(m_plot, 6, QSize(24, 16));
    m_plot->legend->setColumnSpacing(6);
}

void GanttChart::setupAxes() {
    QCPAxis* time = m_plot->xAxis;
    time->setTicker(QSharedPointer<IntegerTicker>::create());
    m_timeTitle = tr("Time (ticks)");
    time->setLabel(m_timeTitle);
    time->ticker()->setTickCount(10);
    time->setNumberFormat(QStringLiteral("f"));
    time->setNumberPrecision(0);
    QCPAxis* rows = m_plot->yAxis;
    m_rowTicker = QSharedPointer<RowTicker>::create();
    rows->setTicker(m_rowTicker);
    rows->setRangeReversed(true);  // the first process at the top
    rows->setSubTicks(false);
    rows->setTickLength(0, 4);
    rows->grid()->setVisible(false);
    connect(time, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
            &GanttChart::clampTimeRange);
    connect(rows, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
            &GanttChart::clampRowRange);
    // After a resize the rows' height in pixels changes: the labels' spacing follows.
    connect(m_plot, &QCustomPlot::afterLayout, this, [this] {
        const int before = m_rowTicker->stride();
        updateRowStride();
        if (m_rowTicker->stride() != before) {
            m_plot->replot(QCustomPlot::rpQueuedReplot);
        }
    });
}

void GanttChart::applyPalette() {
    m_palette = chartPalette(palette());
    applyChartStyle(m_plot, m_palette);
    m_plot->legend->setFont(chartFont(kTickPointSize));
    m_title->setTextColor(m_palette.text);
    m_bars->setChartPalette(m_palette);
    m_cursor->setColor(m_palette.cursor);
    m_plot->yAxis->setTickLabelFont(chartFont(kTickPointSize, true));
    m_title->setFont(chartFont(kTitlePointSize, true));
    m_cursor->updateFont();
    keepOneRowInSight();
}

// At least one row below the legend and time axis. On a short plot the title and the time
// axis's title give their lines to the rows: the window's title and the status bar name the
// scenario and the policy, and the cursor's flag says "t = ".
void GanttChart::keepOneRowInSight() {
    const int row = static_cast<int>(minRowPixels());
    m_plot->setMinimumSize(240, bareChromeHeight() + row);
    const bool roomForTitle = hasRoomForTitle();
    m_title->setText(roomForTitle ? fittedTitle() : QString());
    showTitleLine(roomForTitle && !m_titleText.isEmpty());
    m_plot->xAxis->setLabel(roomForTitle ? m_timeTitle : QString());
}

// "Scenario — policy" when it fits the width, else the scenario alone, else cut with "…": never
// cut off at both ends (larger fonts in presentation mode).
QString GanttChart::fittedTitle() const {
    const QFontMetrics metrics(m_title->font());
    const int room = std::max(0, m_plot->width() - 16);
    if (metrics.horizontalAdvance(m_titleText) <= room) {
        return m_titleText;
    }
    const QString scenario = m_run ? QString::fromStdString(m_run->workload.name) : QString();
    if (!scenario.isEmpty() && metrics.horizontalAdvance(scenario) <= room) {
        return scenario;
    }
    return metrics.elidedText(m_titleText, Qt::ElideRight, room);
}

// A hidden title keeps a line of one pixel: its height goes to the rows.
void GanttChart::showTitleLine(bool shown) {
    m_title->setMinimumSize(0, shown ? 0 : 1);  // 0: the text's height
    m_title->setMaximumSize(QWIDGETSIZE_MAX, shown ? QWIDGETSIZE_MAX : 1);
    m_title->setMargins(shown ? QMargins(2, 2, 2, 2) : QMargins());
}

void GanttChart::setRun(models::RunPtr run) {
    m_run = std::move(run);
    m_layout = m_run ? std::make_shared<GanttLayout>(buildGanttLayout(*m_run))
                     : std::make_shared<GanttLayout>();
    QStringList names;
    if (m_run) {
        names.reserve(static_cast<qsizetype>(m_run->workload.processes.size()));
        for (const auto& process : m_run->workload.processes) {
            names.append(QString::fromStdString(process.name));
        }
    }
    m_bars->setLayout(m_layout, names);
    m_cursor->setBounds(m_layout->start, m_layout->end);
    m_spanStart = m_layout->start;
    m_spanEnd = m_layout->end;
    updateRowLabels();
    updateTitle();
    rebuildLegend();
    fit();
}

// Labels are made for the rows in view only (RowTicker), so a million rows cost nothing here.
void GanttChart::updateRowLabels() {
    m_rowTicker->setRows(m_layout->rowCount(), [this](int row) {
        return m_layout->isCpuRow(row) ? tr("CPU %1").arg(row - m_layout->processCount)
                                       : processName(static_cast<engine::Pid>(row));
    });
}

// Labels never closer than their height: with rows thinner than that, every n-th row.
void GanttChart::updateRowStride() {
    const double pixels = m_plot->yAxis->axisRect()->height();
    const double rows = m_plot->yAxis->range().size();
    const double rowPixels = pixels > 0 && rows > 0 ? pixels / rows : 1.0;
    const double labelPixels = QFontMetricsF(m_plot->yAxis->tickLabelFont()).height();
    m_rowTicker->setStride(static_cast<int>(std::ceil(labelPixels / rowPixels)));
}

void GanttChart::updateTitle() {
    if (!m_run) {
        m_titleText.clear();
        m_title->setText(QString());
        return;
    }
    const QString scenario = QString::fromStdString(m_run->workload.name);
    const QString policy = QString::fromStdString(m_run->result.policy);
    m_titleText = scenario.isEmpty() ? policy : tr("%1 — %2").arg(scenario, policy);
    m_title->setText(m_titleText);
}

void GanttChart::rebuildLegend() {
    QCPLegend* legend = m_plot->legend;
    legend->clearItems();
    const bool byCpu = m_colorMode == ColorMode::ByCpu;
    const int cpus = std::max(1, m_layout->cpuCount);
    if (byCpu) {
        for (int cpu = 0; cpu < std::min(cpus, 8); ++cpu) {
            legend->addItem(new SwatchLegendItem(legend, tr("Running on CPU %1").arg(cpu),
                                                 {{seriesColor(cpu)}}));
        }
    } else {
        const QList<QColor> stripes{seriesColor(0), seriesColor(1), seriesColor(2)};
        legend->addItem(new SwatchLegendItem(legend, tr("Running"), {stripes}));
    }
    const QColor ready = byCpu ? m_palette.ready : m_bars->readyColor(0);
    legend->addItem(new SwatchLegendItem(legend, tr("Ready"), {{ready}, {}, 0.55}));
    // Only what the run shows: every entry costs the rows width, and a second line height.
    const bool empty = m_layout->kinds == 0;
    if (empty || m_layout->has(IntervalKind::Blocked)) {
        legend->addItem(new SwatchLegendItem(
            legend, tr("Blocked (I/O)"),
            {{m_palette.blocked}, QBrush(m_palette.blockedHatch, Qt::BDiagPattern), 0.55}));
    }
    const bool costly = m_run && m_run->workload.contextSwitch > 0;
    const QBrush cross(m_palette.switching, Qt::DiagCrossPattern);
    legend->addItem(new SwatchLegendItem(legend, tr("Context switch"),
                                         costly ? Swatch{{m_bars->switchingFill()}, cross, 0.72}
                                                : Swatch{{m_palette.switching}, {}, 0.9, 0.12}));
    if (empty || m_layout->has(IntervalKind::CpuIdle)) {
        legend->addItem(new SwatchLegendItem(legend, tr("CPU idle"), {{m_palette.idle}, {}, 0.4}));
    }
}

void GanttChart::setTime(engine::Tick time) {
    m_cursor->setTime(time);
    followCursor(time);
}

engine::Tick GanttChart::time() const { return m_cursor->time(); }

double GanttChart::cursorKey() const { return m_cursor->lineKey(); }

QRect GanttChart::timeAxisArea() const { return m_cursor->scrubArea(); }

int GanttChart::rowCount() const { return m_layout->rowCount(); }

void GanttChart::setColorMode(ColorMode mode) {
    m_colorMode = mode;
    m_bars->setColorMode(mode);
    rebuildLegend();
    m_plot->replot();
}

void GanttChart::fit() {
    m_rowFit = RowFit::Readable;
    m_plot->yAxis->setRange(-0.5, -0.5 + std::max(1, m_layout->rowCount()));
    fitRows();
    fitTime();
}

void GanttChart::setTimeAxisTitle(const QString& title) {
    m_timeTitle = title;
    keepOneRowInSight();
}

void GanttChart::setTimeSpan(engine::Tick start, engine::Tick end) {
    m_spanStart = start;
    m_spanEnd = std::max(start, end);
    fitTime();
}

void GanttChart::fitAllRows() {
    m_rowFit = RowFit::All;
    m_plot->yAxis->setRange(-0.5, -0.5 + std::max(1, m_layout->rowCount()));
    fitTime();
}

// The whole run, whatever rows are in view: the cursor is always somewhere on this axis.
void GanttChart::fitTime() {
    const double pad = timePadding(m_spanStart, m_spanEnd);
    m_plot->xAxis->setRange(static_cast<double>(m_spanStart) - pad,
                            static_cast<double>(m_spanEnd) + pad);
    m_autoFit = true;
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

bool GanttChart::showsWholeRun() const {
    const QCPRange range = m_plot->xAxis->range();
    return range.lower <= static_cast<double>(m_spanStart) &&
           range.upper >= static_cast<double>(m_spanEnd);
}

// Zoomed in, the view pages along with the playback: the cursor never leaves the chart.
void GanttChart::followCursor(engine::Tick time) {
    if (time < 0 || showsWholeRun()) {
        return;
    }
    const QCPRange range = m_plot->xAxis->range();
    const double t = static_cast<double>(time);
    const double margin = range.size() * 0.05;
    if (t >= range.lower + margin && t <= range.upper - margin) {
        return;
    }
    const double lower = t > range.upper - margin ? t - range.size() * 0.25 : t - range.size() * 0.75;
    m_plot->xAxis->setRange(lower, lower + range.size());  // clampTimeRange keeps it in the run
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

int GanttChart::heightForRows(int rows) const {
    return bareChromeHeight() + static_cast<int>(std::ceil(rows * minRowPixels())) + 2;
}

bool GanttChart::allRowsVisible() const {
    return m_plot->yAxis->range().size() >= m_layout->rowCount() - 1e-9;
}

QCPRange GanttChart::timeRange() const { return m_plot->xAxis->range(); }

// As many rows as fit at a readable height, keeping the top row where it is. The height comes
// from the widget, not from the last layout, so that an export at another size fits too.
void GanttChart::fitRows() {
    const int rows = std::max(1, m_layout->rowCount());
    if (m_rowFit == RowFit::All) {
        m_plot->yAxis->setRange(-0.5, -0.5 + rows);
        return;
    }
    const double available = std::max(1, m_plot->height() - chromeKeptHeight());
    const int capacity = std::max(1, static_cast<int>(available / minRowPixels()));
    const double top = std::max(-0.5, m_plot->yAxis->range().lower);
    m_plot->yAxis->setRange(top, top + std::min(rows, capacity));
}

// A row is never lower than its name, so that names never overlap or thin out.
double GanttChart::minRowPixels() const {
    return std::max(kMinRowPixels, QFontMetrics(m_plot->yAxis->tickLabelFont()).height() + 2.0);
}

int GanttChart::titleLineHeight() const { return QFontMetrics(m_title->font()).height() + 8; }

// The chart's title and the time axis's title: shown only when every row fits with them.
int GanttChart::titlesHeight() const {
    return titleLineHeight() + QFontMetrics(m_plot->xAxis->labelFont()).height();
}

bool GanttChart::hasRoomForTitle() const {
    const int rows = std::clamp(m_layout->rowCount(), 3, kRowsWanted);
    return m_plot->height() >= bareChromeHeight() + titlesHeight() + rows * minRowPixels();
}

// What is not rows once keepOneRowInSight() has decided about the titles.
int GanttChart::chromeKeptHeight() const {
    return bareChromeHeight() + (hasRoomForTitle() ? titlesHeight() : 0);
}

// The legend (more lines when it wraps), the cursor's strip, the time axis's numbers and the
// margins: what the rows never get.
int GanttChart::bareChromeHeight() const {
    auto line = [](const QFont& font) { return QFontMetrics(font).height(); };
    const int legendRows = std::max(1, m_plot->legend->rowCount());
    return legendRows * (line(m_plot->legend->font()) + 6) + m_cursor->stripHeight() +
           line(m_plot->xAxis->tickLabelFont()) + 24;
}

QList<QRect> GanttChart::rowLabelRects() const {
    QList<QRect> rects;
    const QCPRange range = m_plot->yAxis->range();
    const QFontMetrics metrics(m_plot->yAxis->tickLabelFont());
    const int right = m_plot->axisRect()->rect().left() - m_plot->yAxis->tickLabelPadding() -
                      m_plot->yAxis->tickLengthOut();
    // The labels of the last replot: RowTicker makes them for the rows in view only.
    const QVector<double> ticks = m_plot->yAxis->tickVector();
    const QVector<QString> labels = m_plot->yAxis->tickVectorLabels();
    for (qsizetype i = 0; i < ticks.size() && i < labels.size(); ++i) {
        if (ticks[i] < range.lower || ticks[i] > range.upper) {
            continue;  // QCustomPlot draws only the ticks in range
        }
        const int y = qRound(m_plot->yAxis->coordToPixel(ticks[i]));
        const QSize size = metrics.size(0, labels[i]);
        rects.append(QRect(QPoint(right - size.width(), y - size.height() / 2), size));
    }
    return rects;
}

QRect GanttChart::cursorLabelRect() const { return m_cursor->labelRect(); }

void GanttChart::clampTimeRange(const QCPRange& range) {
    const double pad = timePadding(m_spanStart, m_spanEnd);
    const double lo = static_cast<double>(m_spanStart) - pad;
    const double hi = static_cast<double>(m_spanEnd) + pad;
    const double width =
        std::clamp(range.size(), std::min(static_cast<double>(kMinVisibleTicks), hi - lo), hi - lo);
    const double lower = std::clamp(range.lower, lo, hi - width);
    if (lower != range.lower || lower + width != range.upper) {
        m_plot->xAxis->setRange(lower, lower + width);
    }
}

void GanttChart::clampRowRange(const QCPRange& range) {
    const double rows = std::max(1, m_layout->rowCount());
    const double size = std::min(range.size(), rows);
    const double lower = std::clamp(range.lower, -0.5, rows - 0.5 - size);
    if (lower != range.lower || lower + size != range.upper) {
        m_plot->yAxis->setRange(lower, lower + size);
        return;  // this handler runs again for the clamped range
    }
    updateRowStride();
    syncRowScroll();
}

// The scroll bar shows which rows are in view, and appears only when some are not.
void GanttChart::syncRowScroll() {
    const QCPRange range = m_plot->yAxis->range();
    const auto visible = static_cast<int>(std::lround(range.size()));
    const QSignalBlocker blocker(m_rowScroll);
    m_rowScroll->setRange(0, std::max(0, rowCount() - visible));
    m_rowScroll->setPageStep(std::max(1, visible));
    m_rowScroll->setValue(static_cast<int>(std::lround(range.lower + 0.5)));
    m_rowScroll->setVisible(visible < rowCount());
}

void GanttChart::scrollRowsTo(int firstRow) {
    m_autoFit = false;
    const double size = m_plot->yAxis->range().size();
    m_plot->yAxis->setRange(firstRow - 0.5, firstRow - 0.5 + size);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QString GanttChart::processName(engine::Pid process) const {
    if (m_run && process < m_run->workload.processes.size()) {
        return QString::fromStdString(m_run->workload.processes[process].name);
    }
    return tr("P%1").arg(process);
}

QString GanttChart::toolTipAt(const QPoint& plotPos) const {
    if (!m_run || !m_plot->axisRect()->rect().contains(plotPos)) {
        return {};
    }
    const auto row = static_cast<int>(std::lround(m_plot->yAxis->pixelToCoord(plotPos.y())));
    if (row < 0 || row >= m_layout->rowCount()) {
        return {};
    }
    const double t = m_plot->xAxis->pixelToCoord(plotPos.x());
    if (const GanttInterval* mark = intervalAt(m_layout->rowOverlays(row), t)) {
        return describe(*mark);
    }
    const GanttInterval* item = intervalAt(m_layout->row(row), t);
    return item ? describe(*item) : QString();
}

QString GanttChart::stateText(const GanttInterval& item) const {
    switch (item.kind) {
        case IntervalKind::Running:
            return tr("running on CPU %1").arg(item.cpu);
        case IntervalKind::Ready:
            return tr("ready (waiting for a CPU)");
        case IntervalKind::Blocked:
            return tr("blocked on I/O");
        case IntervalKind::Switching:
            return tr("context switch on CPU %1").arg(item.cpu);
        case IntervalKind::CpuBusy:
            return tr("running %1").arg(processName(item.process));
        case IntervalKind::CpuSwitching:
            return tr("switching to %1").arg(processName(item.process));
        case IntervalKind::CpuIdle:
            return tr("idle");
    }
    return {};
}

QString GanttChart::describe(const GanttInterval& item) const {
    const bool cpuRow = m_layout->isCpuRow(static_cast<int>(item.row));
    const QString who = cpuRow ? tr("CPU %1").arg(item.cpu) : processName(item.process);
    const QString span =
        tr("[%1, %2) — %3").arg(item.start).arg(item.end).arg(ticksText(item.end - item.start));
    return QStringLiteral("<p style='font-size:13pt'><b>%1</b><br/>%2<br/>%3</p>")
        .arg(who.toHtmlEscaped(), stateText(item).toHtmlEscaped(), span);
}

void GanttChart::showHoverTip(QMouseEvent* event) {
    if (event->buttons() != Qt::NoButton) {
        return;  // dragging
    }
    const QString text = toolTipAt(event->position().toPoint());
    if (text.isEmpty()) {
        QToolTip::hideText();
    } else {
        QToolTip::showText(event->globalPosition().toPoint(), text, m_plot);
    }
}

void GanttChart::showContextMenu(const QPoint& pos) {
    QMenu menu(this);
    QAction* byProcess = menu.addAction(tr("Colour by process"));
    QAction* byCpu = menu.addAction(tr("Colour by CPU"));
    byProcess->setCheckable(true);
    byCpu->setCheckable(true);
    byProcess->setChecked(m_colorMode == ColorMode::ByProcess);
    byCpu->setChecked(m_colorMode == ColorMode::ByCpu);
    menu.addSeparator();
    QAction* fitAction = menu.addAction(tr("Fit the whole run"));
    QAction* chosen = menu.exec(m_plot->mapToGlobal(pos));
    if (chosen == byProcess) {
        setColorMode(ColorMode::ByProcess);
    } else if (chosen == byCpu) {
        setColorMode(ColorMode::ByCpu);
    } else if (chosen == fitAction) {
        fit();
    }
}

void GanttChart::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        applyPalette();  // fonts too: the chart font scale may have changed
        rebuildLegend();
        fitRows();
        m_plot->replot();
    }
}

bool GanttChart::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_plot && event->type() == QEvent::Resize) {
        fitRows();
        if (m_autoFit) {
            fitTime();  // nobody has zoomed or panned yet: keep showing the whole run
        }
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace schedlab::ui
