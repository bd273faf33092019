// One short workload under each mode and policy: the run finishes, every process completes,
// the measurements add up, the errors stay under 20 ms and nothing is left running. Generous
// bounds only: the machine may be busy.

#include <gtest/gtest.h>

#include "real/comparison.hpp"
#include "real_test_support.hpp"

namespace schedlab::real {
namespace {

using testing::allGone;
using testing::shortWorkload;

struct ModeCase {
    RealMode mode;
    std::string policy;
    bool keepsOrder;  ///< the simulated order is expected (no ties in the workload)
    LinuxPolicy linux;
    /// Largest completion error accepted: 20 ms, except where the kernel's own rules differ by
    /// up to a quantum (SCHED_RR: slices cut at its ticks, the rest of a slice kept over I/O).
    double boundMs = 20.0;
};

/// Printed in test names and failures (gtest would print the bytes, pointers included).
void PrintTo(const ModeCase& c, std::ostream* os) {
    *os << modeName(c.mode) << " " << c.policy;
}

std::string caseName(const ::testing::TestParamInfo<ModeCase>& info) {
    std::string name = std::string(modeName(info.param.mode)) + "_" + info.param.policy;
    for (char& c : name) {
        c = std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
    }
    return name;
}

class RealModeTest : public ::testing::TestWithParam<ModeCase> {};

TEST_P(RealModeTest, RunsEveryProcessToTheEndNearTheSimulation) {
    const ModeCase& c = GetParam();
    RealOptions options;
    options.mode = c.mode;
    options.tickMs = 5;
    std::vector<pid_t> pids;
    options.childStarted = [&](int pid) { pids.push_back(pid); };
    auto outcome = runReal(shortWorkload(c.policy), options);
    ASSERT_TRUE(outcome.run) << outcome.error.message;
    const RealRun& run = *outcome.run;
    EXPECT_EQ(run.linuxPolicy, c.linux);
    ASSERT_EQ(run.processes.size(), 3u);
    ASSERT_EQ(pids.size(), 3u);
    EXPECT_TRUE(allGone(pids, 0.0)) << "a child outlived the run";
    auto comparison = compareRun(run);
    for (const auto& p : comparison.processes) {
        EXPECT_GE(p.real.completionMs, 0) << p.name;
        EXPECT_NEAR(p.real.cpuMs, p.simulated.cpuMs, 2.0) << p.name;
        EXPECT_LT(std::abs(p.completionErrorMs), c.boundMs) << p.name;
        EXPECT_GE(p.kernel.voluntarySwitches, 1) << p.name;  // it slept at least once
    }
    if (c.keepsOrder) {
        EXPECT_TRUE(comparison.summary.sameOrder);
    }
    EXPECT_FALSE(run.notes.empty());
}

INSTANTIATE_TEST_SUITE_P(
    Modes, RealModeTest,
    ::testing::Values(ModeCase{RealMode::Kernel, "fcfs", true, LinuxPolicy::Fifo},
                      ModeCase{RealMode::Kernel, "sjf", true, LinuxPolicy::Fifo},
                      ModeCase{RealMode::Kernel, "rr:quantum=4", false, LinuxPolicy::RoundRobin,
                               40.0},
                      ModeCase{RealMode::Dispatch, "fcfs", true, LinuxPolicy::Fifo},
                      ModeCase{RealMode::Dispatch, "srtf", true, LinuxPolicy::Fifo},
                      ModeCase{RealMode::Dispatch, "mlfq", false, LinuxPolicy::Fifo},
                      ModeCase{RealMode::Lockstep, "rr:quantum=2", true, LinuxPolicy::Fifo},
                      ModeCase{RealMode::Lockstep, "mlfq", true, LinuxPolicy::Fifo}),
    caseName);

TEST(RealKernelMode, PolicyWithoutLinuxCounterpartRunsUnderSchedOther) {
    RealOptions options;
    options.tickMs = 5;
    auto outcome = runReal(shortWorkload("hrrn"), options);
    ASSERT_TRUE(outcome.run) << outcome.error.message;
    EXPECT_EQ(outcome.run->linuxPolicy, LinuxPolicy::Other);
    const engine::Phrase& note = outcome.run->notes.front();
    EXPECT_NE(engine::fill(note.text, note.args).find("SCHED_OTHER"), std::string::npos);
}

TEST(RealKernelMode, RoundRobinSetsTheTimesliceAndPutsTheOldOneBack) {
    long long before = testing::rrTimeslice();
    RealOptions options;
    options.tickMs = 5;
    auto outcome = runReal(shortWorkload("rr:quantum=4"), options);
    ASSERT_TRUE(outcome.run) << outcome.error.message;
    // 20 ms asked for; the kernel keeps it in its own ticks (1 to 10 ms each).
    EXPECT_GE(outcome.run->rrTimesliceMs, 10);
    EXPECT_LE(outcome.run->rrTimesliceMs, 30);
    EXPECT_EQ(testing::rrTimeslice(), before);
}

}  // namespace
}  // namespace schedlab::real
