#include "ui/export/export_job.hpp"

#include <QApplication>
#include <memory>

#include "charts/chart_export.hpp"
#include "charts/chart_registry.hpp"
#include "console/common.hpp"
#include "engine/simulation.hpp"
#include "ui/app_options.hpp"

namespace schedlab::ui {
namespace {

std::vector<models::CompareEntry> compare(engine::Workload workload,
                                          const std::vector<engine::PolicyConfig>& policies) {
    engine::SimulationOptions options;  // summaries are all the comparison shows
    options.recordSlices = false;
    options.recordEvents = false;
    options.recordDecisions = false;
    std::vector<models::CompareEntry> entries;
    for (const auto& policy : policies) {
        workload.policy = policy;
        auto result = engine::simulate(workload, options);
        entries.push_back({result.policy, std::move(result.summary)});
    }
    return entries;
}

ChartData chartData(const console::ExportOptions& options, const console::ExportInput& input) {
    ChartData data;
    auto result = engine::simulate(input.workload);
    data.run = std::make_shared<const models::Run>(models::Run{input.workload, std::move(result)});
    data.time = options.at;
    if (options.chart == "compare") {
        data.comparison = compare(input.workload, input.policies);
    }
    return data;
}

ExportSettings settingsFor(const console::ExportOptions& options) {
    ExportSettings settings = *exportPreset(QString::fromStdString(options.preset));
    if (options.dpi > 0) {
        settings = settings.withDpi(options.dpi);
    }
    if (!options.size.empty()) {
        settings = settings.withSize(*parseExportSize(QString::fromStdString(options.size)));
    }
    return settings;
}

int fail(const QString& message) {
    console::printError(message.toStdString());
    return console::kExitFailure;
}

}  // namespace

int runExportJob(const console::ExportOptions& options, const console::ExportInput& input) {
    installTranslation(*QCoreApplication::instance(),
                       QString::fromStdString(options.lang.empty() ? "en" : options.lang));
    QString error;
    auto chart = makeChart(QString::fromStdString(options.chart), chartData(options, input), &error);
    if (!chart) {
        return fail(error);
    }
    ChartStyle style;
    style.dark = options.theme == "dark";
    style.title = QString::fromStdString(options.title);
    const QString path = QString::fromStdString(options.output);
    if (!exportChart(*chart, path, settingsFor(options), style, &error)) {
        return fail(error);
    }
    return console::kExitOk;
}

}  // namespace schedlab::ui
