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

#include "charts/tick_suffix.hpp"
#include "engine/policy_registry.hpp"
#include "engine/policy_spec.hpp"
#include "models/engine_text.hpp"
#include "models/scenario_document.hpp"

namespace schedlab::ui {
namespace {

constexpr int kMaxSpin = std::numeric_limits<int>::max();
constexpr int kMaxLevels = engine::kMaxLevels;

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

int toSpin(engine::Tick value) {
    return static_cast<int>(std::clamp<engine::Tick>(value, 0, kMaxSpin));
}

QString qstr(std::string_view text) { return QString::fromUtf8(text.data(), qsizetype(text.size())); }

// "reset_on_io" -> "resetOnIo": the object names of the fields.
QString camelCase(std::string_view key) {
    QString out;
    bool upper = false;
    for (char c : key) {
        if (c == '_' || c == '-') {
            upper = true;
            continue;
        }
        out += upper ? QChar(c).toUpper() : QChar(c);
        upper = false;
    }
    return out;
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
    m_cpus = createSpin(QStringLiteral("cpusSpin"), 1, engine::kMaxCpus);
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
    m_policy = new QComboBox(this);
    m_policy->setObjectName(QStringLiteral("policyCombo"));
    for (const auto& entry : engine::policyEntries()) {
        m_policy->addItem(models::engineText(entry.title), qstr(entry.name));
        m_policy->setItemData(m_policy->count() - 1, models::engineText(entry.summary),
                              Qt::ToolTipRole);
    }
    connect(m_policy, &QComboBox::currentIndexChanged, this, [this] {
        auto name = m_policy->currentData().toString().toStdString();
        editPolicy([&](engine::PolicyConfig& p) { p.name = name; });
    });
    m_policyForm = new QFormLayout(group);
    m_policyForm->addRow(tr("&Policy:"), withProblem(m_policy, QStringLiteral("policy")));
    for (auto key : engine::allParamNames()) {
        const auto& spec = *engine::findParam({}, key);
        QWidget* row = withProblem(createParameter(spec), qstr(key));
        bool labelled = spec.type != engine::ParamType::Flag;
        m_policyForm->addRow(labelled ? tr("%1:").arg(models::engineText(spec.label)) : QString(),
                             row);
        m_parameterRows.insert(qstr(key), row);
    }
    return group;
}

QWidget* PolicyPanel::createParameter(const engine::ParamSpec& spec) {
    switch (spec.type) {
        case engine::ParamType::Ticks:
            return createTicksField(spec);
        case engine::ParamType::Flag:
            return createFlagField(spec);
        case engine::ParamType::Levels:
            break;
    }
    return createLevelsEditor(spec);
}

QSpinBox* PolicyPanel::createTicksField(const engine::ParamSpec& spec) {
    // From 0: a value below the parameter's range gets the engine's message next to the field.
    auto* spin = createSpin(camelCase(spec.name) + QStringLiteral("Spin"), 0, toSpin(spec.max));
    spin->setToolTip(models::engineText(spec.help));
    if (!spec.zeroText.empty()) {
        spin->setSpecialValueText(models::engineText(spec.zeroText));
    }
    std::string key(spec.name);
    connect(spin, &QSpinBox::valueChanged, this, [this, key](int value) {
        editPolicy([&](engine::PolicyConfig& p) { p.set(key, engine::Tick{value}); });
    });
    m_fields.insert(qstr(spec.name), spin);
    return spin;
}

QCheckBox* PolicyPanel::createFlagField(const engine::ParamSpec& spec) {
    auto* check = new QCheckBox(models::engineText(spec.label), this);
    check->setObjectName(camelCase(spec.name) + QStringLiteral("Check"));
    check->setToolTip(models::engineText(spec.help));
    std::string key(spec.name);
    connect(check, &QCheckBox::toggled, this, [this, key](bool on) {
        editPolicy([&](engine::PolicyConfig& p) { p.set(key, on); });
    });
    m_fields.insert(qstr(spec.name), check);
    return check;
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
    auto* spin = minimum == 0 ? newTicksSpinBox(this) : new QSpinBox(this);
    spin->setObjectName(name);
    spin->setRange(minimum, maximum);
    spin->setKeyboardTracking(false);  // one change per typed number, not per digit
    spin->setAccelerated(true);
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
    {
        QSignalBlocker blockPolicy(m_policy);
        m_policy->setCurrentIndex(m_policy->findData(QString::fromStdString(p.name)));
    }
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        refreshParameter(it.key().toStdString(), it.value());
    }
    refreshLevels();
    updateVisibility();
}

void PolicyPanel::refreshParameter(std::string_view key, QWidget* field) {
    const auto& p = m_document->settings().policy;
    QSignalBlocker block(field);
    if (auto* spin = qobject_cast<QSpinBox*>(field)) {
        spin->setValue(toSpin(p.ticks(key)));
    } else if (auto* check = qobject_cast<QCheckBox*>(field)) {
        check->setChecked(p.flag(key));
    }
}

void PolicyPanel::updateVisibility() {
    const auto* entry = engine::findPolicy(m_document->settings().policy.name);
    for (auto it = m_parameterRows.cbegin(); it != m_parameterRows.cend(); ++it) {
        bool takes = entry && entry->param(it.key().toStdString());
        m_policyForm->setRowVisible(it.value(), takes);
    }
}

void PolicyPanel::refreshProblems() {
    for (auto it = m_problemLabels.cbegin(); it != m_problemLabels.cend(); ++it) {
        const QString text = m_document->settingProblems(it.key()).join('\n');
        it.value()->setText(text);
        it.value()->setVisible(!text.isEmpty());
    }
}

QWidget* PolicyPanel::createLevelsEditor(const engine::ParamSpec& spec) {
    m_levelsKey = qstr(spec.name);
    auto* box = new QWidget(this);
    m_levels = new QTableWidget(0, 2, box);
    m_levels->setObjectName(QStringLiteral("levelsTable"));
    m_levels->setHorizontalHeaderLabels({tr("Quantum"), tr("Allotment")});
    m_levels->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_levels->setToolTip(models::engineText(spec.help));
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
    const auto levels = m_document->settings().policy.levels(m_levelsKey.toStdString());
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
    editLevels([&](std::vector<engine::MlfqLevel>& levels) {
        auto& level = levels.at(row);
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

void PolicyPanel::editLevels(const std::function<void(std::vector<engine::MlfqLevel>&)>& change) {
    auto key = m_levelsKey.toStdString();
    editPolicy([&](engine::PolicyConfig& p) {
        auto levels = p.levels(key);
        change(levels);
        p.set(key, std::move(levels));
    });
}

// A new lowest level: twice the quantum of the one above, one allotment.
void PolicyPanel::addLevel() {
    editLevels([](std::vector<engine::MlfqLevel>& levels) {
        engine::MlfqLevel level{8, 1};
        if (!levels.empty() && levels.back().quantum) {
            level.quantum = *levels.back().quantum * 2;
        }
        levels.push_back(level);
    });
}

// The selected level, or the lowest one.
void PolicyPanel::removeLevel() {
    int row = m_levels->currentRow();
    editLevels([row](std::vector<engine::MlfqLevel>& levels) {
        if (levels.size() <= 1) {
            return;
        }
        auto index = row >= 0 && row < int(levels.size()) ? std::size_t(row) : levels.size() - 1;
        levels.erase(levels.begin() + std::ptrdiff_t(index));
    });
}

}  // namespace schedlab::ui
