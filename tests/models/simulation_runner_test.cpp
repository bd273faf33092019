// SimulationRunner: results arrive off the GUI thread, the newest start wins, cancel stops a
// large run, bad workloads fail with a message.

#include "models/simulation_runner.hpp"

#include <gtest/gtest.h>

#include <QSignalSpy>

#include "engine/policy_spec.hpp"
#include "runner_test_support.hpp"

namespace schedlab::models {
namespace {

engine::Workload textbook(const char* spec) {
    engine::Workload w;
    w.name = "Textbook";
    w.policy = engine::parsePolicySpec(spec).policy.value();
    w.processes = {{"P1", 0, 0, {24}}, {"P2", 0, 0, {3}}, {"P3", 0, 0, {3}}};
    return w;
}

// Many processes, one after another: hundreds of thousands of engine steps.
engine::Workload large(int processes) {
    engine::Workload w;
    w.policy = engine::parsePolicySpec("rr:quantum=2").policy.value();
    w.processes.reserve(static_cast<std::size_t>(processes));
    for (int i = 0; i < processes; ++i) {
        w.processes.push_back({"P" + std::to_string(i), i, 0, {5, 2, 3}});
    }
    return w;
}

TEST(SimulationRunnerTest, DeliversTheResultOfASmallWorkload) {
    SimulationRunner runner;
    QSignalSpy finished(&runner, &SimulationRunner::finished);
    runner.start(textbook("rr:quantum=4"));
    EXPECT_TRUE(runner.isRunning());
    ASSERT_TRUE(finished.wait(30000));
    auto run = runner.result();
    ASSERT_TRUE(run);
    EXPECT_EQ(run->result.policy, "rr:quantum=4");
    EXPECT_EQ(run->result.processes[2].completion, 10);
    EXPECT_EQ(run->workload.processes.size(), 3u);
    EXPECT_FALSE(runner.isRunning());
}

TEST(SimulationRunnerTest, TheNewestOfTwoQuickStartsWins) {
    SimulationRunner runner;
    QSignalSpy finished(&runner, &SimulationRunner::finished);
    QSignalSpy cancelled(&runner, &SimulationRunner::cancelled);
    runner.start(large(50000));
    runner.start(textbook("fcfs"));
    runner.start(textbook("rr:quantum=4"));
    ASSERT_TRUE(finished.wait(30000));
    ASSERT_TRUE(testing::settleWorkers());  // any stale result has arrived now... and must not
    ASSERT_EQ(finished.count(), 1);
    EXPECT_EQ(runner.result()->result.policy, "rr:quantum=4");
    EXPECT_EQ(cancelled.count(), 0);
}

TEST(SimulationRunnerTest, CancelStopsALargeRun) {
    SimulationRunner runner;
    QSignalSpy progress(&runner, &SimulationRunner::progress);
    QSignalSpy cancelled(&runner, &SimulationRunner::cancelled);
    QSignalSpy finished(&runner, &SimulationRunner::finished);
    runner.start(large(200000));
    ASSERT_TRUE(progress.wait(60000));  // the GUI thread keeps running while it works
    runner.cancel();
    ASSERT_TRUE(cancelled.count() == 1 || cancelled.wait(60000));
    EXPECT_EQ(cancelled.count(), 1);
    EXPECT_EQ(finished.count(), 0);
    EXPECT_FALSE(runner.isRunning());
}

// With a run that would take years, getting past reset() proves the destructor stopped the
// worker (one that waited without cancelling would hang here, and ctest's TIMEOUT fails it);
// afterwards no worker is left and nothing arrives.
TEST(SimulationRunnerTest, DestroyingTheRunnerStopsItsWorker) {
    auto runner = std::make_unique<SimulationRunner>();
    QSignalSpy progress(runner.get(), &SimulationRunner::progress);
    QSignalSpy finished(runner.get(), &SimulationRunner::finished);
    QSignalSpy cancelled(runner.get(), &SimulationRunner::cancelled);
    QSignalSpy failed(runner.get(), &SimulationRunner::failed);
    runner->start(testing::endlessWorkload());
    ASSERT_TRUE(progress.wait(60000));  // the worker is inside the engine's loop
    EXPECT_EQ(progress.at(0).at(0).toInt(), 0);
    runner.reset();
    ASSERT_TRUE(testing::settleWorkers());
    EXPECT_EQ(progress.count(), 1);
    EXPECT_EQ(finished.count(), 0);
    EXPECT_EQ(cancelled.count(), 0);  // a destroyed runner emits nothing
    EXPECT_EQ(failed.count(), 0);
}

TEST(SimulationRunnerTest, AnInvalidWorkloadFails) {
    SimulationRunner runner;
    QSignalSpy failed(&runner, &SimulationRunner::failed);
    engine::Workload w = textbook("fcfs");
    w.processes[1].bursts = {3, 2};  // must end with a CPU burst
    runner.start(w);
    ASSERT_TRUE(failed.wait(30000));
    const QString message = failed.at(0).at(0).toString();
    EXPECT_TRUE(message.contains("process 'P2'")) << message.toStdString();
    EXPECT_TRUE(message.contains("end with a CPU burst")) << message.toStdString();
}

}  // namespace
}  // namespace schedlab::models
