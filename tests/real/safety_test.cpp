// Safety: the watchdog, cancel, SIGINT, a runner killed outright, the real-time CPU limit. After
// each, no child is left (not even a zombie) and the RR timeslice is back.

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include "real_test_support.hpp"

namespace schedlab::real {
namespace {

using testing::allGone;
using testing::makeWorkload;
using testing::rrTimeslice;

/// About 600 ms of CPU under rr at 10 ms ticks: long enough to interrupt.
engine::Workload longWorkload() {
    return makeWorkload("rr:quantum=2", {{"A", 0, {30}}, {"B", 0, {30}}});
}

struct Watched {
    RealOptions options;
    std::vector<pid_t> pids;
    Watched() {
        options.tickMs = 10;
        options.childStarted = [this](int pid) { pids.push_back(pid); };
    }
};

TEST(RealSafety, WatchdogKillsEveryChildAndRestoresTheTimeslice) {
    long long before = rrTimeslice();
    Watched w;
    w.options.watchdogMs = 150;
    auto outcome = runReal(longWorkload(), w.options);
    ASSERT_FALSE(outcome.run);
    EXPECT_EQ(outcome.error.kind, RealErrorKind::Watchdog);
    EXPECT_NE(outcome.error.message.find("watchdog"), std::string::npos);
    ASSERT_EQ(w.pids.size(), 2u);
    EXPECT_TRUE(allGone(w.pids, 0.0));
    EXPECT_EQ(rrTimeslice(), before);
}

TEST(RealSafety, CancelStopsEveryChild) {
    long long before = rrTimeslice();
    Watched w;
    int calls = 0;
    w.options.progress = [&](double) { return ++calls < 3; };
    auto outcome = runReal(longWorkload(), w.options);
    ASSERT_FALSE(outcome.run);
    EXPECT_EQ(outcome.error.kind, RealErrorKind::Cancelled);
    EXPECT_EQ(calls, 3);
    EXPECT_TRUE(allGone(w.pids, 0.0));
    EXPECT_EQ(rrTimeslice(), before);
}

TEST(RealSafety, SigintEndsTheRunCleanlyAndRestoresTheHandler) {
    long long before = rrTimeslice();
    struct sigaction old {};
    sigaction(SIGINT, nullptr, &old);
    Watched w;
    w.options.handleSignals = true;
    bool raised = false;
    w.options.progress = [&](double) {
        if (!raised) {
            raised = true;
            raise(SIGINT);
        }
        return true;
    };
    auto outcome = runReal(longWorkload(), w.options);
    ASSERT_FALSE(outcome.run);
    EXPECT_EQ(outcome.error.kind, RealErrorKind::Cancelled);
    EXPECT_NE(outcome.error.message.find("interrupted"), std::string::npos);
    EXPECT_TRUE(allGone(w.pids, 0.0));
    EXPECT_EQ(rrTimeslice(), before);
    struct sigaction now {};
    sigaction(SIGINT, nullptr, &now);
    EXPECT_EQ(now.sa_handler, old.sa_handler);
}

/// Forks a runner that reports its children's pids on a pipe, then kills it with SIGKILL once
/// they run. This process becomes the subreaper, so the orphans come to it.
TEST(RealSafety, KilledRunnerLeavesNoChildAndNoChangedSetting) {
    long long before = rrTimeslice();
    ASSERT_EQ(prctl(PR_SET_CHILD_SUBREAPER, 1), 0);
    int fds[2];
    ASSERT_EQ(pipe(fds), 0);
    pid_t runner = fork();
    ASSERT_GE(runner, 0);
    if (runner == 0) {
        close(fds[0]);
        Watched w;
        w.options.childStarted = [&](int pid) {
            [[maybe_unused]] auto n = write(fds[1], &pid, sizeof pid);
        };
        runReal(longWorkload(), w.options);
        _exit(3);  // not reached: killed long before
    }
    close(fds[1]);
    std::vector<pid_t> pids(2);
    ASSERT_EQ(read(fds[0], pids.data(), sizeof(pid_t) * 2),
              static_cast<ssize_t>(sizeof(pid_t) * 2));
    close(fds[0]);
    EXPECT_NE(rrTimeslice(), before);  // the run changed it (4 ticks of 10 ms = 20 ms)
    kill(runner, SIGKILL);
    int status = 0;
    ASSERT_EQ(waitpid(runner, &status, 0), runner);
    EXPECT_TRUE(WIFSIGNALED(status));
    EXPECT_TRUE(allGone(pids, 5.0, true)) << "a child outlived its runner";
    for (int i = 0; i < 500 && rrTimeslice() != before; ++i) {
        while (waitpid(-1, nullptr, WNOHANG) > 0) {
        }
        usleep(10'000);  // the guard restores it as soon as it sees the runner gone
    }
    EXPECT_EQ(rrTimeslice(), before);
    // The guard exits too: nothing of the run is left among our children.
    for (int i = 0; i < 500 && waitpid(-1, nullptr, WNOHANG) >= 0; ++i) {
        usleep(10'000);
    }
    EXPECT_EQ(waitpid(-1, nullptr, WNOHANG), -1);
    EXPECT_EQ(errno, ECHILD);
    prctl(PR_SET_CHILD_SUBREAPER, 0);
}

std::string limitLine(pid_t pid) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/limits");
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("Max realtime timeout", 0) == 0) {
            return line;
        }
    }
    return "";
}

TEST(RealSafety, RealTimeChildrenCarryACpuTimeLimit) {
    Watched w;
    w.options.tickMs = 5;
    std::vector<std::string> limits;
    w.options.progress = [&](double) {
        if (limits.empty()) {  // the children have set themselves up before the start
            for (pid_t pid : w.pids) {
                limits.push_back(limitLine(pid));
            }
        }
        return true;
    };
    auto outcome = runReal(testing::shortWorkload("fcfs"), w.options);
    ASSERT_TRUE(outcome.run) << outcome.error.message;
    ASSERT_EQ(limits.size(), 3u);
    // A: CPU 6 + 2 ticks of 5 ms = 40 ms, plus 1 s.
    std::istringstream fields(limits[0].substr(std::string("Max realtime timeout").size()));
    long long soft = 0;
    long long hard = 0;
    fields >> soft >> hard;
    EXPECT_EQ(soft, 1'040'000);
    EXPECT_EQ(hard, 1'040'000);
}

}  // namespace
}  // namespace schedlab::real
