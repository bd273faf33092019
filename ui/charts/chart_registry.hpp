#pragma once
// Every kind of chart SchedLab can export, by name: the export dialog lists them and
// schedlab-export's --chart picks one. Adding a kind: a class implementing Chart and one entry
// in chart_registry.cpp.

#include <QString>
#include <memory>
#include <vector>

#include "charts/chart.hpp"

namespace schedlab::ui {

struct ChartKind {
    const char* name;   ///< as on the command line: gantt, utilization, ...
    const char* label;  ///< untranslated, for menus; see chartKindLabel()
    /// Why `data` cannot make this chart, translated; empty when it can.
    QString (*problem)(const ChartData& data);
    std::unique_ptr<Chart> (*make)(const ChartData& data);
};

/// Every chart kind, in menu order.
const std::vector<ChartKind>& chartKinds();

/// The kind called `name`, or nullptr.
const ChartKind* findChartKind(const QString& name);

/// The translated label of a kind ("Gantt chart").
QString chartKindLabel(const ChartKind& kind);

/// The chart of kind `name` for `data`; nullptr with `error` set when the kind is unknown or
/// the data cannot make it.
std::unique_ptr<Chart> makeChart(const QString& name, const ChartData& data,
                                 QString* error = nullptr);

}  // namespace schedlab::ui
