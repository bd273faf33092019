// CompareRunner: one summary per policy, computed off the GUI thread, equal to simulate()'s;
// a newer start() supersedes an older one.

#include "models/compare_runner.hpp"

#include <gtest/gtest.h>

#include <QSignalSpy>

#include "engine/policy_spec.hpp"
#include "engine/simulation.hpp"
#include "runner_test_support.hpp"

namespace schedlab::models {
namespace {

engine::Workload textbook() {
    engine::Workload w;
    w.name = "Textbook";
    for (auto [name, burst] : {std::pair{"P1", 24}, std::pair{"P2", 3}, std::pair{"P3", 3}}) {
        engine::ProcessSpec p;
        p.name = name;
        p.bursts = {burst};
        w.processes.push_back(p);
    }
    return w;
}

std::vector<engine::PolicyConfig> policies(std::initializer_list<const char*> specs) {
    std::vector<engine::PolicyConfig> out;
    for (const char* spec : specs) {
        out.push_back(*engine::parsePolicySpec(spec).policy);
    }
    return out;
}

TEST(CompareRunnerTest, OneSummaryPerPolicyAsSimulateGives) {
    CompareRunner runner;
    QSignalSpy finished(&runner, &CompareRunner::finished);
    runner.start(textbook(), policies({"fcfs", "rr:quantum=4"}));
    EXPECT_TRUE(runner.isRunning());
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_FALSE(runner.isRunning());
    ASSERT_EQ(runner.result().size(), 2u);
    EXPECT_EQ(runner.result()[1].policy, "rr:quantum=4");
    EXPECT_NEAR(runner.result()[1].summary.avgWaiting, 17.0 / 3.0, 1e-9);
    EXPECT_EQ(runner.result()[1].summary.contextSwitches, 3);
    auto fcfs = textbook();
    EXPECT_DOUBLE_EQ(runner.result()[0].summary.avgWaiting,
                     engine::simulate(fcfs).summary.avgWaiting);
}

TEST(CompareRunnerTest, ANewerStartSupersedesTheOlder) {
    CompareRunner runner;
    QSignalSpy finished(&runner, &CompareRunner::finished);
    runner.start(textbook(), policies({"fcfs"}));
    runner.start(textbook(), policies({"sjf", "srtf", "hrrn"}));
    ASSERT_TRUE(finished.wait(20000));
    ASSERT_TRUE(testing::settleWorkers());  // the older result has arrived now... and must not
    EXPECT_EQ(finished.count(), 1);
    EXPECT_EQ(runner.result().size(), 3u);
}

// #13: a cancelled comparison says so (it used to emit nothing).
TEST(CompareRunnerTest, CancelStopsTheComparisonAndSaysSo) {
    CompareRunner runner;
    QSignalSpy finished(&runner, &CompareRunner::finished);
    QSignalSpy failed(&runner, &CompareRunner::failed);
    QSignalSpy cancelled(&runner, &CompareRunner::cancelled);
    runner.start(testing::endlessWorkload(), policies({"rr:quantum=1", "fcfs"}));
    runner.cancel();
    ASSERT_TRUE(testing::settleWorkers());  // years of work: returning means it was cancelled
    EXPECT_FALSE(runner.isRunning());
    EXPECT_EQ(finished.count(), 0);
    EXPECT_EQ(failed.count(), 0);
    EXPECT_EQ(cancelled.count(), 1);
    EXPECT_TRUE(runner.result().empty());
}

// As for SimulationRunner: getting past reset() with years of work queued proves the destructor
// stopped the worker; afterwards no worker is left and nothing arrives.
TEST(CompareRunnerTest, DestroyingTheRunnerStopsItsWorker) {
    auto runner = std::make_unique<CompareRunner>();
    QSignalSpy finished(runner.get(), &CompareRunner::finished);
    QSignalSpy failed(runner.get(), &CompareRunner::failed);
    runner->start(testing::endlessWorkload(), policies({"rr:quantum=1", "srtf", "mlfq"}));
    runner.reset();
    ASSERT_TRUE(testing::settleWorkers());
    EXPECT_EQ(finished.count(), 0);
    EXPECT_EQ(failed.count(), 0);
}

}  // namespace
}  // namespace schedlab::models
