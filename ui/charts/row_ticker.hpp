#pragma once
// The Gantt chart's row axis: one label per row, made only for the rows in view (a million
// processes cost nothing until they are shown), and never closer than a label's height: when
// rows are thinner than the text, every n-th row is labelled.

#include <functional>
#include <qcustomplot.h>

namespace schedlab::ui {

class RowTicker : public QCPAxisTicker {
public:
    /// `label(row)` names a row; `rows` is how many there are.
    void setRows(int rows, std::function<QString(int)> label);
    /// The smallest distance between two labels, in rows (at least 1).
    void setStride(int rows) { m_stride = std::max(1, rows); }
    int stride() const { return m_stride; }

protected:
    double getTickStep(const QCPRange& range) override;
    int getSubTickCount(double tickStep) override;
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar,
                         int precision) override;
    QVector<double> createTickVector(double tickStep, const QCPRange& range) override;

private:
    int m_rows = 0;
    int m_stride = 1;
    std::function<QString(int)> m_label;
};

}  // namespace schedlab::ui
