#include "charts/chart_registry.hpp"

#include <QCoreApplication>

#include "charts/plot_chart.hpp"
#include "charts/states_chart.hpp"
#include "engine/policy_registry.hpp"

namespace schedlab::ui {
namespace {

class ChartRegistry {
    Q_DECLARE_TR_FUNCTIONS(schedlab::ui::ChartRegistry)

public:
    static QString needsRun(const ChartData& data) {
        return data.run ? QString() : tr("There is no run to draw.");
    }

    static QString needsComparison(const ChartData& data) {
        return data.comparison.empty() ? tr("There is no comparison to draw.") : QString();
    }

    static QString needsMlfq(const ChartData& data) {
        if (!data.run) {
            return needsRun(data);
        }
        return engine::findPolicy(data.run->workload.policy.name)->can.levels
                   ? QString()
                   : tr("The levels chart needs an mlfq run; this one is %1.")
                         .arg(QString::fromStdString(data.run->result.policy));
    }
};

}  // namespace

const std::vector<ChartKind>& chartKinds() {
    static const std::vector<ChartKind> kinds = {
        {"gantt", QT_TRANSLATE_NOOP("schedlab::ui::ChartRegistry", "Gantt chart"),
         &ChartRegistry::needsRun, &makeGanttChart},
        {"utilization", QT_TRANSLATE_NOOP("schedlab::ui::ChartRegistry", "CPU utilization"),
         &ChartRegistry::needsRun, &makeUtilizationChart},
        {"compare", QT_TRANSLATE_NOOP("schedlab::ui::ChartRegistry", "Policy comparison"),
         &ChartRegistry::needsComparison, &makeCompareChart},
        {"states", QT_TRANSLATE_NOOP("schedlab::ui::ChartRegistry", "Queues and process states"),
         &ChartRegistry::needsRun, &makeStatesChart},
        {"levels", QT_TRANSLATE_NOOP("schedlab::ui::ChartRegistry", "MLFQ levels over time"),
         &ChartRegistry::needsMlfq, &makeLevelsChart},
    };
    return kinds;
}

const ChartKind* findChartKind(const QString& name) {
    for (const ChartKind& kind : chartKinds()) {
        if (name == QLatin1String(kind.name)) {
            return &kind;
        }
    }
    return nullptr;
}

QString chartKindLabel(const ChartKind& kind) {
    return QCoreApplication::translate("schedlab::ui::ChartRegistry", kind.label);
}

std::unique_ptr<Chart> makeChart(const QString& name, const ChartData& data, QString* error) {
    const ChartKind* kind = findChartKind(name);
    QString problem = kind ? kind->problem(data)
                           : ChartRegistry::tr("Unknown chart kind '%1'.").arg(name);
    if (!problem.isEmpty()) {
        if (error) {
            *error = problem;
        }
        return nullptr;
    }
    return kind->make(data);
}

}  // namespace schedlab::ui
