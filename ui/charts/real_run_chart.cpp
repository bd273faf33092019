#include "charts/real_run_chart.hpp"

#include <qcustomplot.h>

#include <QCoreApplication>

#include "charts/gantt_chart.hpp"
#include "models/engine_text.hpp"
#include "real/runner.hpp"

namespace schedlab::ui {
namespace {

constexpr std::int64_t kUnitUs = 1000;  // the charts count in milliseconds
const char* const kHighlight = "real-difference";

class RealRunChartText {
    Q_DECLARE_TR_FUNCTIONS(schedlab::ui::RealRunChartText)
};

QString modeText(real::RealMode mode) {
    switch (mode) {
        case real::RealMode::Kernel:
            return RealRunChartText::tr("kernel");
        case real::RealMode::Dispatch:
            return RealRunChartText::tr("dispatch");
        case real::RealMode::Lockstep:
            break;
    }
    return RealRunChartText::tr("lockstep");
}

// The charts' names, under the context spelled out: lupdate files tr() in this file under a
// context without the namespace, where the app would not find them.
constexpr const char* kRunNames[] = {
    QT_TRANSLATE_NOOP("schedlab::ui::RealRunChartText", "Simulated"),
    QT_TRANSLATE_NOOP("schedlab::ui::RealRunChartText", "Real (measured)"),
};

std::string runName(const char* english) {
    return QCoreApplication::translate("schedlab::ui::RealRunChartText", english).toStdString();
}

models::RunPtr simulatedRun(const models::RealResult& r) {
    auto run = std::make_shared<models::Run>();
    run->workload = r.run.workload;
    run->result = real::simulatedIn(r.run, kUnitUs);
    run->workload.name = runName(kRunNames[0]);
    return run;
}

models::RunPtr realRun(const models::RealResult& r) {
    auto run = std::make_shared<models::Run>();
    run->workload = r.run.workload;
    run->result = real::realAsResult(r.run, kUnitUs);
    run->workload.name = runName(kRunNames[1]);
    run->result.policy = (modeText(r.run.mode) + QStringLiteral(", ") +
                          QString::fromLatin1(real::linuxPolicyName(r.run.linuxPolicy).data()))
                             .toStdString();
    return run;
}

void clearHighlights(QCustomPlot* plot) {
    for (int i = plot->itemCount() - 1; i >= 0; --i) {
        if (plot->item(i)->property(kHighlight).toBool()) {
            plot->removeItem(i);
        }
    }
}

/// A translucent band over the whole height for each stretch that differs.
void highlight(QCustomPlot* plot, const models::RealResult& r) {
    for (const auto& span : real::differingSpans(r.run)) {
        auto* rect = new QCPItemRect(plot);
        rect->setProperty(kHighlight, true);
        rect->setLayer(plot->layer("background") ? "background" : plot->currentLayer()->name());
        for (auto* position : {rect->topLeft, rect->bottomRight}) {
            position->setTypeX(QCPItemPosition::ptPlotCoords);
            position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        }
        rect->topLeft->setCoords(double(span.startUs) / kUnitUs, 0.0);
        rect->bottomRight->setCoords(double(span.endUs) / kUnitUs, 1.0);
        rect->setPen(Qt::NoPen);
        rect->setBrush(QColor(230, 60, 60, 55));
    }
}

// One time span for both, so that neither fits itself back to its own run on a resize.
void fitBoth(GanttChart& a, GanttChart& b) {
    const engine::Tick start = std::min(a.layout().start, b.layout().start);
    const engine::Tick end = std::max(a.layout().end, b.layout().end);
    for (GanttChart* chart : {&a, &b}) {
        chart->setTimeSpan(start, end);
        chart->setTimeAxisTitle(RealRunChartText::tr("Time (ms)"));
        chart->plot()->replot();
    }
}

}  // namespace

void linkTimeAxes(GanttChart& a, GanttChart& b) {
    // Each chart clamps its range to its own run: without the flag they would answer each
    // other's change forever.
    auto syncing = std::make_shared<bool>(false);
    auto follow = [syncing](GanttChart* from, GanttChart* to) {
        QObject::connect(from->plot()->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged),
                         to, [to, syncing](const QCPRange& range) {
                             if (*syncing || to->plot()->xAxis->range() == range) {
                                 return;
                             }
                             *syncing = true;
                             to->plot()->xAxis->setRange(range);
                             to->plot()->replot(QCustomPlot::rpQueuedReplot);
                             *syncing = false;
                         });
    };
    follow(&a, &b);
    follow(&b, &a);
}

void showRealRun(GanttChart& simulated, GanttChart& real, const models::RealResultPtr& result) {
    clearHighlights(real.plot());
    if (!result) {
        simulated.setRun(nullptr);
        real.setRun(nullptr);
        return;
    }
    simulated.setRun(simulatedRun(*result));
    real.setRun(realRun(*result));
    highlight(real.plot(), *result);
    fitBoth(simulated, real);
}

QString realRunSentence(const engine::Phrase& phrase) {
    return QString::fromStdString(
        engine::fill(models::engineText(phrase.text).toStdString(), phrase.args));
}

QStringList realRunFindings(const models::RealResult& result) {
    QStringList lines;
    for (const auto& list : {&result.comparison.differences, &result.run.notes}) {
        for (const engine::Phrase& phrase : *list) {
            lines << realRunSentence(phrase);
        }
    }
    return lines;
}

RealRunChart::RealRunChart(models::RealResultPtr result)
    : m_result(std::move(result)),
      m_simulated(std::make_unique<GanttChart>()),
      m_real(std::make_unique<GanttChart>()) {
    showRealRun(*m_simulated, *m_real, m_result);
}

RealRunChart::~RealRunChart() = default;

QString RealRunChart::title() const {
    return RealRunChartText::tr("Real run beside the simulation");
}

void RealRunChart::render(QCPPainter& painter, const QRect& target, const ChartStyle& style) {
    QPalette palette = themePalette(style.dark);
    painter.fillRect(target, palette.color(QPalette::Window));
    int half = target.height() / 2;
    QRect top(target.topLeft(), QSize(target.width(), half));
    QRect bottom(QPoint(target.left(), target.top() + half),
                 QSize(target.width(), target.height() - half));
    for (auto [chart, rect] :
         {std::pair{m_simulated.get(), top}, std::pair{m_real.get(), bottom}}) {
        chart->setPalette(palette);
        chart->resize(rect.size());
        chart->plot()->resize(rect.size());
        chart->plot()->setViewport(QRect(QPoint(0, 0), rect.size()));
        chart->fit();
    }
    fitBoth(*m_simulated, *m_real);
    for (auto [chart, rect] :
         {std::pair{m_simulated.get(), top}, std::pair{m_real.get(), bottom}}) {
        painter.save();
        painter.translate(rect.topLeft());
        chart->plot()->toPainter(&painter, rect.width(), rect.height());
        painter.restore();
    }
}

}  // namespace schedlab::ui
