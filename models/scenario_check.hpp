#pragma once
// The data of the scenario editor and its check. The check writes the rows and settings as a
// scenario text (JSON, one process per line), runs the scenario reader on it and maps
// each diagnostic back to a table cell or a setting, so that the app shows exactly the
// messages `schedlab-cli validate` prints.

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

#include "engine/workload.hpp"
#include "scenario/scenario.hpp"

namespace schedlab::models {

/// Columns of the process table.
enum ProcessColumn : int { NameColumn, ArrivalColumn, PriorityColumn, BurstsColumn };
inline constexpr int kProcessColumnCount = 4;

/// One process as the user typed it. A blank arrival or priority means the default, 0.
struct ProcessRow {
    QString name;
    QString arrival;
    QString priority;
    QString bursts;  ///< as accepted by parseBursts: "5 3 2", "CPU 5, IO 3, CPU 2", ...
    QString& operator[](int column);
    const QString& operator[](int column) const;
    bool operator==(const ProcessRow&) const = default;
};

/// Everything but the processes, typed: the settings panel's widgets hold no free text.
struct ScenarioSettings {
    QString name;
    int cpus = 1;
    engine::Tick contextSwitch = 0;
    bool multiprogramming = true;
    engine::Rules rules = engine::Rules::Textbook;
    engine::PriorityOrder priorityOrder = engine::PriorityOrder::SmallerFirst;
    engine::PolicyConfig policy;  ///< keeps the parameters of the other policies too
    bool exercise = false;        ///< the file's `exercise` key: kept so that saving keeps it
    bool operator==(const ScenarioSettings&) const = default;
};

/// One problem, located.
struct Problem {
    int row = -1;     ///< process row, or -1 for a setting
    int column = -1;  ///< ProcessColumn of the cell; -1 for a setting
    /// "name", "arrival", "priority", "bursts" for a cell; for a setting its file key:
    /// "name", "cpus", "context_switch", ..., "policy" (the policy's name), "quantum",
    /// "levels", "boost", "aging", "processes".
    QString field;
    QString message;
    bool operator==(const Problem&) const = default;
};

struct CheckResult {
    std::optional<scenario::Scenario> workload;  ///< set only when there are no problems
    QList<Problem> problems;                   ///< settings first, then rows in order
};

/// Checks a scenario. The workload's policy is `settings.policy` itself (all parameters).
CheckResult checkScenario(const ScenarioSettings& settings, const QList<ProcessRow>& rows);

ScenarioSettings settingsOf(const scenario::Scenario& workload);
QList<ProcessRow> rowsOf(const engine::Workload& workload);

/// The file key of a column: "name", "arrival", "priority" or "bursts".
QString columnField(int column);

/// tr() for the model layer's free functions.
class ScenarioText {
    Q_DECLARE_TR_FUNCTIONS(ScenarioText)
};

}  // namespace schedlab::models
