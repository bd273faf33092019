// RealRunner and RealErrorModel: a real run off the GUI thread (lockstep, short), one row per
// process, Cancel, one run at a time; the table checked by QAbstractItemModelTester.

#include "models/real_runner.hpp"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include "engine/policy_spec.hpp"
#include "engine/simulation.hpp"
#include "models/real_error_model.hpp"

namespace schedlab::models {
namespace {

engine::Workload shortWorkload(engine::Tick longBurst = 4) {
    engine::Workload w;
    w.name = "Short";
    w.policy = *engine::parsePolicySpec("rr:quantum=2").policy;
    w.processes = {{"A", 0, 0, {longBurst, 2, 2}}, {"B", 1, 0, {3}}};
    return w;
}

TEST(RealRunnerTest, RunsOffTheGuiThreadAndFillsTheErrorTable) {
    RealRunner runner;
    QSignalSpy finished(&runner, &RealRunner::finished);
    QSignalSpy progress(&runner, &RealRunner::progress);
    ASSERT_TRUE(runner.start(shortWorkload(), real::RealMode::Lockstep, 5));
    EXPECT_TRUE(runner.isRunning());
    EXPECT_FALSE(runner.start(shortWorkload(), real::RealMode::Lockstep, 5));  // one at a time
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_FALSE(runner.isRunning());
    EXPECT_GE(progress.count(), 1);
    ASSERT_TRUE(runner.result());
    // Lockstep keeping the order is checked in real_tests, which run alone.

    RealErrorModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setResult(runner.result());
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.data(model.index(1, RealErrorModel::Name)).toString(), "B");
    // B: A 0-2, B 2-4, A 4-6, B 6-7 in ticks of 5 ms.
    EXPECT_DOUBLE_EQ(
        model.data(model.index(1, RealErrorModel::CompletionSimulated), RealErrorModel::kValueRole)
            .toDouble(),
        35.0);
    // The error is what the table says it is: real minus simulated. (Bounds on the error are
    // checked in real_tests, which run alone; this test runs beside others.)
    auto value = [&](int column) {
        return model.data(model.index(1, column), RealErrorModel::kValueRole).toDouble();
    };
    EXPECT_NEAR(value(RealErrorModel::CompletionError),
                value(RealErrorModel::CompletionReal) - value(RealErrorModel::CompletionSimulated),
                1e-6);
    EXPECT_EQ(model.headerData(RealErrorModel::CompletionReal, Qt::Horizontal).toString(),
              "Completion (real)");
    model.setResult(nullptr);
    EXPECT_EQ(model.rowCount(), 0);
}

// #13: a cancel is reported as cancelled, not as a failure.
TEST(RealRunnerTest, CancelEndsTheRunAsCancelled) {
    RealRunner runner;
    QSignalSpy failed(&runner, &RealRunner::failed);
    QSignalSpy cancelled(&runner, &RealRunner::cancelled);
    QSignalSpy finished(&runner, &RealRunner::finished);
    QObject::connect(&runner, &RealRunner::progress, &runner, [&runner] { runner.cancel(); });
    ASSERT_TRUE(runner.start(shortWorkload(60), real::RealMode::Dispatch, 10));
    ASSERT_TRUE(cancelled.wait(20000));
    EXPECT_EQ(failed.count(), 0);
    EXPECT_EQ(finished.count(), 0);
    EXPECT_FALSE(runner.isRunning());
    EXPECT_FALSE(runner.result());
}

TEST(RealRunnerTest, RefusalsComeBackAsFailures) {
    RealRunner runner;
    QSignalSpy failed(&runner, &RealRunner::failed);
    auto workload = shortWorkload();
    workload.cpus = 2;
    ASSERT_TRUE(runner.start(workload, real::RealMode::Kernel, 10));
    ASSERT_TRUE(failed.wait(20000));
    EXPECT_TRUE(failed.first().first().toString().contains("cpus: 1"));
}

}  // namespace
}  // namespace schedlab::models
