// ProcessTableModel: Qt's model tester through every kind of change, undo and redo included.

#include "models/process_table_model.hpp"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>

#include "models/scenario_document.hpp"

namespace schedlab::models {
namespace {

class ProcessTableModelTest : public ::testing::Test {
protected:
    ScenarioDocument doc;  // the default: P1 24, P2 3, P3 3
    ProcessTableModel model{&doc};
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};

    QString name(int row) const { return model.index(row, NameColumn).data().toString(); }
};

TEST_F(ProcessTableModelTest, ShowsTheCellsWithHeaders) {
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.columnCount(), 4);
    EXPECT_EQ(model.headerData(0, Qt::Horizontal).toString(), "Name");
    EXPECT_EQ(model.headerData(3, Qt::Horizontal).toString(), "Bursts");
    EXPECT_EQ(model.headerData(0, Qt::Vertical).toInt(), 1);
    EXPECT_EQ(model.index(0, BurstsColumn).data().toString(), "24");
    EXPECT_TRUE(model.flags(model.index(0, 0)) & Qt::ItemIsEditable);
}

TEST_F(ProcessTableModelTest, SetDataIsAnUndoableEdit) {
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(model.setData(model.index(1, ArrivalColumn), "7"));
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(doc.cell(1, ArrivalColumn), "7");
    EXPECT_EQ(doc.undoStack()->undoText(), "Edit arrival of P2");
    doc.undoStack()->undo();
    EXPECT_EQ(model.index(1, ArrivalColumn).data().toString(), "0");
}

TEST_F(ProcessTableModelTest, InvalidCellsAreMarked) {
    const QModelIndex arrival = model.index(1, ArrivalColumn);
    EXPECT_TRUE(arrival.data(ProcessTableModel::ProblemRole).toString().isEmpty());
    EXPECT_FALSE(arrival.data(Qt::BackgroundRole).isValid());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setData(arrival, "abc");
    EXPECT_GE(changed.count(), 2);  // the cell, then the problem marks
    const QString message = "arrival must be a whole number, not 'abc'";
    EXPECT_EQ(arrival.data(ProcessTableModel::ProblemRole).toString(), message);
    EXPECT_EQ(arrival.data(Qt::ToolTipRole).toString(), message);
    EXPECT_TRUE(arrival.data(Qt::BackgroundRole).isValid());
    EXPECT_TRUE(arrival.data(Qt::ForegroundRole).isValid());
    EXPECT_TRUE(
        model.index(1, NameColumn).data(ProcessTableModel::ProblemRole).toString().isEmpty());
}

TEST_F(ProcessTableModelTest, InsertAndRemoveThroughUndoAndRedo) {
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    doc.addRow(0);
    ASSERT_EQ(inserted.count(), 1);
    EXPECT_EQ(inserted.first().at(1).toInt(), 1);
    EXPECT_EQ(name(1), "P4");
    doc.removeRows({0, 2, 3});
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(removed.count(), 2);  // blocks [2, 3] and [0]
    EXPECT_EQ(name(0), "P4");
    doc.undoStack()->undo();
    EXPECT_EQ(model.rowCount(), 4);
    EXPECT_EQ(name(0), "P1");
    EXPECT_EQ(name(3), "P3");
    doc.undoStack()->undo();
    EXPECT_EQ(model.rowCount(), 3);
    doc.undoStack()->redo();
    doc.undoStack()->redo();
    EXPECT_EQ(model.rowCount(), 1);
}

TEST_F(ProcessTableModelTest, MovesUpAndDownWithMoveSignals) {
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    ASSERT_TRUE(doc.moveRows(0, 1, +1));
    EXPECT_EQ(moved.count(), 1);
    EXPECT_EQ(name(0), "P2");
    EXPECT_EQ(name(1), "P1");
    ASSERT_TRUE(doc.moveRows(1, 2, -1));  // P1, P3 up past P2
    EXPECT_EQ(name(0), "P1");
    EXPECT_EQ(name(1), "P3");
    EXPECT_EQ(name(2), "P2");
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    EXPECT_EQ(name(0), "P1");
    EXPECT_EQ(name(2), "P3");
    doc.undoStack()->redo();
    EXPECT_EQ(name(0), "P2");
    EXPECT_EQ(moved.count(), 5);
}

TEST_F(ProcessTableModelTest, DuplicateAndLoadReset) {
    doc.duplicateRows({0, 1});
    EXPECT_EQ(model.rowCount(), 5);
    EXPECT_EQ(name(2), "P4");
    EXPECT_EQ(name(3), "P5");
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    ASSERT_TRUE(doc.load(QString(SCHEDLAB_SOURCE_DIR) + "/scenarios/classroom-io.yaml"));
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(model.rowCount(), 4);
    EXPECT_EQ(name(0), "editor");
    EXPECT_EQ(model.index(0, BurstsColumn).data().toString(), "2 6 2 6 2 6 2");
    EXPECT_EQ(doc.undoStack()->count(), 0);
}

}  // namespace
}  // namespace schedlab::models
