#include "ui/policy_panel.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <limits>

#include "engine/policy_registry.hpp"
#include "engine/policy_spec.hpp"
#include "models/scenario_document.hpp"

namespace schedlab::ui {
namespace {

constexpr int kMaxSpin = std::numeric_limits<int>::max();
constexpr int kMaxLevels = 64;  // as the engine allows

// A level cell: blank = none; otherwise a whole number (range problems come from the engine).
std::optional<std::optional<engine::Tick>> parseLevelCell(const QString& text) {
    if (text.trimmed().isEmpty()) {
        return std::optional<engine::Tick>{};
    }
    bool ok = false;
    qlonglong value = text.trimmed().toLongLong(&ok);
    return ok ? std::optional<std::optional<engine::Tick>>{value} : std::nullopt;
}

QString levelCell(std::optional<engine::Tick> value) {
    return value ? QString::number(*value) : QString();
}

// For lupdate: the engine's policy titles (src/engine/policies/list.def), shown through tr().
[[maybe_unused]] constexpr const char* kPolicyTitles[] = {
    QT_TRANSLATE_NOOP("schedlab::ui::PolicyPanel", "First come, first served"),
    QT_TRANSLATE_NOOP("schedlab::ui::PolicyPanel", "Shortest job first (non-preemptive)"),
    QT_TRANSLATE_NOOP("schedlab::ui::PolicyPanel", "Shortest remaining time first"),
    QT_TRANSLATE_NOOP("schedlab::ui::PolicyPanel", "Priority (non-preemptive)"),
    QT_TRANSLATE_NOOP("schedlab::ui::PolicyPanel", "Priority (preemptive)"),
    QT_TRANSLATE_NOOP("schedlab::ui::PolicyPanel", "Highest response ratio next"),
    QT_TRANSLATE_NOOP("schedlab::ui::PolicyPanel", "Round robin"),
    QT_TRANSLATE_NOOP("schedlab::ui::PolicyPanel", "Multilevel feedback queue"),
};

int toSpin(engine::Tick value) {
    return static_cast<int>(std::clamp<engine::Tick>(value, 0, kMaxSpin));
}

// The form row of a parameter named by the engine: "quanta" and "allotments" are the levels.
QString parameterKey(std::string_view parameter) {
    if (parameter == "quanta" || parameter == "allotments") {
        return QStringLiteral("levels");
    }
    return QString::fromUtf8(parameter.data(), qsizetype(parameter.size()));
}

}  // namespace

PolicyPanel::PolicyPanel(models::ScenarioDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createScenarioGroup());
    layout->addWidget(createMachineGroup());
    layout->addWidget(createPolicyGroup());
    layout->addStretch(1);
    connectMachine();
    connectPolicy();
    connect(m_document, &models::ScenarioDocument::settingsChanged, this, &PolicyPanel::refresh);
    connect(m_document, &models::ScenarioDocument::problemsChanged, this,
            &PolicyPanel::refreshProblems);
    refresh();
}

QGroupBox* PolicyPanel::createScenarioGroup() {
    auto* group = new QGroupBox(tr("Scenario"), this);
    auto* form = new QFormLayout(group);
    m_name = new QLineEdit(group);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("Shown in titles and reports"));
    form->addRow(tr("&Name:"), withProblem(m_name, QStringLiteral("name")));
    return group;
}

QGroupBox* PolicyPanel::createMachineGroup() {
    auto* group = new QGroupBox(tr("Machine"), this);
    auto* form = new QFormLayout(group);
    m_cpus = createSpin(QStringLiteral("cpusSpin"), 1, 1024);
    m_cpus->setToolTip(tr("Identical CPUs sharing one ready queue"));
    m_contextSwitch = createSpin(QStringLiteral("contextSwitchSpin"), 0, kMaxSpin);
    m_contextSwitch->setToolTip(tr("Ticks a CPU spends switching to a different process"));
    m_rules = new QComboBox(group);
    m_rules->setObjectName(QStringLiteral("rulesCombo"));
    m_rules->addItem(tr("Textbook"), QVariant::fromValue(int(engine::Rules::Textbook)));
    m_rules->addItem(tr("OSTEP"), QVariant::fromValue(int(engine::Rules::Ostep)));
    m_rules->setToolTip(tr("The order of events that happen at the same tick"));
    m_priorityOrder = new QComboBox(group);
    m_priorityOrder->setObjectName(QStringLiteral("priorityOrderCombo"));
    m_priorityOrder->addItem(tr("Smaller first (1 beats 5)"));
    m_priorityOrder->addItem(tr("Larger first (5 beats 1)"));
    m_multiprogramming = new QCheckBox(tr("&Multiprogramming"), group);
    m_multiprogramming->setObjectName(QStringLiteral("multiprogrammingCheck"));
    m_multiprogramming->setToolTip(
        tr("When off, a CPU stays idle while its process is blocked on I/O"));
    form->addRow(tr("&CPUs:"), withProblem(m_cpus, QStringLiteral("cpus")));
    form->addRow(tr("Context &switch:"),
                 withProblem(m_contextSwitch, QStringLiteral("context_switch")));
    form->addRow(tr("&Rules:"), withProblem(m_rules, QStringLiteral("rules")));
    form->addRow(tr("Priority &order:"),
                 withProblem(m_priorityOrder, QStringLiteral("priority_order")));
    form->addRow(withProblem(m_multiprogramming, QStringLiteral("multiprogramming")));
    return group;
}

QGroupBox* PolicyPanel::createPolicyGroup() {
    auto* group = new QGroupBox(tr("Policy"), this);
    createPolicyWidgets();
    m_policyForm = new QFormLayout(group);
    m_policyForm->addRow(tr("&Policy:"), withProblem(m_policy, QStringLiteral("policy")));
    auto addParameter = [&](const QString& label, QWidget* field, const QString& key) {
        QWidget* row = withProblem(field, key);
        m_policyForm->addRow(label, row);
        m_parameterRows.insert(key, row);
    };
    addParameter(tr("&Quantum:"), m_quantum, QStringLiteral("quantum"));
    addParameter(tr("&Aging:"), m_aging, QStringLiteral("aging"));
    addParameter(tr("&Levels:"), createLevelsEditor(), QStringLiteral("levels"));
    addParameter(tr("&Boost every:"), m_boost, QStringLiteral("boost"));
    addParameter({}, m_resetOnIo, QStringLiteral("reset_on_io"));
    addParameter({}, m_ioToFront, QStringLiteral("io_to_front"));
    return group;
}

void PolicyPanel::createPolicyWidgets() {
    m_policy = new QComboBox(this);
    m_policy->setObjectName(QStringLiteral("policyCombo"));
    for (const auto& entry : engine::policyEntries()) {
        m_policy->addItem(tr(std::string(entry.title).c_str()),
                          QString::fromUtf8(entry.name.data(), qsizetype(entry.name.size())));
    }
    m_quantum = createSpin(QStringLiteral("quantumSpin"), 0, kMaxSpin);
    m_quantum->setToolTip(tr("Ticks a process runs before it goes to the back of the queue"));
    m_aging = createSpin(QStringLiteral("agingSpin"), 0, kMaxSpin);
    m_aging->setSpecialValueText(tr("Off"));
    m_aging->setToolTip(tr("Every so many ticks of waiting improve a priority by one"));
    m_boost = createSpin(QStringLiteral("boostSpin"), 0, kMaxSpin);
    m_boost->setSpecialValueText(tr("Never"));
    m_boost->setToolTip(tr("Every so many ticks all processes go back to the top level"));
    m_resetOnIo = new QCheckBox(tr("Fresh quantum and allotment after I/O (reset_on_io)"), this);
    m_resetOnIo->setObjectName(QStringLiteral("resetOnIoCheck"));
    m_ioToFront = new QCheckBox(tr("Back from I/O to the front of its level (io_to_front)"), this);
    m_ioToFront->setObjectName(QStringLiteral("ioToFrontCheck"));
}

// A field with its problem message below it (hidden while there is none).
QWidget* PolicyPanel::withProblem(QWidget* field, const QString& key) {
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto* problem = new QLabel(box);
    problem->setObjectName(key + QStringLiteral("Problem"));
    problem->setWordWrap(true);
    problem->setStyleSheet(QStringLiteral("color: #a00000;"));
    problem->hide();
    layout->addWidget(field);
    layout->addWidget(problem);
    m_problemLabels.insert(key, problem);
    return box;
}

QSpinBox* PolicyPanel::createSpin(const QString& name, int minimum, int maximum) {
    auto* spin = new QSpinBox(this);
    spin->setObjectName(name);
    spin->setRange(minimum, maximum);
    spin->setKeyboardTracking(false);  // one change per typed number, not per digit
    spin->setAccelerated(true);
    if (minimum == 0) {
        spin->setSuffix(tr(" ticks"));
    }
    return spin;
}

void PolicyPanel::connectMachine() {
    auto* doc = m_document;
    connect(m_name, &QLineEdit::editingFinished, this,
            [this] { m_document->setName(m_name->text()); });
    connect(m_cpus, &QSpinBox::valueChanged, doc, &models::ScenarioDocument::setCpus);
    connect(m_contextSwitch, &QSpinBox::valueChanged, this,
            [doc](int value) { doc->setContextSwitch(value); });
    connect(m_rules, &QComboBox::currentIndexChanged, this, [this, doc] {
        doc->setRules(static_cast<engine::Rules>(m_rules->currentData().toInt()));
    });
    connect(m_priorityOrder, &QComboBox::currentIndexChanged, this, [doc](int index) {
        doc->setPriorityOrder(index == 1 ? engine::PriorityOrder::LargerFirst
                                         : engine::PriorityOrder::SmallerFirst);
    });
    connect(m_multiprogramming, &QCheckBox::toggled, doc,
            &models::ScenarioDocument::setMultiprogramming);
}

void PolicyPanel::connectPolicy() {
    connect(m_policy, &QComboBox::currentIndexChanged, this, [this] {
        auto name = m_policy->currentData().toString().toStdString();
        editPolicy([&](engine::PolicyConfig& p) { p.name = name; });
    });
    connect(m_quantum, &QSpinBox::valueChanged, this,
            [this](int v) { editPolicy([v](engine::PolicyConfig& p) { p.quantum = v; }); });
    connect(m_aging, &QSpinBox::valueChanged, this,
            [this](int v) { editPolicy([v](engine::PolicyConfig& p) { p.aging = v; }); });
    connect(m_boost, &QSpinBox::valueChanged, this,
            [this](int v) { editPolicy([v](engine::PolicyConfig& p) { p.boost = v; }); });
    connect(m_resetOnIo, &QCheckBox::toggled, this,
            [this](bool on) { editPolicy([on](engine::PolicyConfig& p) { p.resetOnIo = on; }); });
    connect(m_ioToFront, &QCheckBox::toggled, this,
            [this](bool on) { editPolicy([on](engine::PolicyConfig& p) { p.ioToFront = on; }); });
}

void PolicyPanel::editPolicy(const std::function<void(engine::PolicyConfig&)>& change) {
    auto policy = m_document->settings().policy;
    change(policy);
    m_document->setPolicy(policy);
}

void PolicyPanel::refresh() {
    refreshMachine();
    refreshPolicy();
    refreshProblems();
}

void PolicyPanel::refreshMachine() {
    const auto& s = m_document->settings();
    if (m_name->text() != s.name) {
        QSignalBlocker block(m_name);
        m_name->setText(s.name);
    }
    QSignalBlocker blockCpus(m_cpus), blockSwitch(m_contextSwitch), blockRules(m_rules),
        blockOrder(m_priorityOrder), blockMulti(m_multiprogramming);
    m_cpus->setValue(s.cpus);
    m_contextSwitch->setValue(toSpin(s.contextSwitch));
    m_rules->setCurrentIndex(m_rules->findData(int(s.rules)));
    m_priorityOrder->setCurrentIndex(s.priorityOrder == engine::PriorityOrder::LargerFirst);
    m_multiprogramming->setChecked(s.multiprogramming);
}

void PolicyPanel::refreshPolicy() {
    const auto& p = m_document->settings().policy;
    QSignalBlocker blockPolicy(m_policy), blockQuantum(m_quantum), blockAging(m_aging),
        blockBoost(m_boost), blockReset(m_resetOnIo), blockFront(m_ioToFront);
    m_policy->setCurrentIndex(m_policy->findData(QString::fromStdString(p.name)));
    m_quantum->setValue(toSpin(p.quantum));
    m_aging->setValue(toSpin(p.aging));
    m_boost->setValue(toSpin(p.boost));
    m_resetOnIo->setChecked(p.resetOnIo);
    m_ioToFront->setChecked(p.ioToFront);
    refreshLevels();
    updateVisibility();
}

void PolicyPanel::updateVisibility() {
    QStringList shown;
    for (auto parameter : engine::policyParameters(m_document->settings().policy.name)) {
        shown.append(parameterKey(parameter));
    }
    for (auto it = m_parameterRows.cbegin(); it != m_parameterRows.cend(); ++it) {
        m_policyForm->setRowVisible(it.value(), shown.contains(it.key()));
    }
}

void PolicyPanel::refreshProblems() {
    for (auto it = m_problemLabels.cbegin(); it != m_problemLabels.cend(); ++it) {
        const QString text = m_document->settingProblems(it.key()).join('\n');
        it.value()->setText(text);
        it.value()->setVisible(!text.isEmpty());
    }
}

QWidget* PolicyPanel::createLevelsEditor() {
    auto* box = new QWidget(this);
    m_levels = new QTableWidget(0, 2, box);
    m_levels->setObjectName(QStringLiteral("levelsTable"));
    m_levels->setHorizontalHeaderLabels({tr("Quantum"), tr("Allotment")});
    m_levels->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_levels->setToolTip(
        tr("Highest priority first. A blank quantum runs each burst out; a blank "
           "allotment never moves a process down."));
    m_levels->setMaximumHeight(m_levels->verticalHeader()->defaultSectionSize() * 5);
    m_addLevel = new QPushButton(tr("Add level"), box);
    m_addLevel->setObjectName(QStringLiteral("addLevelButton"));
    m_removeLevel = new QPushButton(tr("Remove level"), box);
    m_removeLevel->setObjectName(QStringLiteral("removeLevelButton"));
    m_levelHint = new QLabel(box);
    m_levelHint->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addLevel);
    buttons->addWidget(m_removeLevel);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_levels);
    layout->addLayout(buttons);
    layout->addWidget(m_levelHint);
    connect(m_levels, &QTableWidget::itemChanged, this, &PolicyPanel::onLevelEdited);
    connect(m_addLevel, &QPushButton::clicked, this, &PolicyPanel::addLevel);
    connect(m_removeLevel, &QPushButton::clicked, this, &PolicyPanel::removeLevel);
    return box;
}

void PolicyPanel::refreshLevels() {
    const auto& levels = m_document->settings().policy.levels;
    QSignalBlocker block(m_levels);
    m_levels->setRowCount(static_cast<int>(levels.size()));
    for (int row = 0; row < m_levels->rowCount(); ++row) {
        const auto& level = levels[static_cast<std::size_t>(row)];
        m_levels->setItem(row, 0, new QTableWidgetItem(levelCell(level.quantum)));
        m_levels->setItem(row, 1, new QTableWidgetItem(levelCell(level.allotment)));
    }
    m_addLevel->setEnabled(m_levels->rowCount() < kMaxLevels);
    m_removeLevel->setEnabled(m_levels->rowCount() > 1);
}

// Text that is not a whole number is refused at once: the engine never sees it.
void PolicyPanel::onLevelEdited(QTableWidgetItem* item) {
    auto value = parseLevelCell(item->text());
    if (!value) {
        m_levelHint->setText(tr("A level's quantum and allotment are whole numbers, or blank "
                                "for none; '%1' is not.")
                                 .arg(item->text()));
        refreshLevels();
        return;
    }
    m_levelHint->clear();
    auto row = static_cast<std::size_t>(item->row());
    bool quantum = item->column() == 0;
    editPolicy([&](engine::PolicyConfig& p) {
        auto& level = p.levels.at(row);
        if (quantum) {
            level.quantum = *value;
        } else {
            level.allotment = value->has_value()
                                  ? std::optional<int>(static_cast<int>(std::clamp<engine::Tick>(
                                        **value, std::numeric_limits<int>::min(), kMaxSpin)))
                                  : std::nullopt;
        }
    });
}

// A new lowest level: twice the quantum of the one above, one allotment.
void PolicyPanel::addLevel() {
    editPolicy([](engine::PolicyConfig& p) {
        engine::MlfqLevel level{8, 1};
        if (!p.levels.empty() && p.levels.back().quantum) {
            level.quantum = *p.levels.back().quantum * 2;
        }
        p.levels.push_back(level);
    });
}

// The selected level, or the lowest one.
void PolicyPanel::removeLevel() {
    int row = m_levels->currentRow();
    editPolicy([row](engine::PolicyConfig& p) {
        if (p.levels.size() <= 1) {
            return;
        }
        auto index =
            row >= 0 && row < int(p.levels.size()) ? std::size_t(row) : p.levels.size() - 1;
        p.levels.erase(p.levels.begin() + std::ptrdiff_t(index));
    });
}

}  // namespace schedlab::ui
