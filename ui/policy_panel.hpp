#pragma once
// Every setting of a scenario: its name, the machine (CPUs, context switch, rules, priority
// order, multiprogramming) and the policy with its parameters. Only the parameters of the chosen
// policy are shown; a value the engine refuses gets its message next to the field. Every change
// goes through the document's undo stack, and the panel follows the document (undo included).
//
// The policy's parameters come from the policy registry: one field per parameter key any policy
// declares (a spin box for ticks, a check box for flags, a table for levels), labelled and
// explained as the policy declares it, shown while the chosen policy takes it.
//
// Widgets carry object names for tests and style sheets: nameEdit, cpusSpin, contextSwitchSpin,
// rulesCombo, priorityOrderCombo, multiprogrammingCheck, policyCombo, <key>Spin for ticks
// (quantumSpin, agingSpin, boostSpin), <key>Check for flags (resetOnIoCheck, ioToFrontCheck),
// levelsTable, addLevelButton, removeLevelButton, and the message labels <field>Problem
// (quantumProblem, levelsProblem, ...), with keys in camel case.

#include <QHash>
#include <QWidget>
#include <functional>

#include "engine/policy_params.hpp"
#include "engine/workload.hpp"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTableWidgetItem;

namespace schedlab::models {
class ScenarioDocument;
}

namespace schedlab::ui {

class PolicyPanel : public QWidget {
    Q_OBJECT

public:
    explicit PolicyPanel(models::ScenarioDocument* document, QWidget* parent = nullptr);

    models::ScenarioDocument* document() const { return m_document; }

public slots:
    /// Shows the document's settings (called on every settings change, undo and redo too).
    void refresh();

private:
    QGroupBox* createScenarioGroup();
    QGroupBox* createMachineGroup();
    QGroupBox* createPolicyGroup();
    QWidget* createParameter(const engine::ParamSpec& spec);
    QSpinBox* createTicksField(const engine::ParamSpec& spec);
    QCheckBox* createFlagField(const engine::ParamSpec& spec);
    QWidget* createLevelsEditor(const engine::ParamSpec& spec);
    QWidget* withProblem(QWidget* field, const QString& key);
    QSpinBox* createSpin(const QString& name, int minimum, int maximum);
    void connectMachine();
    void editPolicy(const std::function<void(engine::PolicyConfig&)>& change);
    void refreshMachine();
    void refreshPolicy();
    void refreshParameter(std::string_view key, QWidget* field);
    void refreshLevels();
    void refreshProblems();
    void updateVisibility();
    void onLevelEdited(QTableWidgetItem* item);
    void editLevels(const std::function<void(std::vector<engine::MlfqLevel>&)>& change);
    void addLevel();
    void removeLevel();

    models::ScenarioDocument* m_document;
    QLineEdit* m_name = nullptr;
    QSpinBox* m_cpus = nullptr;
    QSpinBox* m_contextSwitch = nullptr;
    QComboBox* m_rules = nullptr;
    QComboBox* m_priorityOrder = nullptr;
    QCheckBox* m_multiprogramming = nullptr;
    QFormLayout* m_policyForm = nullptr;
    QComboBox* m_policy = nullptr;
    QString m_levelsKey;   ///< the key of the parameter the levels table edits
    QTableWidget* m_levels = nullptr;
    QPushButton* m_addLevel = nullptr;
    QPushButton* m_removeLevel = nullptr;
    QLabel* m_levelHint = nullptr;
    QHash<QString, QWidget*> m_fields;         ///< parameter key -> its spin box or check box
    QHash<QString, QLabel*> m_problemLabels;   ///< setting key -> its message label
    QHash<QString, QWidget*> m_parameterRows;  ///< parameter key -> its row in the policy form
};

}  // namespace schedlab::ui
