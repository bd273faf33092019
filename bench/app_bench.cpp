// The app on a large workload (issue #9): opening and simulating a generated scenario of N
// processes (default 1,000,000) as the main window does, then one redraw of the Gantt chart at
// several zooms. A plain program that prints its figures, like rr_floor: the phases happen once.
//
//   build/release/bench/app_bench [PROCESSES]      (peak memory: /usr/bin/time -v ...)
//
// Figures and the command that made them: docs/PERFORMANCE.md.
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <cstdio>
#include <cstdlib>

#include "authoring/generator.hpp"
#include "charts/gantt_chart.hpp"
#include "charts/utilization_chart.hpp"
#include "engine/simulation.hpp"
#include "models/playback_controller.hpp"
#include "models/scenario_document.hpp"
#include "scenario/scenario_io.hpp"

using namespace schedlab;

namespace {

class Laps {
public:
    Laps() { m_timer.start(); }
    void lap(const char* what) {
        auto ms = m_timer.restart();
        m_total += ms;
        std::printf("%-40s %8lld ms\n", what, static_cast<long long>(ms));
    }
    qint64 total() const { return m_total; }

private:
    QElapsedTimer m_timer;
    qint64 m_total = 0;
};

QString writeScenario(const QTemporaryDir& dir, std::int64_t processes) {
    authoring::GenerateOptions options;
    options.processes = processes;
    options.seed = 7;
    const QString path = dir.filePath(QStringLiteral("large.json"));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    const std::string text = scenario::toJson(authoring::generateWorkload(options));
    file.write(text.data(), static_cast<qint64>(text.size()));
    return path;
}

models::RunPtr openAndSimulate(const QString& path, Laps& laps) {
    models::ScenarioDocument document;
    document.load(path);
    laps.lap("open: read and check the file");
    auto workload = document.workload();
    auto result = engine::simulate(*workload);
    laps.lap("simulate, recording everything");
    return std::make_shared<const models::Run>(models::Run{std::move(*workload), std::move(result)});
}

void redraw(ui::GanttChart& gantt, double from, double to, const char* what) {
    gantt.plot()->xAxis->setRange(from, to);
    QImage image(gantt.size(), QImage::Format_ARGB32_Premultiplied);
    gantt.render(&image);   // the first render lays out; time the second
    QElapsedTimer timer;
    timer.start();
    gantt.plot()->replot(QCustomPlot::rpImmediateRefresh);
    gantt.render(&image);
    std::printf("%-40s %8.1f ms\n", what, static_cast<double>(timer.nsecsElapsed()) / 1e6);
}

}  // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const std::int64_t processes = argc > 1 ? std::atoll(argv[1]) : 1'000'000;
    QTemporaryDir dir;
    const QString path = writeScenario(dir, processes);
    std::printf("%lld processes\n", static_cast<long long>(processes));
    Laps laps;
    auto run = openAndSimulate(path, laps);
    ui::GanttChart gantt;
    gantt.resize(1200, 500);
    gantt.setRun(run);
    laps.lap("Gantt chart: layout");
    ui::UtilizationChart utilization;
    utilization.resize(1200, 300);
    utilization.setRun(run);
    laps.lap("utilization chart");
    models::PlaybackController playback;
    playback.setRun(run);
    laps.lap("playback");
    std::printf("%-40s %8lld ms\n", "open and simulate, in all", static_cast<long long>(laps.total()));
    const auto end = static_cast<double>(run->result.summary.end);
    redraw(gantt, 0, end, "redraw: the whole run");
    redraw(gantt, end * 0.4, end * 0.41, "redraw: 1% of the run");
    redraw(gantt, end / 2, end / 2 + 200, "redraw: 200 ticks");
    return 0;
}
