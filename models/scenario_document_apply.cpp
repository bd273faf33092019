// ScenarioDocument: the settings setters and the apply functions the undo commands call.

#include <QUndoStack>
#include <algorithm>

#include "engine/policy_registry.hpp"
#include "models/engine_text.hpp"
#include "models/scenario_commands.hpp"
#include "models/scenario_document.hpp"

namespace schedlab::models {
namespace {

// Merge ids: the steps of one widget make one undo step. A policy parameter's id is
// kFirstParameterId plus its index in engine::allParamNames().
enum SettingId { kNameId = 1, kCpusId, kContextSwitchId, kFirstParameterId };

int parameterId(std::string_view key) {
    auto keys = engine::allParamNames();
    auto index = std::find(keys.begin(), keys.end(), key) - keys.begin();
    return kFirstParameterId + static_cast<int>(index);
}

QString policyTitle(const std::string& name) {
    const auto* entry = engine::findPolicy(name);
    return entry ? engineText(entry->title) : QString::fromStdString(name);
}

// The undo text for a new value of one parameter.
QString describeParameter(const engine::ParamSpec& spec, const engine::PolicyConfig& after) {
    QString label = engineText(spec.label);
    switch (spec.type) {
        case engine::ParamType::Ticks:
            return ScenarioDocument::tr("Change %1 to %2").arg(label).arg(after.ticks(spec.name));
        case engine::ParamType::Flag:
            return after.flag(spec.name) ? ScenarioDocument::tr("Turn on %1").arg(label)
                                        : ScenarioDocument::tr("Turn off %1").arg(label);
        case engine::ParamType::Levels:
            break;
    }
    return ScenarioDocument::tr("Change %1").arg(label);
}

// What changed between two policies, for the undo text, and whether steps of it merge.
std::pair<QString, int> describePolicyChange(const engine::PolicyConfig& before,
                                             const engine::PolicyConfig& after) {
    if (before.name != after.name) {
        return {ScenarioDocument::tr("Use policy %1").arg(policyTitle(after.name)), -1};
    }
    for (auto key : engine::allParamNames()) {
        if (before.value(key) != after.value(key)) {
            const auto& spec = *engine::findParam(after.name, key);
            bool merges = spec.type == engine::ParamType::Ticks;
            return {describeParameter(spec, after), merges ? parameterId(key) : -1};
        }
    }
    return {ScenarioDocument::tr("Change the policy"), -1};
}

}  // namespace

void ScenarioDocument::setSettings(const ScenarioSettings& settings, const QString& text,
                                   int mergeId) {
    if (settings == m_settings) {
        return;
    }
    m_undo->push(new SettingsCommand(this, m_settings, settings, text, mergeId));
}

void ScenarioDocument::setName(const QString& name) {
    auto next = m_settings;
    next.name = name;
    setSettings(next, tr("Rename the scenario to %1").arg(name), kNameId);
}

void ScenarioDocument::setCpus(int cpus) {
    auto next = m_settings;
    next.cpus = cpus;
    setSettings(next, tr("Change CPUs to %1").arg(cpus), kCpusId);
}

void ScenarioDocument::setContextSwitch(engine::Tick ticks) {
    auto next = m_settings;
    next.contextSwitch = ticks;
    setSettings(next, tr("Change context switch to %1").arg(ticks), kContextSwitchId);
}

void ScenarioDocument::setMultiprogramming(bool on) {
    auto next = m_settings;
    next.multiprogramming = on;
    setSettings(next, on ? tr("Turn on multiprogramming") : tr("Turn off multiprogramming"));
}

void ScenarioDocument::setRules(engine::Rules rules) {
    auto next = m_settings;
    next.rules = rules;
    bool ostep = rules == engine::Rules::Ostep;
    setSettings(next, ostep ? tr("Use the OSTEP rules") : tr("Use the textbook rules"));
}

void ScenarioDocument::setPriorityOrder(engine::PriorityOrder order) {
    auto next = m_settings;
    next.priorityOrder = order;
    bool larger = order == engine::PriorityOrder::LargerFirst;
    setSettings(next, larger ? tr("Larger priority first") : tr("Smaller priority first"));
}

void ScenarioDocument::setPolicy(const engine::PolicyConfig& policy) {
    if (policy == m_settings.policy) {
        return;
    }
    auto [text, mergeId] = describePolicyChange(m_settings.policy, policy);
    auto next = m_settings;
    next.policy = policy;
    setSettings(next, text, mergeId);
}

void ScenarioDocument::applyCell(int row, int column, const QString& text) {
    m_rows[row][column] = text;
    emit cellChanged(row, column);
    recheck();
}

void ScenarioDocument::applyInsert(int at, const QList<ProcessRow>& rows) {
    const int last = at + static_cast<int>(rows.size()) - 1;
    emit rowsAboutToBeInserted(at, last);
    for (int i = 0; i < rows.size(); ++i) {
        m_rows.insert(at + i, rows[i]);
    }
    emit rowsInserted(at, last);
    recheck();
}

void ScenarioDocument::applyRemove(int at, int count) {
    emit rowsAboutToBeRemoved(at, at + count - 1);
    m_rows.remove(at, count);
    emit rowsRemoved(at, at + count - 1);
    recheck();
}

void ScenarioDocument::applyMove(int from, int to) {
    emit rowAboutToBeMoved(from, to);
    m_rows.move(from, to);
    emit rowMoved(from, to);
    recheck();
}

void ScenarioDocument::applySettings(const ScenarioSettings& settings) {
    m_settings = settings;
    emit settingsChanged();
    recheck();
}

void ScenarioDocument::replaceAll(const ScenarioSettings& settings, const QList<ProcessRow>& rows,
                                  std::optional<scenario::Scenario> checked) {
    emit aboutToReset();
    m_settings = settings;
    m_rows = rows;
    m_undo->clear();
    emit resetDone();
    emit settingsChanged();
    recheck(std::move(checked));
}

void ScenarioDocument::recheck(std::optional<scenario::Scenario> checked) {
    bool wasValid = isValid();
    auto before = m_check.problems;
    m_check = checked ? CheckResult{std::move(checked), {}} : checkScenario(m_settings, m_rows);
    m_cellProblems.clear();
    for (const auto& problem : m_check.problems) {
        if (problem.row >= 0) {
            QString& text =
                m_cellProblems[qint64(problem.row) * kProcessColumnCount + problem.column];
            text += (text.isEmpty() ? "" : "\n") + problem.message;
        }
    }
    if (m_check.problems != before) {
        emit problemsChanged();
    }
    if (isValid() != wasValid) {
        emit validityChanged(isValid());
    }
    emit changed();
}

void ScenarioDocument::setFilePath(const QString& path) {
    if (path != m_filePath) {
        m_filePath = path;
        emit filePathChanged(path);
    }
}

}  // namespace schedlab::models
