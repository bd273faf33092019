#pragma once
// Every setting of a scenario: its name, the machine (CPUs, context switch, rules, priority
// order, multiprogramming) and the policy with its parameters. Only the parameters of the chosen
// policy are shown; a value the engine refuses gets its message next to the field. Every change
// goes through the document's undo stack, and the panel follows the document (undo included).
//
// Widgets carry object names for tests and style sheets: nameEdit, cpusSpin, contextSwitchSpin,
// rulesCombo, priorityOrderCombo, multiprogrammingCheck, policyCombo, quantumSpin, agingSpin,
// levelsTable, addLevelButton, removeLevelButton, boostSpin, resetOnIoCheck, ioToFrontCheck, and
// the message labels <field>Problem (quantumProblem, levelsProblem, ...).

#include <QHash>
#include <QWidget>
#include <functional>

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
    void createPolicyWidgets();
    QWidget* createLevelsEditor();
    QWidget* withProblem(QWidget* field, const QString& key);
    QSpinBox* createSpin(const QString& name, int minimum, int maximum);
    void connectMachine();
    void connectPolicy();
    void editPolicy(const std::function<void(engine::PolicyConfig&)>& change);
    void refreshMachine();
    void refreshPolicy();
    void refreshLevels();
    void refreshProblems();
    void updateVisibility();
    void onLevelEdited(QTableWidgetItem* item);
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
    QSpinBox* m_quantum = nullptr;
    QSpinBox* m_aging = nullptr;
    QTableWidget* m_levels = nullptr;
    QPushButton* m_addLevel = nullptr;
    QPushButton* m_removeLevel = nullptr;
    QSpinBox* m_boost = nullptr;
    QCheckBox* m_resetOnIo = nullptr;
    QCheckBox* m_ioToFront = nullptr;
    QLabel* m_levelHint = nullptr;
    QHash<QString, QLabel*> m_problemLabels;   ///< setting key -> its message label
    QHash<QString, QWidget*> m_parameterRows;  ///< parameter key -> its row in the policy form
};

}  // namespace schedlab::ui
