// What a real run refuses, and what it does without privilege: each with a message that says
// what to do.

#include <gtest/gtest.h>

#include "real_test_support.hpp"

namespace schedlab::real {
namespace {

using testing::FakeSystem;
using testing::makeWorkload;
using testing::shortWorkload;

RealOptions withSystem(const System& system, RealMode mode = RealMode::Kernel) {
    RealOptions options;
    options.mode = mode;
    options.tickMs = 5;
    options.system = &system;
    return options;
}

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

bool has(const engine::Phrase& phrase, const std::string& part) {
    return has(engine::fill(phrase.text, phrase.args), part);
}

TEST(RealRefusals, KernelFifoWithoutPermissionSaysWhatToDo) {
    FakeSystem system;
    system.refuseRealTime = true;
    auto outcome = runReal(shortWorkload("fcfs"), withSystem(system));
    ASSERT_FALSE(outcome.run);
    EXPECT_EQ(outcome.error.kind, RealErrorKind::Permission);
    EXPECT_TRUE(has(outcome.error.message, "SCHED_FIFO")) << outcome.error.message;
    EXPECT_TRUE(has(outcome.error.message, "setcap cap_sys_nice+ep")) << outcome.error.message;
    EXPECT_TRUE(has(outcome.error.message, "--mode dispatch")) << outcome.error.message;
}

TEST(RealRefusals, DispatchWithoutPermissionStillRunsUnderSchedOther) {
    FakeSystem system;
    system.refuseRealTime = true;
    auto outcome = runReal(shortWorkload("rr"), withSystem(system, RealMode::Dispatch));
    ASSERT_TRUE(outcome.run) << outcome.error.message;
    EXPECT_EQ(outcome.run->linuxPolicy, LinuxPolicy::Other);
    EXPECT_TRUE(has(outcome.run->notes.front(), "no permission"));
}

TEST(RealRefusals, KernelModeWithoutPermissionStillRunsPoliciesUnderSchedOther) {
    FakeSystem system;
    system.refuseRealTime = true;
    auto outcome = runReal(shortWorkload("srtf"), withSystem(system));
    ASSERT_TRUE(outcome.run) << outcome.error.message;
    EXPECT_EQ(outcome.run->linuxPolicy, LinuxPolicy::Other);
}

TEST(RealRefusals, OneCpuIsNotEnough) {
    FakeSystem system;
    system.cpus = {0};
    auto outcome = runReal(shortWorkload("fcfs"), withSystem(system));
    ASSERT_FALSE(outcome.run);
    EXPECT_EQ(outcome.error.kind, RealErrorKind::Machine);
    EXPECT_TRUE(has(outcome.error.message, "at least 2 CPUs")) << outcome.error.message;
}

TEST(RealRefusals, TooLongForRealTimeGivesTheEstimate) {
    FakeSystem system;
    auto workload = makeWorkload("fcfs", {{"A", 0, {10000}}, {"B", 0, {10000}}});
    RealOptions options = withSystem(system);
    options.tickMs = 10;
    auto outcome = runReal(workload, options);
    ASSERT_FALSE(outcome.run);
    EXPECT_EQ(outcome.error.kind, RealErrorKind::BadInput);
    EXPECT_TRUE(has(outcome.error.message, "about 200 s")) << outcome.error.message;
    EXPECT_TRUE(has(outcome.error.message, "limit is 180 s")) << outcome.error.message;
}

TEST(RealRefusals, RealTimeDemandAboveTheThrottleIsRefusedInKernelMode) {
    FakeSystem system;
    system.rtRuntimeUs = 50'000;  // 50 ms of every second for real-time processes
    auto outcome = runReal(shortWorkload("fcfs"), withSystem(system));
    ASSERT_FALSE(outcome.run);
    EXPECT_EQ(outcome.error.kind, RealErrorKind::BadInput);
    EXPECT_TRUE(has(outcome.error.message, "sched_rt_runtime_us")) << outcome.error.message;
    EXPECT_TRUE(has(outcome.error.message, "busy for 85 ms")) << outcome.error.message;
}

TEST(RealRefusals, RealTimeDemandAboveTheThrottleFallsBackInDispatchMode) {
    FakeSystem system;
    system.rtRuntimeUs = 50'000;
    auto outcome = runReal(shortWorkload("fcfs"), withSystem(system, RealMode::Lockstep));
    ASSERT_TRUE(outcome.run) << outcome.error.message;
    EXPECT_EQ(outcome.run->linuxPolicy, LinuxPolicy::Other);
    EXPECT_TRUE(has(outcome.run->notes.front(), "SCHED_OTHER instead"));
}

TEST(RealRefusals, WorkloadsARealCpuCannotRun) {
    auto workload = shortWorkload("fcfs");
    EXPECT_EQ(checkRealWorkload(workload, 10), "");
    EXPECT_TRUE(has(checkRealWorkload(workload, 0), "--tick-ms"));
    workload.cpus = 2;
    EXPECT_TRUE(has(checkRealWorkload(workload, 10), "cpus: 1"));
    workload.cpus = 1;
    workload.contextSwitch = 1;
    EXPECT_TRUE(has(checkRealWorkload(workload, 10), "context_switch: 0"));
    workload.contextSwitch = 0;
    workload.multiprogramming = false;
    EXPECT_TRUE(has(checkRealWorkload(workload, 10), "multiprogramming: true"));
}

TEST(RealRefusals, ModeNamesRoundTrip) {
    for (auto mode : {RealMode::Kernel, RealMode::Dispatch, RealMode::Lockstep}) {
        EXPECT_EQ(parseMode(modeName(mode)), mode);
    }
    EXPECT_FALSE(parseMode("fifo"));
}

}  // namespace
}  // namespace schedlab::real
