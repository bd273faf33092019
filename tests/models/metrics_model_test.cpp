// MetricsModel: the textbook round robin at chosen instants, waiting accumulated up to now,
// the average row, and Qt's model tester through run and time changes.

#include "models/metrics_model.hpp"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QFont>
#include <filesystem>

#include "engine/policy_spec.hpp"
#include "engine/simulation.hpp"
#include "scenario/scenario_io.hpp"

namespace schedlab::models {
namespace {

RunPtr runOf(engine::Workload workload) {
    auto result = engine::simulate(workload);
    return std::make_shared<const Run>(Run{std::move(workload), std::move(result)});
}

RunPtr textbookRr() {
    engine::Workload w;
    w.name = "Textbook round robin";
    w.policy = engine::parsePolicySpec("rr:quantum=4").policy.value();
    w.processes = {{"P1", 0, 0, {24}}, {"P2", 0, 0, {3}}, {"P3", 0, 0, {3}}};
    return runOf(w);
}

class MetricsModelTest : public ::testing::Test {
protected:
    MetricsModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};

    QString cell(int row, int column) const { return model.index(row, column).data().toString(); }
};

TEST_F(MetricsModelTest, TextbookRoundRobinAtTimeTen) {
    model.setRun(textbookRr());
    model.setTime(10);
    ASSERT_EQ(model.rowCount(), 4);
    ASSERT_EQ(model.columnCount(), MetricsModel::ColumnCount);
    EXPECT_EQ(cell(2, MetricsModel::Name), "P3");
    EXPECT_EQ(cell(2, MetricsModel::Completion), "10");
    EXPECT_EQ(cell(2, MetricsModel::Turnaround), "10");
    EXPECT_EQ(cell(0, MetricsModel::Completion), "\u2013");
    EXPECT_EQ(cell(0, MetricsModel::Turnaround), "\u2013");
    EXPECT_EQ(cell(0, MetricsModel::FirstRun), "0");
    EXPECT_EQ(cell(1, MetricsModel::Response), "4");
    EXPECT_EQ(cell(0, MetricsModel::Waiting), "6");  // ready during [4, 10)
    EXPECT_EQ(cell(1, MetricsModel::Waiting), "4");
    EXPECT_EQ(cell(2, MetricsModel::Waiting), "7");
    EXPECT_EQ(cell(0, MetricsModel::Cpu), "24");
    EXPECT_EQ(cell(0, MetricsModel::Io), "0");
}

TEST_F(MetricsModelTest, TextbookRoundRobinEarlyAndAtTheEnd) {
    model.setRun(textbookRr());
    model.setTime(5);
    EXPECT_EQ(cell(2, MetricsModel::FirstRun), "\u2013");
    EXPECT_EQ(cell(2, MetricsModel::Response), "\u2013");
    EXPECT_EQ(cell(2, MetricsModel::Waiting), "5");
    EXPECT_EQ(cell(0, MetricsModel::Waiting), "1");
    model.setTime(30);
    EXPECT_EQ(cell(0, MetricsModel::Completion), "30");
    EXPECT_EQ(cell(0, MetricsModel::Waiting), "6");
    EXPECT_EQ(cell(0, MetricsModel::Turnaround), "30");
}

TEST_F(MetricsModelTest, TheAverageRowIsLastAndBold) {
    model.setRun(textbookRr());
    model.setTime(30);
    int avg = model.averageRow();
    EXPECT_EQ(avg, 3);
    EXPECT_EQ(cell(avg, MetricsModel::Name), "Average");
    EXPECT_EQ(cell(avg, MetricsModel::Response), "3.67");
    EXPECT_EQ(cell(avg, MetricsModel::Turnaround), "15.67");
    EXPECT_EQ(cell(avg, MetricsModel::Waiting), "5.67");
    EXPECT_EQ(cell(avg, MetricsModel::Arrival), "");
    EXPECT_TRUE(model.index(avg, 0).data(Qt::FontRole).value<QFont>().bold());
    EXPECT_TRUE(model.index(avg, 0).data(MetricsModel::IsAverageRole).toBool());
    EXPECT_FALSE(model.index(0, 0).data(MetricsModel::IsAverageRole).toBool());
}

TEST_F(MetricsModelTest, SortRoleIsNumericWithUnknownLast) {
    model.setRun(textbookRr());
    model.setTime(10);
    auto sortValue = [&](int row, int column) {
        return model.index(row, column).data(MetricsModel::SortRole);
    };
    EXPECT_EQ(sortValue(2, MetricsModel::Completion).toLongLong(), 10);
    EXPECT_GT(sortValue(0, MetricsModel::Completion).toLongLong(), 1000000);
    EXPECT_EQ(sortValue(1, MetricsModel::Name).toString(), "P2");
}

TEST_F(MetricsModelTest, WaitingAtTheEndIsTheFinalWaitingForEveryScenario) {
    for (const auto& entry :
         std::filesystem::directory_iterator(SCHEDLAB_SOURCE_DIR "/scenarios")) {
        if (!entry.is_regular_file()) {
            continue;   // scenarios/lessons/: programs, checked in scenario_tests
        }
        auto loaded = scenario::loadScenarioFile(entry.path().string());
        ASSERT_TRUE(loaded.workload) << entry.path();
        auto run = runOf(*loaded.workload);
        model.setRun(run);
        model.setTime(run->result.summary.end);
        for (engine::Pid p = 0; p < run->result.processes.size(); ++p) {
            EXPECT_EQ(model.waitingAt(p, run->result.summary.end), run->result.processes[p].waiting)
                << entry.path() << " " << p;
            EXPECT_EQ(cell(int(p), MetricsModel::Waiting).toLongLong(),
                      run->result.processes[p].waiting);
        }
    }
}

TEST_F(MetricsModelTest, NoRunMeansNoRows) {
    EXPECT_EQ(model.rowCount(), 0);
    model.setRun(textbookRr());
    model.setRun(nullptr);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.averageRow(), -1);
}

// #12: at t = 8 of the textbook round robin only P2 has finished: the turnaround average is
// P2's alone, the waiting average the mean of the three waiting times so far, and the row says
// "so far"; in Exercise mode the answers show as "?" and sort as equals.
TEST_F(MetricsModelTest, Issue12AveragesAreThoseOfTheRowsShown) {
    model.setRun(textbookRr());
    model.setTime(8);
    const int avg = model.averageRow();
    EXPECT_EQ(cell(avg, MetricsModel::Name), "Average so far");
    EXPECT_EQ(cell(1, MetricsModel::Turnaround), "7");
    EXPECT_EQ(cell(avg, MetricsModel::Turnaround), "7.00");
    // Waiting so far: P1 4 (ready during [4, 8)), P2 4, P3 7 (ready during [0, 7), running since).
    EXPECT_EQ(cell(avg, MetricsModel::Waiting), "5.00");
    EXPECT_EQ(cell(avg, MetricsModel::Response), "3.67");
    EXPECT_EQ(model.summaryText(), "rr:quantum=4: 3 processes, t = 8, average waiting so far 5.00");
    model.setTime(0);
    EXPECT_EQ(cell(avg, MetricsModel::Turnaround), "\u2013");
    model.setTime(30);
    EXPECT_EQ(cell(avg, MetricsModel::Name), "Average");
    EXPECT_EQ(model.summaryText(), "rr:quantum=4: 3 processes, makespan 30, average waiting 5.67");
    model.setConcealed(true);
    for (int row = 0; row <= avg; ++row) {
        for (int column :
             {MetricsModel::Response, MetricsModel::Turnaround, MetricsModel::Waiting}) {
            EXPECT_EQ(cell(row, column), "?");
            EXPECT_EQ(model.index(row, column).data(MetricsModel::SortRole).toLongLong(), 0);
        }
    }
    EXPECT_EQ(cell(0, MetricsModel::Completion), "30");
    EXPECT_EQ(model.summaryText(), "Exercise: rr:quantum=4");
}

}  // namespace
}  // namespace schedlab::models
