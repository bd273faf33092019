#include "charts/states_chart.hpp"

#include <qcustomplot.h>

#include "charts/chart_style.hpp"
#include "charts/queue_view.hpp"
#include "charts/state_diagram.hpp"
#include "models/playback_controller.hpp"

namespace schedlab::ui {
namespace {

constexpr double kQueueShare = 0.56;  // of the width, for the queue view; the diagram gets the rest

class StatesChart : public Chart {
    Q_DECLARE_TR_FUNCTIONS(schedlab::ui::StatesChart)

public:
    explicit StatesChart(const ChartData& data) {
        m_controller.setRun(data.run);
        const auto& summary = data.run->result.summary;
        m_controller.jumpTo(data.time >= 0 ? data.time : (summary.start + summary.end) / 2);
        m_queues.setController(&m_controller);
        m_diagram.setController(&m_controller);
    }

    QString title() const override {
        const auto& run = *m_controller.run();
        const QString scenario = QString::fromStdString(run.workload.name);
        const QString policy = QString::fromStdString(run.result.policy);
        return scenario.isEmpty() ? tr("%1 at t = %2").arg(policy).arg(m_controller.time())
                                  : tr("%1 — %2 at t = %3")
                                        .arg(scenario, policy)
                                        .arg(m_controller.time());
    }

    void render(QCPPainter& painter, const QRect& target, const ChartStyle& style) override {
        const QPalette palette = themePalette(style.dark);
        painter.save();
        painter.fillRect(target, palette.color(QPalette::Window));
        const QString text = style.title.isEmpty() ? title() : style.title;
        const QFont font = titleFont(text, target.width() - 16);
        const int titleHeight = QFontMetrics(font).height() * 2;
        painter.setFont(font);
        painter.setPen(palette.color(QPalette::WindowText));
        const QRect line(target.x() + 8, target.y(), target.width() - 16, titleHeight);
        painter.drawText(line, Qt::AlignCenter,
                         QFontMetrics(font).elidedText(text, Qt::ElideMiddle, line.width()));
        QRect body = target.adjusted(0, titleHeight, 0, 0);
        const int split = int(body.width() * kQueueShare);
        draw(painter, m_queues, palette, QRect(body.x(), body.y(), split, body.height()));
        draw(painter, m_diagram, palette, body.adjusted(split, 0, 0, 0));
        painter.restore();
    }

private:
    // The title font, smaller (down to 70%) when a long title (an mlfq SPEC) would not fit.
    static QFont titleFont(const QString& text, int width) {
        QFont font = chartFont(kTitlePointSize, true);
        const double wide = QFontMetricsF(font).horizontalAdvance(text);
        if (wide > width) {
            font.setPointSizeF(std::max(kTitlePointSize * 0.7, kTitlePointSize * width / wide));
        }
        return font;
    }

    // QWidget::render paints through the painter's transform, so the widget keeps its logical
    // size and comes out as vectors in SVG and PDF.
    static void draw(QPainter& painter, QWidget& widget, const QPalette& palette, QRect where) {
        widget.setPalette(palette);
        widget.resize(where.size());
        widget.render(&painter, where.topLeft(), QRegion(),
                      QWidget::DrawWindowBackground | QWidget::DrawChildren);
    }

    models::PlaybackController m_controller;
    QueueView m_queues;
    StateDiagram m_diagram;
};

}  // namespace

std::unique_ptr<Chart> makeStatesChart(const ChartData& data) {
    return std::make_unique<StatesChart>(data);
}

}  // namespace schedlab::ui
