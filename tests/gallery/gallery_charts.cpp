// The exported charts: the example scenarios, a dark theme, a moving window and a big run.
#include <QPalette>

#include "chart_test_runs.hpp"
#include "charts/chart_export.hpp"
#include "charts/gantt_chart.hpp"
#include "engine/policy_spec.hpp"
#include "engine/simulation.hpp"
#include "gallery.hpp"

namespace schedlab::gallery {
namespace {

constexpr QSize kSize(1280, 720);

std::vector<models::CompareEntry> comparison(const engine::Workload& base) {
    std::vector<models::CompareEntry> entries;
    for (const char* spec : {"fcfs", "sjf", "srtf", "rr", "mlfq"}) {
        auto workload = base;
        workload.policy = *engine::parsePolicySpec(spec).policy;
        entries.push_back({spec, engine::simulate(workload).summary});
    }
    return entries;
}

void writeScenario(Output& out, const QString& name) {
    auto run = ui::testing::scenarioRun(name.toStdString() + ".yaml");
    if (!run) {
        out.record(name + ".yaml", false);
        return;
    }
    ui::RunChartOptions options;
    options.time = run->result.summary.makespan / 3;
    for (auto [kind, suffix] : {std::pair{ui::RunChartKind::Gantt, "-gantt.png"},
                                std::pair{ui::RunChartKind::Utilization, "-utilization.png"}}) {
        const QString file = name + suffix;
        out.record(file, ui::exportRunChart(run, kind, out.path(file), kSize, nullptr, options));
    }
    const QString file = name + "-compare.png";
    out.record(file, ui::exportCompareChart(comparison(run->workload),
                                            QString::fromStdString(run->workload.name),
                                            out.path(file), kSize));
}

void writeDarkGantt(Output& out) {
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x202124));
    dark.setColor(QPalette::WindowText, Qt::white);
    ui::GanttChart gantt;
    gantt.setPalette(dark);
    gantt.plot()->resize(kSize);
    gantt.setRun(ui::testing::scenarioRun("two-cpus.yaml"));
    gantt.setColorMode(ui::GanttChart::ColorMode::ByCpu);
    gantt.setTime(10);
    const QString file = "two-cpus-gantt-dark-bycpu.png";
    out.record(file, ui::exportChart(&gantt, out.path(file), kSize));
}

void writeMovingWindow(Output& out) {
    ui::RunChartOptions moving;
    moving.utilizationMode = ui::UtilizationMode::MovingWindow;
    moving.window = 4;
    const QString file = "classroom-io-utilization-window.png";
    out.record(file, ui::exportRunChart(ui::testing::scenarioRun("classroom-io.yaml"),
                                        ui::RunChartKind::Utilization, out.path(file), kSize,
                                        nullptr, moving));
}

void writeHugeRun(Output& out) {
    auto huge = ui::testing::makeRun(ui::testing::hugeWorkload(100'000));
    out.record("huge-gantt.png", ui::exportRunChart(huge, ui::RunChartKind::Gantt,
                                                    out.path("huge-gantt.png"), kSize));
    out.record("huge-utilization.png", ui::exportRunChart(huge, ui::RunChartKind::Utilization,
                                                          out.path("huge-utilization.png"), kSize));
}

}  // namespace

void writeExportedCharts(Output& out) {
    for (const char* name : {"classroom-io", "two-cpus", "mlfq-boost", "textbook-rr"}) {
        writeScenario(out, name);
    }
    writeDarkGantt(out);
    writeMovingWindow(out);
    writeHugeRun(out);
}

}  // namespace schedlab::gallery
