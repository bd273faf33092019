#include "charts/chart_style.hpp"

#include <QApplication>
#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <cmath>

namespace schedlab::ui {
namespace {

double g_fontScale = 1.0;  // one setting for the whole app, like QApplication::font()

// Strong hues that stay apart on a washed-out projector (Tableau 10 without its grey, plus a
// dark indigo and a gold). Grey is kept for blocked and idle.
constexpr std::array<QRgb, 12> kSeries = {
    0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd, 0x8c564b,
    0xe377c2, 0x17becf, 0xbcbd22, 0x3b3eac, 0xf2b701, 0x00796b,
};

ChartPalette lightChartPalette() {
    ChartPalette p;
    p.dark = false;
    p.background = QColor(0xffffff);
    p.band = QColor(0xf1f3f6);
    p.text = QColor(0x1a1a1a);
    p.grid = QColor(0xd0d4da);
    p.ready = QColor(0xcfd8e3);
    p.blocked = QColor(0xb8b8b8);
    p.blockedHatch = QColor(0x404040);
    p.idle = QColor(0xe6e6e6);
    p.switching = QColor(0x111111);
    p.cursor = QColor(0xc2185b);
    p.best = QColor(0x2e7d32);
    return p;
}

ChartPalette darkChartPalette() {
    ChartPalette p;
    p.dark = true;
    p.background = QColor(0x1e1f22);
    p.band = QColor(0x2a2c30);
    p.text = QColor(0xeeeeee);
    p.grid = QColor(0x4a4d52);
    p.ready = QColor(0x4b5563);
    p.blocked = QColor(0x6b6b6b);
    p.blockedHatch = QColor(0xdddddd);
    p.idle = QColor(0x3a3a3a);
    p.switching = QColor(0xffffff);
    p.cursor = QColor(0xff4081);
    p.best = QColor(0x66bb6a);
    return p;
}

}  // namespace

bool isDarkPalette(const QPalette& palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

ChartPalette chartPalette(const QPalette& palette) {
    return isDarkPalette(palette) ? darkChartPalette() : lightChartPalette();
}

QPalette exportPalette() {
    QPalette palette;
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::WindowText, Qt::black);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    return palette;
}

QColor seriesColor(int index) {
    const int n = static_cast<int>(kSeries.size());
    const int safe = index < 0 ? 0 : index;
    QColor base(kSeries[static_cast<size_t>(safe % n)]);
    switch ((safe / n) % 3) {
        case 1:
            return base.darker(150);
        case 2:
            return base.lighter(135);
        default:
            return base;
    }
}

QColor mixColors(const QColor& color, const QColor& base, double share) {
    auto mix = [share](double a, double b) { return a * share + b * (1.0 - share); };
    return QColor::fromRgbF(static_cast<float>(mix(color.redF(), base.redF())),
                            static_cast<float>(mix(color.greenF(), base.greenF())),
                            static_cast<float>(mix(color.blueF(), base.blueF())));
}

QColor textColorOn(const QColor& fill) {
    // Relative luminance, roughly: yellow and cyan take black text, blue and red white.
    const double luminance = 0.299 * fill.redF() + 0.587 * fill.greenF() + 0.114 * fill.blueF();
    return luminance > 0.6 ? QColor(Qt::black) : QColor(Qt::white);
}

QString ticksText(engine::Tick ticks) {
    return ticks == 1
               ? QCoreApplication::translate("schedlab::ui::ChartStyle", "1 tick")
               : QCoreApplication::translate("schedlab::ui::ChartStyle", "%1 ticks").arg(ticks);
}

QFont chartFont(int pointSize, bool bold) {
    QFont font = QApplication::font();
    font.setPointSize(std::max(1, static_cast<int>(std::lround(pointSize * g_fontScale))));
    font.setBold(bold);
    return font;
}

void setChartFontScale(double scale) { g_fontScale = std::clamp(scale, 0.5, 4.0); }

double chartFontScale() { return g_fontScale; }

void styleAxis(QCPAxis* axis, const ChartPalette& palette) {
    const QPen pen(palette.text, 1.5);
    axis->setBasePen(pen);
    axis->setTickPen(pen);
    axis->setSubTickPen(QPen(palette.text, 1));
    axis->setTickLabelColor(palette.text);
    axis->setLabelColor(palette.text);
    axis->setTickLabelFont(chartFont(kTickPointSize));
    axis->setLabelFont(chartFont(kLabelPointSize, true));
    axis->grid()->setPen(QPen(palette.grid, 1, Qt::DotLine));
    axis->grid()->setSubGridVisible(false);
    axis->grid()->setZeroLinePen(Qt::NoPen);
}

void fitLegendColumns(QCPLegend* legend, int width) {
    const int count = legend->itemCount();
    for (int columns = std::max(1, count); columns >= 1; --columns) {
        legend->setWrap(columns);
        legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
        if (columns == 1 || legend->minimumOuterSizeHint().width() <= width) {
            return;
        }
    }
}

QCPTextElement* addTitleAndLegendRows(QCustomPlot* plot, int wrap, QSize iconSize) {
    auto* title = new QCPTextElement(plot, QString(), chartFont(kTitlePointSize, true));
    QCPLayoutGrid* grid = plot->plotLayout();
    grid->insertRow(0);
    grid->addElement(0, 0, title);
    grid->insertRow(1);
    grid->addElement(1, 0, plot->legend);
    grid->setRowStretchFactor(0, 0.001);
    grid->setRowStretchFactor(1, 0.001);
    QCPLegend* legend = plot->legend;
    legend->setVisible(true);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setWrap(wrap);
    legend->setIconSize(iconSize);
    legend->setRowSpacing(0);
    return title;
}

void applyChartStyle(QCustomPlot* plot, const ChartPalette& palette) {
    plot->setBackground(palette.background);
    for (QCPAxisRect* rect : plot->axisRects()) {
        rect->setBackground(palette.background);
        for (QCPAxis* axis : rect->axes()) {
            styleAxis(axis, palette);
        }
    }
    plot->legend->setFont(chartFont(kTickPointSize));
    plot->legend->setTextColor(palette.text);
    plot->legend->setBrush(palette.background);
    plot->legend->setBorderPen(Qt::NoPen);
}

double IntegerTicker::getTickStep(const QCPRange& range) {
    return std::max(1.0, std::round(QCPAxisTicker::getTickStep(range)));
}

int IntegerTicker::getSubTickCount(double tickStep) {
    int count = QCPAxisTicker::getSubTickCount(tickStep);
    const double sub = tickStep / (count + 1);
    if (sub >= 1.0 && sub == std::floor(sub)) {
        return count;
    }
    return tickStep <= 10 ? static_cast<int>(tickStep) - 1 : 0;
}

}  // namespace schedlab::ui
