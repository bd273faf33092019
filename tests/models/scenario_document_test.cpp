// ScenarioDocument: files, undoable edits, and problems with the command line's messages.

#include "models/scenario_document.hpp"

#include <gtest/gtest.h>

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

#include "engine/policy_spec.hpp"
#include "scenario/scenario_io.hpp"

// Readable failures: QString and the rows as text (internal linkage, found by ADL).
static void PrintTo(const QString& text, std::ostream* out) { *out << text.toStdString(); }

namespace schedlab::models {

static void PrintTo(const ProcessRow& row, std::ostream* out) {
    *out << "{" << row.name.toStdString() << " | " << row.arrival.toStdString() << " | "
         << row.priority.toStdString() << " | " << row.bursts.toStdString() << "}";
}

namespace {

QString scenarioPath(const char* name) {
    return QString(SCHEDLAB_SOURCE_DIR) + "/scenarios/" + name;
}

// The message the command line gives for the first problem of a scenario text.
std::string cliMessage(const std::string& yaml) {
    auto loaded = scenario::parseScenario(yaml, "t.yaml");
    return loaded.diagnostics.empty() ? "" : loaded.diagnostics.front().message;
}

class ScenarioDocumentTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(doc.load(scenarioPath("textbook-rr.yaml"))); }
    ScenarioDocument doc;
};

TEST(ScenarioDocumentDefaults, NewDocumentIsValidAndClean) {
    ScenarioDocument doc;
    EXPECT_EQ(doc.rowCount(), 3);
    EXPECT_TRUE(doc.isValid());
    EXPECT_FALSE(doc.isModified());
    EXPECT_TRUE(doc.filePath().isEmpty());
    EXPECT_EQ(doc.workload()->policy.name, "fcfs");
}

TEST(ScenarioDocumentDefaults, EveryExampleScenarioLoadsToTheSameWorkload) {
    const auto files = QDir(QString(SCHEDLAB_SOURCE_DIR) + "/scenarios").entryList({"*.yaml"});
    ASSERT_FALSE(files.isEmpty());
    for (const auto& file : files) {
        ScenarioDocument doc;
        QStringList messages;
        const QString path = QString(SCHEDLAB_SOURCE_DIR) + "/scenarios/" + file;
        ASSERT_TRUE(doc.load(path, &messages)) << messages.join('\n').toStdString();
        auto expected = scenario::loadScenarioFile(path.toStdString()).workload;
        ASSERT_TRUE(doc.workload().has_value()) << file.toStdString();
        EXPECT_EQ(doc.workload()->processes.size(), expected->processes.size());
        EXPECT_EQ(scenario::toYaml(*doc.workload()), scenario::toYaml(*expected))
            << file.toStdString();
        EXPECT_EQ(doc.workload()->policy, expected->policy);
        // load() keeps the reader's workload instead of checking every row again: the rows
        // must say exactly the same.
        auto rechecked = checkScenario(doc.settings(), doc.rows()).workload;
        ASSERT_TRUE(rechecked.has_value()) << file.toStdString();
        EXPECT_EQ(scenario::toYaml(*rechecked), scenario::toYaml(*doc.workload()))
            << file.toStdString();
    }
}

TEST_F(ScenarioDocumentTest, LoadsRowsAndSettings) {
    EXPECT_EQ(doc.rowCount(), 3);
    EXPECT_EQ(doc.row(0), (ProcessRow{"P1", "0", "0", "24"}));
    EXPECT_EQ(doc.settings().name, "Textbook round robin");
    EXPECT_EQ(doc.settings().policy.name, "rr");
    EXPECT_EQ(doc.displayName(), "textbook-rr.yaml");
}

TEST_F(ScenarioDocumentTest, EditBurstThenUndoAndRedo) {
    QSignalSpy changed(&doc, &ScenarioDocument::changed);
    doc.setCell(1, BurstsColumn, "CPU 5, IO 2, CPU 1");
    EXPECT_EQ(changed.count(), 1);
    EXPECT_TRUE(doc.isModified());
    EXPECT_EQ(doc.workload()->processes[1].bursts, (std::vector<engine::Tick>{5, 2, 1}));
    EXPECT_EQ(doc.undoStack()->undoText(), "Edit bursts of P2");

    doc.undoStack()->undo();
    EXPECT_EQ(doc.cell(1, BurstsColumn), "3");
    EXPECT_EQ(doc.workload()->processes[1].bursts, (std::vector<engine::Tick>{3}));
    EXPECT_FALSE(doc.isModified());

    doc.undoStack()->redo();
    EXPECT_EQ(doc.workload()->processes[1].bursts, (std::vector<engine::Tick>{5, 2, 1}));
}

TEST_F(ScenarioDocumentTest, UnchangedTextPushesNothing) {
    doc.setCell(0, NameColumn, " P1 ");
    EXPECT_EQ(doc.undoStack()->count(), 0);
}

TEST_F(ScenarioDocumentTest, DuplicateNameHasTheCliMessageWithARow) {
    QSignalSpy validity(&doc, &ScenarioDocument::validityChanged);
    doc.setCell(2, NameColumn, "P1");
    ASSERT_EQ(validity.count(), 1);
    EXPECT_FALSE(validity.first().first().toBool());
    EXPECT_FALSE(doc.workload().has_value());
    ASSERT_EQ(doc.problems().size(), 1);
    const Problem& problem = doc.problems().first();
    EXPECT_EQ(problem.row, 2);
    EXPECT_EQ(problem.column, NameColumn);
    EXPECT_EQ(problem.field, "name");
    std::string cli = cliMessage(
        "processes:\n  - {name: P1, bursts: [1]}\n"
        "  - {name: P1, bursts: [1]}\n");
    EXPECT_EQ(cli, "duplicate process name 'P1' (first on line 2)");
    EXPECT_EQ(problem.message, "duplicate process name 'P1' (first in row 1)");
    EXPECT_EQ(doc.cellProblem(2, NameColumn), problem.message);
    EXPECT_TRUE(doc.cellProblem(0, NameColumn).isEmpty());
}

TEST_F(ScenarioDocumentTest, CellProblemsUseTheCliMessages) {
    doc.setCell(0, ArrivalColumn, "abc");
    doc.setCell(1, ArrivalColumn, "-1");
    doc.setCell(1, PriorityColumn, "2.5");
    doc.setCell(2, BurstsColumn, "5 3");
    ASSERT_EQ(doc.problems().size(), 4);
    EXPECT_EQ(doc.cellProblem(0, ArrivalColumn).toStdString(),
              cliMessage("processes: [{name: A, arrival: abc, bursts: [1]}]"));
    EXPECT_EQ(doc.cellProblem(0, ArrivalColumn), "arrival must be a whole number, not 'abc'");
    EXPECT_EQ(doc.cellProblem(1, ArrivalColumn), "arrival must be 0 or more, not -1");
    EXPECT_EQ(doc.cellProblem(1, PriorityColumn), "priority must be a whole number, not '2.5'");
    EXPECT_EQ(doc.cellProblem(2, BurstsColumn),
              "bursts must end with a CPU burst: [5, 3] ends with I/O");
}

TEST_F(ScenarioDocumentTest, BurstsTextErrorsAreTheCellsOwn) {
    doc.setCell(0, BurstsColumn, "5 x 2");
    doc.setCell(1, BurstsColumn, "");
    doc.setCell(2, BurstsColumn, "IO 3");
    EXPECT_EQ(doc.cellProblem(0, BurstsColumn), "a burst must be a whole number > 0: 'x'");
    EXPECT_EQ(doc.cellProblem(1, BurstsColumn),
              "bursts must not be empty; give at least one CPU burst");
    EXPECT_TRUE(doc.cellProblem(2, BurstsColumn).startsWith("expected CPU first"));
}

TEST_F(ScenarioDocumentTest, BlankArrivalAndPriorityMeanZero) {
    doc.setCell(0, ArrivalColumn, "");
    doc.setCell(0, PriorityColumn, " ");
    ASSERT_TRUE(doc.isValid());
    EXPECT_EQ(doc.workload()->processes[0].arrival, 0);
    EXPECT_EQ(doc.workload()->processes[0].priority, 0);
}

TEST_F(ScenarioDocumentTest, EmptyNameAndOddCharactersInNames) {
    doc.setCell(0, NameColumn, "");
    EXPECT_EQ(doc.cellProblem(0, NameColumn), "a process's name must not be empty");
    doc.setCell(0, NameColumn, "a \"b\" \\c: [x], {y} # z");
    ASSERT_TRUE(doc.isValid());
    EXPECT_EQ(doc.workload()->processes[0].name, "a \"b\" \\c: [x], {y} # z");
    doc.setCell(1, NameColumn, "名字");
    ASSERT_TRUE(doc.isValid());
    EXPECT_EQ(doc.workload()->processes[1].name, "名字");
}

TEST_F(ScenarioDocumentTest, PolicyProblemIsASettingProblem) {
    auto policy = doc.settings().policy;
    policy.set("quantum", 0);
    doc.setPolicy(policy);
    ASSERT_EQ(doc.problems().size(), 1);
    EXPECT_EQ(doc.problems().first().row, -1);
    EXPECT_EQ(doc.problems().first().field, "quantum");
    EXPECT_EQ(doc.settingProblems("quantum"),
              QStringList{QString::fromStdString(engine::validatePolicy(policy).front())});
    doc.undoStack()->undo();
    EXPECT_TRUE(doc.isValid());
    EXPECT_EQ(doc.settings().policy.ticks("quantum"), 4);
}

TEST_F(ScenarioDocumentTest, NoRowsIsAProblemOfTheProcesses) {
    doc.removeRows({0, 1, 2});
    EXPECT_EQ(doc.rowCount(), 0);
    EXPECT_EQ(doc.settingProblems("processes"),
              QStringList{"processes must not be empty; a scenario needs at least one process"});
    doc.undoStack()->undo();
    EXPECT_EQ(doc.rowCount(), 3);
    EXPECT_TRUE(doc.isValid());
}

TEST_F(ScenarioDocumentTest, RowCommandsAndTheirUndo) {
    EXPECT_EQ(doc.addRow(), 3);
    EXPECT_EQ(doc.row(3).name, "P4");
    EXPECT_EQ(doc.undoStack()->undoText(), "Add process P4");
    doc.removeRows({0, 2});
    EXPECT_EQ(doc.rowCount(), 2);
    EXPECT_EQ(doc.row(0).name, "P2");
    EXPECT_EQ(doc.row(1).name, "P4");
    doc.undoStack()->undo();
    EXPECT_EQ(doc.row(0).name, "P1");
    EXPECT_EQ(doc.row(2).name, "P3");
    EXPECT_EQ(doc.duplicateRows({1}), 2);
    EXPECT_EQ(doc.row(2).name, "P5");
    EXPECT_EQ(doc.row(2).bursts, "3");
    EXPECT_TRUE(doc.isValid());
}

TEST_F(ScenarioDocumentTest, MovesBlocksAndStopsAtTheEdges) {
    EXPECT_FALSE(doc.moveRows(0, 1, -1));
    EXPECT_FALSE(doc.moveRows(1, 2, +1));
    EXPECT_TRUE(doc.moveRows(1, 2, -1));
    EXPECT_EQ(doc.row(0).name, "P2");
    EXPECT_EQ(doc.row(1).name, "P3");
    EXPECT_EQ(doc.row(2).name, "P1");
    EXPECT_EQ(doc.workload()->processes[0].name, "P2");
    doc.undoStack()->undo();
    EXPECT_EQ(doc.row(0).name, "P1");
    EXPECT_TRUE(doc.moveRows(0, 1, +1));
    EXPECT_EQ(doc.row(1).name, "P1");
}

TEST_F(ScenarioDocumentTest, SettingStepsMergeIntoOneUndo) {
    doc.setCpus(2);
    doc.setCpus(3);
    EXPECT_EQ(doc.undoStack()->count(), 1);
    EXPECT_EQ(doc.workload()->cpus, 3);
    doc.setRules(engine::Rules::Ostep);
    EXPECT_EQ(doc.undoStack()->count(), 2);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    EXPECT_EQ(doc.settings().cpus, 1);
    EXPECT_EQ(doc.settings().rules, engine::Rules::Textbook);
}

TEST_F(ScenarioDocumentTest, OtherPoliciesKeepTheirParameters) {
    auto policy = doc.settings().policy;
    policy.name = "fcfs";
    doc.setPolicy(policy);
    EXPECT_EQ(doc.undoStack()->undoText(), "Use policy First come, first served");
    EXPECT_EQ(doc.workload()->policy.ticks("quantum"), 4);
    EXPECT_EQ(engine::formatPolicySpec(doc.workload()->policy), "fcfs");
}

TEST_F(ScenarioDocumentTest, SavesAndReloadsTheSameScenario) {
    QTemporaryDir dir;
    doc.setCell(0, BurstsColumn, "CPU 5, IO 3, CPU 2");
    doc.setCell(1, PriorityColumn, "-3");
    doc.setName("Saved \"copy\"");
    const QString path = dir.filePath("saved.yaml");
    QStringList messages;
    ASSERT_TRUE(doc.save(path, &messages)) << messages.join('\n').toStdString();
    EXPECT_FALSE(doc.isModified());
    EXPECT_EQ(doc.filePath(), path);

    ScenarioDocument reloaded;
    ASSERT_TRUE(reloaded.load(path));
    auto expected = doc.rows();
    expected[0].bursts = "5 3 2";  // the file holds numbers, shown in the table's own form
    EXPECT_EQ(reloaded.rows(), expected);
    EXPECT_EQ(reloaded.settings(), doc.settings());
    EXPECT_EQ(scenario::toYaml(*reloaded.workload()), scenario::toYaml(*doc.workload()));

    ASSERT_TRUE(doc.save(dir.filePath("saved.json")));
    ASSERT_TRUE(reloaded.load(dir.filePath("saved.json")));
    EXPECT_EQ(reloaded.rows(), expected);
}

TEST_F(ScenarioDocumentTest, InvalidDocumentIsNotSaved) {
    QTemporaryDir dir;
    doc.setCell(1, ArrivalColumn, "soon");
    QStringList messages;
    EXPECT_FALSE(doc.save(dir.filePath("bad.yaml"), &messages));
    EXPECT_EQ(messages, QStringList{"row 2, arrival: arrival must be a whole number, not 'soon'"});
    EXPECT_FALSE(QFile::exists(dir.filePath("bad.yaml")));
}

TEST_F(ScenarioDocumentTest, FailedLoadKeepsTheDocument) {
    QTemporaryDir dir;
    const QString path = dir.filePath("broken.yaml");
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("processes:\n  - {name: A, arrival: x, bursts: [1]}\n");
    file.close();
    doc.setCell(0, ArrivalColumn, "2");
    QStringList messages;
    EXPECT_FALSE(doc.load(path, &messages));
    EXPECT_EQ(messages,
              QStringList{path + ":2:24: error: arrival must be a whole number, not 'x'"});
    EXPECT_EQ(doc.cell(0, ArrivalColumn), "2");
    EXPECT_TRUE(doc.isModified());
    EXPECT_FALSE(doc.load(dir.filePath("missing.yaml"), &messages));
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages.first().contains("cannot read"));
}

}  // namespace
}  // namespace schedlab::models
