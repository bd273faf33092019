#include "charts/row_ticker.hpp"

#include <cmath>

namespace schedlab::ui {

void RowTicker::setRows(int rows, std::function<QString(int)> label) {
    m_rows = rows;
    m_label = std::move(label);
}

double RowTicker::getTickStep(const QCPRange&) { return m_stride; }

int RowTicker::getSubTickCount(double) { return 0; }

QString RowTicker::getTickLabel(double tick, const QLocale&, QChar, int) {
    const int row = static_cast<int>(std::lround(tick));
    return m_label && row >= 0 && row < m_rows ? m_label(row) : QString();
}

// Rows in view, on multiples of the stride so that labels stay put while scrolling.
QVector<double> RowTicker::createTickVector(double tickStep, const QCPRange& range) {
    QVector<double> ticks;
    const int step = std::max(1, static_cast<int>(tickStep));
    const int first = std::max(0, static_cast<int>(std::ceil(range.lower / step)) * step);
    const int last = std::min(m_rows - 1, static_cast<int>(std::floor(range.upper)));
    for (int row = first; row <= last; row += step) {
        ticks.append(row);
    }
    return ticks;
}

}  // namespace schedlab::ui
