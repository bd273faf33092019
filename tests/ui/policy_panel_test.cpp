// PolicyPanel: the parameters of the chosen policy, edits as undo commands, and messages.

#include "ui/policy_panel.hpp"

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoStack>

#include "engine/policy_spec.hpp"
#include "language_scope.hpp"
#include "models/scenario_document.hpp"

namespace schedlab::ui {
namespace {

class PolicyPanelTest : public ::testing::Test {
protected:
    models::ScenarioDocument doc;  // fcfs
    PolicyPanel panel{&doc};

    template <typename T>
    T* child(const char* name) {
        auto* widget = panel.findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }
    void choosePolicy(const char* name) {
        auto* combo = child<QComboBox>("policyCombo");
        combo->setCurrentIndex(combo->findData(QString::fromLatin1(name)));
    }
    bool shown(const char* name) { return child<QWidget>(name)->isVisibleTo(&panel); }
};

// #12: a context switch of 1 read "1 ticks". The unit follows the number, in both languages.
TEST(PolicyPanelUnits, Issue12OneTickIsSingular) {
    for (const char* language : {"en", "zh_CN"}) {
        testing::LanguageScope scope(language);
        ASSERT_TRUE(scope.ok());
        models::ScenarioDocument doc;
        PolicyPanel panel{&doc};
        auto* spin = panel.findChild<QSpinBox*>("contextSwitchSpin");
        ASSERT_NE(spin, nullptr);
        const bool chinese = QString(language) == "zh_CN";
        spin->setValue(1);
        EXPECT_EQ(spin->text(), chinese ? QString::fromUtf8("1 个时钟") : "1 tick");
        spin->setValue(2);
        EXPECT_EQ(spin->text(), chinese ? QString::fromUtf8("2 个时钟") : "2 ticks");
        spin->setValue(0);
        EXPECT_EQ(spin->text(), chinese ? QString::fromUtf8("0 个时钟") : "0 ticks");
    }
}

TEST_F(PolicyPanelTest, ListsThePolicyTitles) {
    auto* combo = child<QComboBox>("policyCombo");
    EXPECT_EQ(combo->count(), 8);
    EXPECT_EQ(combo->currentData().toString(), "fcfs");
    EXPECT_EQ(combo->itemText(combo->findData("rr")), "Round robin");
}

TEST_F(PolicyPanelTest, OnlyTheChosenPolicysParametersAreShown) {
    EXPECT_FALSE(shown("quantumSpin"));
    EXPECT_FALSE(shown("levelsTable"));
    choosePolicy("rr");
    EXPECT_TRUE(shown("quantumSpin"));
    EXPECT_FALSE(shown("agingSpin"));
    choosePolicy("priority-p");
    EXPECT_TRUE(shown("agingSpin"));
    EXPECT_FALSE(shown("quantumSpin"));
    choosePolicy("mlfq");
    EXPECT_TRUE(shown("levelsTable"));
    EXPECT_TRUE(shown("boostSpin"));
    EXPECT_TRUE(shown("resetOnIoCheck"));
    EXPECT_TRUE(shown("ioToFrontCheck"));
    EXPECT_FALSE(shown("quantumSpin"));
}

TEST_F(PolicyPanelTest, QuantumChangesTheDocumentAndUndoRestoresIt) {
    choosePolicy("rr");
    EXPECT_EQ(doc.settings().policy.name, "rr");
    auto* quantum = child<QSpinBox>("quantumSpin");
    EXPECT_EQ(quantum->value(), 4);
    quantum->setValue(2);
    EXPECT_EQ(doc.workload()->policy.ticks("quantum"), 2);
    EXPECT_EQ(doc.undoStack()->undoText(), "Change Quantum to 2");
    doc.undoStack()->undo();
    EXPECT_EQ(doc.settings().policy.ticks("quantum"), 4);
    EXPECT_EQ(quantum->value(), 4);
    doc.undoStack()->undo();
    EXPECT_EQ(doc.settings().policy.name, "fcfs");
    EXPECT_FALSE(shown("quantumSpin"));
}

TEST_F(PolicyPanelTest, InvalidQuantumShowsTheEnginesMessage) {
    choosePolicy("rr");
    child<QSpinBox>("quantumSpin")->setValue(0);
    auto* problem = child<QLabel>("quantumProblem");
    EXPECT_TRUE(problem->isVisibleTo(&panel));
    engine::PolicyConfig rr{"rr"};
    rr.set("quantum", 0);
    EXPECT_EQ(problem->text().toStdString(), engine::validatePolicy(rr).front());
    EXPECT_FALSE(doc.isValid());
    child<QSpinBox>("quantumSpin")->setValue(3);
    EXPECT_FALSE(problem->isVisibleTo(&panel));
    EXPECT_TRUE(doc.isValid());
}

TEST_F(PolicyPanelTest, MachineSettingsAreUndoable) {
    child<QSpinBox>("cpusSpin")->setValue(2);
    child<QComboBox>("rulesCombo")->setCurrentIndex(1);
    child<QCheckBox>("multiprogrammingCheck")->setChecked(false);
    child<QComboBox>("priorityOrderCombo")->setCurrentIndex(1);
    auto w = doc.workload();
    EXPECT_EQ(w->cpus, 2);
    EXPECT_EQ(w->rules, engine::Rules::Ostep);
    EXPECT_FALSE(w->multiprogramming);
    EXPECT_EQ(w->priorityOrder, engine::PriorityOrder::LargerFirst);
    EXPECT_EQ(doc.undoStack()->count(), 4);
    while (doc.undoStack()->canUndo()) {
        doc.undoStack()->undo();
    }
    EXPECT_EQ(child<QSpinBox>("cpusSpin")->value(), 1);
    EXPECT_EQ(child<QComboBox>("rulesCombo")->currentIndex(), 0);
    EXPECT_TRUE(child<QCheckBox>("multiprogrammingCheck")->isChecked());
}

TEST_F(PolicyPanelTest, MlfqLevelsAreEditedInTheTable) {
    choosePolicy("mlfq");
    auto* table = child<QTableWidget>("levelsTable");
    ASSERT_EQ(table->rowCount(), 3);
    EXPECT_EQ(table->item(1, 0)->text(), "4");
    table->item(1, 1)->setText("");  // never demote from level 2
    EXPECT_FALSE(doc.settings().policy.levels()[1].allotment.has_value());
    table->item(0, 0)->setText("x");  // refused: the table shows the document again
    EXPECT_EQ(table->item(0, 0)->text(), "2");
    EXPECT_EQ(doc.settings().policy.levels()[0].quantum, 2);
    child<QPushButton>("addLevelButton")->click();
    ASSERT_EQ(doc.settings().policy.levels().size(), 4u);
    EXPECT_EQ(doc.settings().policy.levels()[3], (engine::MlfqLevel{16, 1}));
    EXPECT_EQ(table->rowCount(), 4);
    table->item(0, 1)->setText("0");
    EXPECT_FALSE(doc.isValid());
    EXPECT_TRUE(child<QLabel>("levelsProblem")->isVisibleTo(&panel));
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    EXPECT_EQ(table->rowCount(), 3);
}

TEST_F(PolicyPanelTest, FollowsALoadedFile) {
    ASSERT_TRUE(doc.load(QString(SCHEDLAB_SOURCE_DIR) + "/scenarios/classroom-io.yaml"));
    EXPECT_EQ(child<QComboBox>("policyCombo")->currentData().toString(), "rr");
    EXPECT_EQ(child<QSpinBox>("quantumSpin")->value(), 3);
    EXPECT_EQ(panel.findChild<QLineEdit*>("nameEdit")->text(), "Classroom I/O mix");
}

}  // namespace
}  // namespace schedlab::ui
