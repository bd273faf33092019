// ScenarioEditor: the toolbar's row commands, selection following them, and the problems line.

#include "ui/scenario_editor.hpp"

#include <gtest/gtest.h>

#include <QAction>
#include <QLabel>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

#include "models/process_table_model.hpp"
#include "models/scenario_document.hpp"

namespace schedlab::ui {
namespace {

class ScenarioEditorTest : public ::testing::Test {
protected:
    models::ScenarioDocument doc;  // P1, P2, P3
    ScenarioEditor editor{&doc};

    QToolButton* button(QAction* action) {
        auto* bar = editor.findChild<QToolBar*>();
        return bar ? qobject_cast<QToolButton*>(bar->widgetForAction(action)) : nullptr;
    }
    void selectRow(int row) { editor.tableView()->selectRow(row); }
    QString problemsText() { return editor.findChild<QLabel*>("problemsLabel")->text(); }
};

TEST_F(ScenarioEditorTest, ClickingAddAddsARowAndSelectsIt) {
    editor.show();
    QToolButton* add = button(editor.addRowAction());
    ASSERT_NE(add, nullptr);
    QTest::mouseClick(add, Qt::LeftButton);
    EXPECT_EQ(doc.rowCount(), 4);
    EXPECT_EQ(doc.row(3).name, "P4");
    EXPECT_EQ(editor.selectedRows(), QList<int>{3});
    EXPECT_EQ(doc.undoStack()->undoText(), "Add process P4");
}

TEST_F(ScenarioEditorTest, AddGoesAfterTheSelection) {
    selectRow(0);
    editor.addRowAction()->trigger();
    EXPECT_EQ(doc.row(1).name, "P4");
    EXPECT_EQ(editor.selectedRows(), QList<int>{1});
}

TEST_F(ScenarioEditorTest, ActionsFollowTheSelection) {
    editor.tableView()->clearSelection();
    EXPECT_FALSE(editor.removeRowsAction()->isEnabled());
    EXPECT_FALSE(editor.moveUpAction()->isEnabled());
    selectRow(0);
    EXPECT_TRUE(editor.removeRowsAction()->isEnabled());
    EXPECT_FALSE(editor.moveUpAction()->isEnabled());
    EXPECT_TRUE(editor.moveDownAction()->isEnabled());
}

TEST_F(ScenarioEditorTest, RemoveDuplicateAndMove) {
    selectRow(1);
    editor.moveUpAction()->trigger();
    EXPECT_EQ(doc.row(0).name, "P2");
    EXPECT_EQ(editor.selectedRows(), QList<int>{0});
    editor.duplicateRowsAction()->trigger();
    EXPECT_EQ(doc.row(1).name, "P4");
    EXPECT_EQ(editor.selectedRows(), QList<int>{1});
    editor.removeRowsAction()->trigger();
    EXPECT_EQ(doc.rowCount(), 3);
    EXPECT_EQ(doc.row(1).name, "P1");
    doc.undoStack()->undo();
    EXPECT_EQ(doc.row(1).name, "P4");
}

TEST_F(ScenarioEditorTest, EditingACellGoesThroughTheModel) {
    auto* model = editor.model();
    model->setData(model->index(0, models::ArrivalColumn), "later");
    EXPECT_TRUE(problemsText().contains("arrival must be a whole number, not 'later'"));
    EXPECT_TRUE(problemsText().contains("Row 1, Arrival"));
    doc.undoStack()->undo();
    EXPECT_EQ(problemsText(), "No problems.");
}

}  // namespace
}  // namespace schedlab::ui
