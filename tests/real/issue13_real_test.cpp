// Issue #13: one real run at a time on the machine, the RR timeslice written back only over the
// value this run set, a killed guard noticed, and a limit message precise enough to read.

#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/file.h>
#include <unistd.h>

#include <fstream>

#include "real/system.hpp"
#include "real_test_support.hpp"

namespace schedlab::real {
namespace {

using testing::allGone;
using testing::makeWorkload;
using testing::rrTimeslice;

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

/// About 600 ms of CPU under rr at 10 ms ticks, with a 20 ms timeslice (rr:quantum=2).
engine::Workload rrWorkload() {
    return makeWorkload("rr:quantum=2", {{"A", 0, {30}}, {"B", 0, {30}}});
}

void writeTimeslice(long long ms) {
    std::ofstream(kRrTimeslicePath) << ms << "\n";
}

TEST(Issue13Real, OneRealRunAtATimeOnTheMachine) {
    int fd = open(kRealLockPath, O_RDONLY | O_CREAT | O_CLOEXEC, 0644);
    ASSERT_GE(fd, 0);
    ASSERT_EQ(flock(fd, LOCK_EX | LOCK_NB), 0);  // as another run would hold it
    auto outcome = runReal(rrWorkload(), {});
    close(fd);
    ASSERT_FALSE(outcome.run);
    EXPECT_EQ(outcome.error.kind, RealErrorKind::Machine);
    EXPECT_TRUE(has(outcome.error.message, "another real run is in progress"))
        << outcome.error.message;
}

TEST(Issue13Real, TheTimesliceIsRestoredOnlyOverTheValueThisRunSet) {
    long long before = rrTimeslice();
    long long meanwhile = before == 33 ? 34 : 33;
    RealOptions options;
    bool changed = false;
    options.childStarted = [&](int) {
        if (!changed) {
            changed = true;
            writeTimeslice(meanwhile);  // someone else changes it during the run
        }
    };
    auto outcome = runReal(rrWorkload(), options);
    long long after = rrTimeslice();
    writeTimeslice(before);
    ASSERT_TRUE(outcome.run) << outcome.error.message;
    EXPECT_EQ(after, meanwhile);
    EXPECT_EQ(rrTimeslice(), before);
}

TEST(Issue13Real, AKilledGuardStopsTheRunAndTheRunnerRestores) {
    long long before = rrTimeslice();
    RealOptions options;
    std::vector<pid_t> pids;
    options.childStarted = [&](int pid) { pids.push_back(pid); };
    options.guardStarted = [](int pid) { kill(pid, SIGKILL); };
    auto outcome = runReal(rrWorkload(), options);
    ASSERT_FALSE(outcome.run);
    EXPECT_EQ(outcome.error.kind, RealErrorKind::Machine);
    EXPECT_TRUE(has(outcome.error.message, "the guard process")) << outcome.error.message;
    EXPECT_TRUE(allGone(pids, 0.0));
    EXPECT_EQ(rrTimeslice(), before);
}

TEST(Issue13Real, JustOverTheLimitShowsEnoughPrecision) {
    testing::FakeSystem system;
    RealOptions options;
    options.system = &system;
    options.tickMs = 1;
    auto outcome = runReal(makeWorkload("fcfs", {{"A", 0, {180'010}}}), options);
    ASSERT_FALSE(outcome.run);
    EXPECT_EQ(outcome.error.kind, RealErrorKind::BadInput);
    EXPECT_TRUE(has(outcome.error.message, "about 180.01 s of real time")) << outcome.error.message;
    EXPECT_TRUE(has(outcome.error.message, "the limit is 180 s")) << outcome.error.message;
}

}  // namespace
}  // namespace schedlab::real
