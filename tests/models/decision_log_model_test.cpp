// DecisionLogModel: rows are the decisions up to now, inserted and removed as time moves; the
// translated sentences read exactly as engine::explain in English.

#include "models/decision_log_model.hpp"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <filesystem>

#include "engine/explain.hpp"
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
    w.policy = engine::parsePolicySpec("rr:quantum=4").policy.value();
    w.processes = {{"P1", 0, 0, {24}}, {"P2", 0, 0, {3}}, {"P3", 0, 0, {3}}};
    return runOf(w);
}

int decisionsUpTo(const Run& run, engine::Tick t) {
    return static_cast<int>(std::count_if(run.result.decisions.begin(), run.result.decisions.end(),
                                          [t](const auto& d) { return d.time <= t; }));
}

class DecisionLogModelTest : public ::testing::Test {
protected:
    DecisionLogModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};

    QString row(int r) const { return model.index(r).data().toString(); }
};

TEST_F(DecisionLogModelTest, ShowsTheDecisionsUpToNow) {
    auto run = textbookRr();
    model.setRun(run);
    model.setTime(10);
    ASSERT_EQ(model.rowCount(), decisionsUpTo(*run, 10));
    EXPECT_EQ(row(0), "t=0: CPU 0 runs P1 (first in the ready queue)");
    EXPECT_EQ(row(model.rowCount() - 1), "t=10: CPU 0 runs P1 (first in the ready queue)");
    EXPECT_TRUE(model.index(model.rowCount() - 1).data(DecisionLogModel::CurrentRole).toBool());
    EXPECT_TRUE(model.index(model.rowCount() - 1).data(Qt::FontRole).value<QFont>().bold());
    EXPECT_FALSE(model.index(0).data(DecisionLogModel::CurrentRole).toBool());
    EXPECT_EQ(model.index(0).data(DecisionLogModel::TimeRole).toLongLong(), 0);
}

TEST_F(DecisionLogModelTest, RowsFollowTimeBothWays) {
    auto run = textbookRr();
    model.setRun(run);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.setTime(4);
    EXPECT_EQ(model.rowCount(), decisionsUpTo(*run, 4));
    model.setTime(30);
    EXPECT_EQ(model.rowCount(), static_cast<int>(run->result.decisions.size()));
    model.setTime(7);
    EXPECT_EQ(model.rowCount(), decisionsUpTo(*run, 7));
    EXPECT_EQ(inserted.count(), 2);  // 0 -> 4 and 4 -> 30
    EXPECT_EQ(removed.count(), 1);   // 30 -> 7
    model.setTime(8);                // no decision between 7 and 8
    EXPECT_EQ(model.rowCount(), decisionsUpTo(*run, 8));
}

TEST_F(DecisionLogModelTest, SentencesReadAsTheEngineExplainsThem) {
    const char* specs[] = {"fcfs",
                           "sjf",
                           "srtf",
                           "priority",
                           "priority-p:aging=3",
                           "hrrn",
                           "rr:quantum=2",
                           "mlfq",
                           "mlfq:quanta=2/4/8,boost=20"};
    int checked = 0;
    for (const auto& entry :
         std::filesystem::directory_iterator(SCHEDLAB_SOURCE_DIR "/scenarios")) {
        if (!entry.is_regular_file()) {
            continue;   // scenarios/lessons/: programs, checked in scenario_tests
        }
        auto loaded = scenario::loadScenarioFile(entry.path().string());
        ASSERT_TRUE(loaded.workload) << entry.path();
        for (const char* spec : specs) {
            engine::Workload w = *loaded.workload;
            w.policy = engine::parsePolicySpec(spec).policy.value();
            auto run = runOf(w);
            for (const auto& d : run->result.decisions) {
                ASSERT_EQ(DecisionLogModel::describe(d, run->workload).toStdString(),
                          engine::explain(d, run->workload));
                ++checked;
            }
        }
    }
    EXPECT_GT(checked, 1000);
}

TEST_F(DecisionLogModelTest, ANewRunResetsTheRows) {
    model.setRun(textbookRr());
    model.setTime(30);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setRun(nullptr);
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(model.rowCount(), 0);
}

}  // namespace
}  // namespace schedlab::models
