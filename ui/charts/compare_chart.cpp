#include "charts/compare_chart.hpp"

#include <qcustomplot.h>

#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace schedlab::ui {
namespace {

using Column = models::CompareModel::Column;

constexpr double kGroupBarWidth = 0.27;
constexpr int kValuePointSize = 11;
constexpr double kMinLabelPoints = 8;
constexpr double kMinUprightPoints = 6;
constexpr double kLabelGap = 4;  // pixels between neighbouring labels
constexpr double kSingleBarWidth = 0.55;
// Below this height (a 1280x720 window) the chart's title gives its line to the bars: the
// window title names the scenario and the tab says what is compared (#12).
constexpr int kTitleMinPlotHeight = 440;

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
    // Marks at 0 and 100 only: the room above the bars for their labels is no "300 %" (#12).
    auto percent = QSharedPointer<QCPAxisTickerText>::create();
    percent->setTicks(QMap<double, QString>{{0.0, QStringLiteral("0")}, {100.0, QStringLiteral("100")}});
    m_utilization->axis(QCPAxis::atLeft)->setTicker(percent);
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
    // On a narrow tab the plot may be narrower than the legend in one row: it wraps instead.
    m_plot->setMinimumSize(260, 240);
    connect(m_plot, &QCustomPlot::beforeReplot, this, [this, legend] {
        fitLegendColumns(legend, m_plot->width() - 8);
        showTitleIfRoom();
        fitTitles();
        fitPolicyNames();
        fitValueLabels();
    });
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

// The chart's title on top where the plot is tall enough, else out of the layout.
void CompareChart::showTitleIfRoom() {
    QCPLayoutGrid* grid = m_plot->plotLayout();
    const bool show = !m_titleText.isEmpty() && m_plot->height() >= kTitleMinPlotHeight;
    const bool shown = grid->elementAt(0) == m_title;
    if (show && !shown) {
        grid->insertRow(0);
        grid->addElement(0, 0, m_title);
        grid->setRowStretchFactors({0.001, 1.3, 1.0});
    } else if (!show && shown) {
        grid->take(m_title);
        grid->simplify();
        grid->setRowStretchFactors({1.3, 1.0});
    }
}

// Titles wider than their panel (a narrow tab) go onto two lines, then get smaller, rather
// than being cut off at both ends.
void CompareChart::fitTitles() {
    for (QCPLayoutElement* element : m_plot->plotLayout()->elements(true)) {
        auto* title = qobject_cast<QCPTextElement*>(element);
        if (!title || title->outerRect().width() <= 0) {
            continue;
        }
        if (!title->property("baseFont").isValid()) {
            title->setProperty("baseFont", title->font());
        }
        QString text = title->text().replace(QLatin1Char('\n'), QLatin1Char(' '));
        QFont font = title->property("baseFont").value<QFont>();
        const double room = title->outerRect().width() - 8;
        auto widest = [&](const QString& t) {
            return QFontMetricsF(font).boundingRect(QRectF(0, 0, 1e6, 1e6), 0, t).width();
        };
        if (widest(text) > room) {
            for (const QString& at : {QStringLiteral(" ("), QStringLiteral(": ")}) {
                const qsizetype cut = text.indexOf(at);
                if (cut > 0) {
                    text = text.left(cut + (at.startsWith(QLatin1Char(':')) ? 1 : 0)) +
                           QLatin1Char('\n') + text.mid(cut + 1 + (at.startsWith(QLatin1Char(':')) ? 1 : 0));
                    break;
                }
            }
        }
        const double wide = widest(text);
        if (wide > room && room > 0) {
            font.setPointSizeF(std::max(9.0, font.pointSizeF() * room / wide));
        }
        title->setFont(font);
        title->setText(text);
    }
}

double CompareChart::pixelsPerPolicy(QCPAxisRect* rect) {
    QCPAxis* axis = rect->axis(QCPAxis::atBottom);
    return std::abs(axis->coordToPixel(1.0) - axis->coordToPixel(0.0));
}

// The layout for the current size now, not at the next replot: the fitting below measures it.
void CompareChart::layoutNow() {
    QCPLayoutGrid* layout = m_plot->plotLayout();
    for (auto phase : {QCPLayoutElement::upPreparation, QCPLayoutElement::upMargins,
                       QCPLayoutElement::upLayout}) {
        layout->update(phase);
    }
}

// Policy names side by side when they fit their columns, else smaller, else upright (#12:
// "fcfssjf rr" on a 1280x720 screen).
void CompareChart::fitPolicyNames() {
    layoutNow();
    for (QCPAxisRect* rect : {m_times, m_utilization, m_switches}) {
        QCPAxis* axis = rect->axis(QCPAxis::atBottom);
        QFont font = chartFont(kTickPointSize, true);
        const double base = font.pointSizeF();
        const double column = pixelsPerPolicy(rect);
        double widest = 0;
        for (const QString& name : m_names) {
            widest = std::max(widest, QFontMetricsF(font).horizontalAdvance(name));
        }
        double points = widest + kLabelGap > column ? base * (column - kLabelGap) / widest : base;
        const bool upright = points < kMinLabelPoints;
        if (upright) {  // upright, each as wide as a line: no wider than its column
            points = base * std::min(1.0, (column - kLabelGap) / QFontMetricsF(font).height());
        }
        font.setPointSizeF(std::max(6.0, points));
        axis->setTickLabelFont(font);
        axis->setTickLabelRotation(upright ? -90 : 0);
    }
}

// Each value label no wider than its bar's column: smaller, else upright above the bar (#12:
// "94%100%100%"); and room above the highest bar for the tallest label (#12: "39.0" cut off).
void CompareChart::fitValueLabels() {
    layoutNow();
    QMap<QCPAxisRect*, double> need;  // pixels above the highest bar
    for (int i = 0; i < m_plot->itemCount(); ++i) {
        auto* label = qobject_cast<QCPItemText*>(m_plot->item(i));
        if (!label || !label->clipAxisRect() || label->clipAxisRect()->width() <= 0) {
            continue;
        }
        QCPAxisRect* rect = label->clipAxisRect();
        // Neighbouring bars: a policy apart, or a group's bar width apart on the times panel.
        const double column = pixelsPerPolicy(rect) * (rect == m_times ? kGroupBarWidth : 1.0);
        QFont font = chartFont(kValuePointSize, label->font().bold());
        const double wide = QFontMetricsF(font).horizontalAdvance(label->text()) + kLabelGap;
        const bool upright = wide * kMinLabelPoints / font.pointSizeF() > column;
        if (!upright && wide > column) {
            font.setPointSizeF(std::max(kMinLabelPoints, font.pointSizeF() * column / wide));
        }
        if (upright) {  // as tall as its column is wide, and as long as the panel has room
            const double high = QFontMetricsF(font).height();
            const double longest = maxLabelRoom(rect) - 6;
            const double length = QFontMetricsF(font).horizontalAdvance(label->text());
            const double scale = std::min({1.0, column / high, longest / length});
            font.setPointSizeF(std::max(kMinUprightPoints, scale * font.pointSizeF()));
        }
        label->setFont(font);
        label->setRotation(upright ? -90 : 0);
        label->setPositionAlignment(upright ? Qt::AlignLeft | Qt::AlignVCenter
                                            : Qt::AlignHCenter | Qt::AlignBottom);
        const QFontMetricsF metrics(font);
        const double extent = upright ? metrics.horizontalAdvance(label->text()) : metrics.height();
        need[rect] = std::max(need.value(rect), extent + 6);
    }
    for (QCPAxisRect* rect : {m_times, m_utilization, m_switches}) {
        QCPAxis* axis = rect->axis(QCPAxis::atLeft);
        const double highest = axis->property("highest").toDouble();
        const double height = rect->height();
        if (highest > 0 && height > 0) {
            const double room = std::min(need.value(rect), maxLabelRoom(rect));
            axis->setRange(0, highest * height / (height - room));
        }
    }
}

// At most this much of a panel's height goes above its highest bar, for the labels.
double CompareChart::maxLabelRoom(QCPAxisRect* rect) { return rect->height() * 0.7; }

QList<QRectF> CompareChart::valueLabelRects(QCPAxisRect* rect) const {
    QList<QRectF> out;
    for (int i = 0; i < m_plot->itemCount(); ++i) {
        auto* label = qobject_cast<QCPItemText*>(m_plot->item(i));
        if (label && label->clipAxisRect() == rect) {
            QPolygonF corners{label->topLeft->pixelPosition(), label->topRight->pixelPosition(),
                              label->bottomRight->pixelPosition(),
                              label->bottomLeft->pixelPosition()};
            out.append(corners.boundingRect());
        }
    }
    return out;
}

QList<QRectF> CompareChart::policyLabelRects(QCPAxisRect* rect) const {
    QList<QRectF> out;
    QCPAxis* axis = rect->axis(QCPAxis::atBottom);
    const QFontMetricsF metrics(axis->tickLabelFont());
    const bool upright = axis->tickLabelRotation() != 0;
    const double top = rect->bottom() + axis->tickLabelPadding();
    for (qsizetype i = 0; i < m_names.size(); ++i) {
        const double x = axis->coordToPixel(static_cast<double>(i + 1));
        const double wide = metrics.horizontalAdvance(m_names[i]);
        const QSizeF size =
            upright ? QSizeF(metrics.height(), wide) : QSizeF(wide, metrics.height());
        out.append(QRectF(x - size.width() / 2, top, size.width(), size.height()));
    }
    return out;
}

void CompareChart::setEntries(const std::vector<models::CompareEntry>& entries,
                              const QString& title) {
    m_entries = entries;
    m_scores->setEntries(entries);
    applyPalette();  // first: the value labels below take their colours from it
    m_titleText = title;
    m_title->setText(title);
    m_plot->clearItems();
    QMap<double, QString> names;
    m_names.clear();
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        m_names.append(policyName(m_entries[i].policy));
        names.insert(static_cast<double>(i + 1), m_names.back());
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
    applyPalette();  // again: styles the axes and legend just filled
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
    valueAxis->setProperty("highest", highest);  // see fitTitles: room above for the labels
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
        label->setFont(chartFont(kValuePointSize, best));
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
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        setEntries(m_entries, m_titleText);
    }
}

}  // namespace schedlab::ui
