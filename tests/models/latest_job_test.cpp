// LatestJob (#13): the one "newest job wins" helper of every runner. A job ends in exactly one of
// finished, cancelled or failed; a superseded job ends in nothing; progress arrives on the GUI
// thread.

#include "models/latest_job.hpp"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QThread>
#include <future>
#include <stdexcept>

#include "runner_test_support.hpp"

namespace schedlab::models {
namespace {

class IntJob : public LatestJob<int> {
public:
    using LatestJob::run;
};

// Work that waits until its job is asked to stop, then returns `value` all the same.
IntJob::Work untilCancelled(int value) {
    return [value](JobControl& job) -> std::optional<int> {
        job.progress(0, 1);
        while (!job.cancelRequested()) {
            QThread::yieldCurrentThread();
        }
        job.progress(1, 1);  // too late: the job is over as far as the GUI knows
        return value;
    };
}

struct Spies {
    explicit Spies(IntJob& job)
        : started(&job, &IntJob::started), progress(&job, &IntJob::progress),
          finished(&job, &IntJob::finished), cancelled(&job, &IntJob::cancelled),
          failed(&job, &IntJob::failed) {}
    qsizetype ends() const { return finished.count() + cancelled.count() + failed.count(); }
    QSignalSpy started, progress, finished, cancelled, failed;
};

TEST(LatestJobTest, FinishedKeepsTheOutcome) {
    IntJob runner;
    Spies spies(runner);
    runner.run([](JobControl&) { return std::optional<int>(42); });
    EXPECT_TRUE(runner.isRunning());
    ASSERT_TRUE(spies.finished.wait(30000));
    EXPECT_EQ(runner.result(), 42);
    EXPECT_FALSE(runner.isRunning());
    EXPECT_EQ(spies.started.count(), 1);
    ASSERT_TRUE(testing::settleWorkers());
    EXPECT_EQ(spies.ends(), 1);
}

TEST(LatestJobTest, CancelEndsInCancelledEvenWhenTheWorkReturnsAValue) {
    IntJob runner;
    Spies spies(runner);
    runner.run(untilCancelled(7));
    ASSERT_TRUE(spies.progress.wait(30000));  // the worker is running
    runner.cancel();
    ASSERT_TRUE(spies.cancelled.wait(30000));
    ASSERT_TRUE(testing::settleWorkers());
    EXPECT_EQ(spies.ends(), 1);
    EXPECT_EQ(runner.result(), 0);  // the cancelled outcome is dropped
    EXPECT_EQ(spies.progress.count(), 1);  // nothing after the cancel
}

TEST(LatestJobTest, WorkThatStopsEarlyIsCancelled) {
    IntJob runner;
    Spies spies(runner);
    runner.run([](JobControl&) { return std::optional<int>(); });
    ASSERT_TRUE(spies.cancelled.wait(30000));
    ASSERT_TRUE(testing::settleWorkers());
    EXPECT_EQ(spies.ends(), 1);
}

TEST(LatestJobTest, ANewerJobSupersedesTheOlderWhichEndsInNothing) {
    IntJob runner;
    Spies spies(runner);
    runner.run(untilCancelled(1));
    ASSERT_TRUE(spies.progress.wait(30000));
    runner.run([](JobControl&) { return std::optional<int>(2); });
    ASSERT_TRUE(spies.finished.wait(30000));
    ASSERT_TRUE(testing::settleWorkers());  // the older outcome has arrived now... and must not
    EXPECT_EQ(runner.result(), 2);
    EXPECT_EQ(spies.started.count(), 2);
    EXPECT_EQ(spies.ends(), 1);
    EXPECT_EQ(spies.progress.count(), 1);  // the first job's (0, 1) only
}

TEST(LatestJobTest, ProgressArrivesOnTheGuiThreadOncePerChange) {
    IntJob runner;
    Spies spies(runner);
    QList<QThread*> threads;
    QObject::connect(
        &runner, &IntJob::progress, &runner,
        [&threads](int, int) { threads.append(QThread::currentThread()); }, Qt::DirectConnection);
    runner.run([](JobControl& job) {
        for (int done : {1, 2, 2, 3}) {
            job.progress(done, 3);
        }
        return std::optional<int>(3);
    });
    ASSERT_TRUE(spies.finished.wait(30000));
    ASSERT_EQ(spies.progress.count(), 3);
    EXPECT_EQ(spies.progress.at(2).at(0).toInt(), 3);
    EXPECT_EQ(spies.progress.at(2).at(1).toInt(), 3);
    for (QThread* thread : threads) {
        EXPECT_EQ(thread, runner.thread());
    }
}

TEST(LatestJobTest, FailAndExceptionsEndInFailed) {
    IntJob runner;
    Spies spies(runner);
    runner.run([](JobControl& job) {
        job.fail("the input is wrong");
        return std::optional<int>();
    });
    ASSERT_TRUE(spies.failed.wait(30000));
    EXPECT_EQ(spies.failed.at(0).at(0).toString(), "the input is wrong");
    runner.run([](JobControl&) -> std::optional<int> { throw std::runtime_error("no memory"); });
    ASSERT_TRUE(spies.failed.wait(30000));
    EXPECT_TRUE(spies.failed.at(1).at(0).toString().contains("no memory"));
    ASSERT_TRUE(testing::settleWorkers());
    EXPECT_EQ(spies.ends(), 2);
    EXPECT_EQ(runner.result(), 0);
}

// Getting past reset() proves the destructor stopped the worker (one that waited without
// cancelling would hang here, and ctest's TIMEOUT fails it); a destroyed runner emits nothing.
TEST(LatestJobTest, DestroyingTheRunnerStopsItsWorker) {
    auto runner = std::make_unique<IntJob>();
    Spies spies(*runner);
    runner->run(untilCancelled(1));
    ASSERT_TRUE(spies.progress.wait(30000));
    runner.reset();
    ASSERT_TRUE(testing::settleWorkers());
    EXPECT_EQ(spies.ends(), 0);
}

}  // namespace
}  // namespace schedlab::models
