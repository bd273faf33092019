// CompareModel: the item model contract, values, and marking the best value of each metric.

#include "models/compare_model.hpp"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QFont>

namespace schedlab::models {
namespace {

using Column = CompareModel::Column;

engine::Summary summary(double waiting, double utilization, std::int64_t switches,
                        double throughput) {
    engine::Summary s;
    s.avgWaiting = waiting;
    s.avgTurnaround = waiting + 10;
    s.avgResponse = waiting / 2;
    s.cpuUtilization = utilization;
    s.contextSwitches = switches;
    s.throughput = throughput;
    s.maxWaiting = static_cast<engine::Tick>(waiting * 2);
    s.makespan = 40;
    return s;
}

std::vector<CompareEntry> threePolicies() {
    return {{"fcfs", summary(9.5, 0.80, 3, 0.10)},
            {"sjf", summary(4.25, 0.80, 5, 0.12)},
            {"rr:quantum=4", summary(6.0, 0.75, 11, 0.12)}};
}

bool best(const CompareModel& model, int row, int column) {
    return model.index(row, column).data(CompareModel::IsBestRole).toBool();
}

TEST(CompareModelTest, PassesTheModelTester) {
    CompareModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEntries(threePolicies());
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.columnCount(), Column::ColumnCount);
    model.setEntries({threePolicies().front()});
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(CompareModelTest, MarksTheLowestOrHighestValue) {
    CompareModel model;
    model.setEntries(threePolicies());
    EXPECT_TRUE(best(model, 1, Column::AvgWaiting));
    EXPECT_FALSE(best(model, 0, Column::AvgWaiting));
    EXPECT_FALSE(best(model, 2, Column::AvgWaiting));
    EXPECT_TRUE(best(model, 0, Column::ContextSwitches));
    // Higher is better for utilization and throughput; ties are all best.
    EXPECT_TRUE(best(model, 0, Column::CpuUtilization));
    EXPECT_TRUE(best(model, 1, Column::CpuUtilization));
    EXPECT_FALSE(best(model, 2, Column::CpuUtilization));
    EXPECT_FALSE(best(model, 0, Column::Throughput));
    EXPECT_TRUE(best(model, 1, Column::Throughput));
    EXPECT_TRUE(best(model, 2, Column::Throughput));
    // Every policy took 40 ticks: nobody is best.
    EXPECT_FALSE(best(model, 0, Column::Makespan) || best(model, 1, Column::Makespan) ||
                 best(model, 2, Column::Makespan));
    EXPECT_FALSE(best(model, 1, Column::Policy));
}

TEST(CompareModelTest, BestCellsAreBoldWithABackground) {
    CompareModel model;
    model.setEntries(threePolicies());
    const QModelIndex winner = model.index(1, Column::AvgWaiting);
    EXPECT_TRUE(winner.data(Qt::FontRole).value<QFont>().bold());
    EXPECT_TRUE(winner.data(Qt::BackgroundRole).isValid());
    const QModelIndex loser = model.index(0, Column::AvgWaiting);
    EXPECT_FALSE(loser.data(Qt::FontRole).isValid());
    EXPECT_FALSE(loser.data(Qt::BackgroundRole).isValid());
}

TEST(CompareModelTest, OnePolicyHasNothingToBeat) {
    CompareModel model;
    model.setEntries({threePolicies().front()});
    for (int column = Column::AvgWaiting; column < Column::ColumnCount; ++column) {
        EXPECT_FALSE(best(model, 0, column));
    }
}

TEST(CompareModelTest, ShowsValuesReadably) {
    CompareModel model;
    model.setEntries(threePolicies());
    EXPECT_EQ(model.index(2, Column::Policy).data().toString(), "rr:quantum=4");
    EXPECT_EQ(model.index(1, Column::AvgWaiting).data().toString(), "4.25");
    EXPECT_EQ(model.index(2, Column::CpuUtilization).data().toString(), "75.0 %");
    EXPECT_EQ(model.index(2, Column::ContextSwitches).data().toString(), "11");
    EXPECT_DOUBLE_EQ(
        model.index(2, Column::CpuUtilization).data(CompareModel::ValueRole).toDouble(), 0.75);
    EXPECT_EQ(model.headerData(Column::AvgWaiting, Qt::Horizontal).toString(), "Avg waiting");
    EXPECT_FALSE(model.headerData(Column::Throughput, Qt::Horizontal, Qt::ToolTipRole).isNull());
}

}  // namespace
}  // namespace schedlab::models
