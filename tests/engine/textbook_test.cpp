// Known textbook answers (Silberschatz, Stallings), checked per process, on average and slice by
// slice. Every expected value below was worked out by hand from the textbook's own figure.
#include <gtest/gtest.h>

#include <algorithm>

#include "engine_test_support.hpp"

namespace schedlab::engine::test {
namespace {

using V = std::vector<Tick>;

Workload silberschatzThree(std::string_view spec) {
    return workload(spec, {proc("P1", 0, {24}), proc("P2", 0, {3}), proc("P3", 0, {3})});
}

TEST(Textbook, FcfsConvoy) {
    auto w = silberschatzThree("fcfs");
    auto r = run(w);
    EXPECT_EQ(gantt(r, w), "P1 0-24, P2 24-27, P3 27-30");
    EXPECT_EQ(waiting(r), (V{0, 24, 27}));
    EXPECT_EQ(turnaround(r), (V{24, 27, 30}));
    EXPECT_EQ(response(r), (V{0, 24, 27}));
    EXPECT_DOUBLE_EQ(r.summary.avgWaiting, 17.0);
    EXPECT_DOUBLE_EQ(r.summary.avgTurnaround, 27.0);
}

TEST(Textbook, FcfsShortJobsFirstInFile) {
    auto w = workload("fcfs", {proc("P2", 0, {3}), proc("P3", 0, {3}), proc("P1", 0, {24})});
    auto r = run(w);
    EXPECT_EQ(gantt(r, w), "P2 0-3, P3 3-6, P1 6-30");
    EXPECT_EQ(waiting(r), (V{0, 3, 6}));
    EXPECT_DOUBLE_EQ(r.summary.avgWaiting, 3.0);
}

// P4 (3) 0-3, P1 (6) 3-9, P3 (7) 9-16, P2 (8) 16-24.
TEST(Textbook, SjfAllAtZero) {
    auto w = workload(
        "sjf", {proc("P1", 0, {6}), proc("P2", 0, {8}), proc("P3", 0, {7}), proc("P4", 0, {3})});
    auto r = run(w);
    EXPECT_EQ(gantt(r, w), "P4 0-3, P1 3-9, P3 9-16, P2 16-24");
    EXPECT_EQ(waiting(r), (V{3, 16, 9, 0}));
    EXPECT_EQ(turnaround(r), (V{9, 24, 16, 3}));
    EXPECT_DOUBLE_EQ(r.summary.avgWaiting, 7.0);
    EXPECT_DOUBLE_EQ(r.summary.avgTurnaround, 13.0);
}

// t=1 P2 (4) preempts P1 (7 left); P4 (5) beats P1 (7) and P3 (9) when P2 ends at 5.
TEST(Textbook, SrtfWithArrivals) {
    auto w = workload(
        "srtf", {proc("P1", 0, {8}), proc("P2", 1, {4}), proc("P3", 2, {9}), proc("P4", 3, {5})});
    auto r = run(w);
    EXPECT_EQ(gantt(r, w), "P1 0-1, P2 1-5, P4 5-10, P1 10-17, P3 17-26");
    EXPECT_EQ(waiting(r), (V{9, 0, 15, 2}));
    EXPECT_EQ(turnaround(r), (V{17, 4, 24, 7}));
    EXPECT_EQ(response(r), (V{0, 0, 15, 2}));
    EXPECT_DOUBLE_EQ(r.summary.avgWaiting, 6.5);
    EXPECT_DOUBLE_EQ(r.summary.avgTurnaround, 13.0);
}

Workload silberschatzPriority(std::string_view spec) {
    return workload(spec, {proc("P1", 0, {10}, 3), proc("P2", 0, {1}, 1), proc("P3", 0, {2}, 4),
                           proc("P4", 0, {1}, 5), proc("P5", 0, {5}, 2)});
}

TEST(Textbook, PriorityNonPreemptive) {
    auto w = silberschatzPriority("priority");
    auto r = run(w);
    EXPECT_EQ(gantt(r, w), "P2 0-1, P5 1-6, P1 6-16, P3 16-18, P4 18-19");
    EXPECT_EQ(waiting(r), (V{6, 0, 16, 18, 1}));
    EXPECT_DOUBLE_EQ(r.summary.avgWaiting, 8.2);
}

// The same processes with larger-first: P4 (5), P3 (4), P1 (3), P5 (2), P2 (1).
TEST(Textbook, PriorityLargerFirstFlipsTheOrder) {
    auto w = silberschatzPriority("priority");
    w.priorityOrder = PriorityOrder::LargerFirst;
    auto r = run(w);
    EXPECT_EQ(gantt(r, w), "P4 0-1, P3 1-3, P1 3-13, P5 13-18, P2 18-19");
    EXPECT_EQ(waiting(r), (V{3, 18, 1, 0, 13}));
}

// The priority example with arrivals 0..4, preemptive. t=1 P2 (1) preempts P1 (3); t=2 P1 (3)
// beats the newcomer P3 (4); t=4 P5 (2) preempts P1; P1 finishes its last 7 ticks at 16.
TEST(Textbook, PriorityPreemptiveWithArrivals) {
    auto w = workload("priority-p",
                      {proc("P1", 0, {10}, 3), proc("P2", 1, {1}, 1), proc("P3", 2, {2}, 4),
                       proc("P4", 3, {1}, 5), proc("P5", 4, {5}, 2)});
    auto r = run(w);
    EXPECT_EQ(gantt(r, w), "P1 0-1, P2 1-2, P1 2-4, P5 4-9, P1 9-16, P3 16-18, P4 18-19");
    EXPECT_EQ(waiting(r), (V{6, 0, 14, 15, 0}));
    EXPECT_EQ(turnaround(r), (V{16, 1, 16, 16, 5}));
    EXPECT_DOUBLE_EQ(r.summary.avgWaiting, 7.0);
}

// Quantum 4: one slice per dispatch, also when P1 is re-dispatched with nothing else ready.
TEST(Textbook, RoundRobinQuantumFour) {
    auto w = silberschatzThree("rr:quantum=4");
    auto r = run(w);
    EXPECT_EQ(gantt(r, w),
              "P1 0-4, P2 4-7, P3 7-10, P1 10-14, P1 14-18, P1 18-22, P1 22-26, P1 26-30");
    EXPECT_EQ(waiting(r), (V{6, 4, 7}));
    EXPECT_EQ(response(r), (V{0, 4, 7}));
    EXPECT_EQ(turnaround(r), (V{30, 7, 10}));
    EXPECT_NEAR(r.summary.avgWaiting, 17.0 / 3.0, 1e-12);
    EXPECT_NEAR(r.summary.avgResponse, 11.0 / 3.0, 1e-12);
    EXPECT_NEAR(r.summary.avgTurnaround, 47.0 / 3.0, 1e-12);
    EXPECT_EQ(r.summary.contextSwitches, 3);
    EXPECT_EQ(r.summary.makespan, 30);
    EXPECT_DOUBLE_EQ(r.summary.cpuUtilization, 1.0);
    EXPECT_DOUBLE_EQ(r.summary.throughput, 0.1);
}

// Stallings: A runs 0-3; only B is ready at 3. At 9: C (5+4)/4 = 2.25 > D 8/5 > E 3/2. At 13:
// E (5+2)/2 = 3.5 > D (7+5)/5 = 2.4.
TEST(Textbook, HrrnStallings) {
    auto w = workload("hrrn", {proc("A", 0, {3}), proc("B", 2, {6}), proc("C", 4, {4}),
                               proc("D", 6, {5}), proc("E", 8, {2})});
    auto r = run(w);
    EXPECT_EQ(gantt(r, w), "A 0-3, B 3-9, C 9-13, E 13-15, D 15-20");
    EXPECT_EQ(waiting(r), (V{0, 1, 5, 9, 5}));
}

// H1..H4 (priority 0) keep arriving; L (priority 3) waits from 0. Without aging L runs last.
// With aging 2 the keys are rank * 2 + readySince: L 6, H1 0, H2 1, H3 4, H4 7, so at t=9 L
// (effective 3 - 9/2 = -1.5) beats H4 (0 - 2/2 = -1).
Workload agingWorkload(std::string_view spec) {
    return workload(spec, {proc("H1", 0, {3}), proc("L", 0, {1}, 3), proc("H2", 1, {3}),
                           proc("H3", 4, {3}), proc("H4", 7, {3})});
}

TEST(Textbook, PriorityWithoutAgingStarvesTheLowProcess) {
    auto w = agingWorkload("priority");
    auto r = run(w);
    EXPECT_EQ(gantt(r, w), "H1 0-3, H2 3-6, H3 6-9, H4 9-12, L 12-13");
}

TEST(Textbook, PriorityAgingLetsTheLowProcessRun) {
    auto w = agingWorkload("priority:aging=2");
    auto r = run(w);
    EXPECT_EQ(gantt(r, w), "H1 0-3, H2 3-6, H3 6-9, L 9-10, H4 10-13");
    EXPECT_EQ(r.processes[1].waiting, 9);
}

// Two CPUs, one queue: CPU 0 takes P1, CPU 1 P2; P3 goes to CPU 1 at 3, P4 to CPU 0 at 5.
TEST(Textbook, TwoCpusShareOneQueue) {
    auto w = workload(
        "fcfs", {proc("P1", 0, {5}), proc("P2", 0, {3}), proc("P3", 0, {4}), proc("P4", 0, {2})});
    w.cpus = 2;
    auto r = run(w);
    std::vector<std::string> slices;
    for (const auto& s : r.slices) {
        slices.push_back(std::to_string(s.cpu) + ":" + w.processes[s.process].name + " " +
                         std::to_string(s.start) + "-" + std::to_string(s.end));
    }
    std::sort(slices.begin(), slices.end());
    EXPECT_EQ(slices, (std::vector<std::string>{"0:P1 0-5", "0:P4 5-7", "1:P2 0-3", "1:P3 3-7"}));
    EXPECT_EQ(waiting(r), (V{0, 0, 3, 5}));
    EXPECT_EQ(r.summary.makespan, 7);
    EXPECT_EQ(r.summary.busy, 14);
    EXPECT_DOUBLE_EQ(r.summary.cpuUtilization, 1.0);
    EXPECT_EQ(r.summary.contextSwitches, 2);
}

// result.hpp promises slices "in dispatch order": P1, P2 (both at 0), P3 (3), P4 (5).
TEST(Textbook, SlicesAreListedInDispatchOrder) {
    auto w = workload(
        "fcfs", {proc("P1", 0, {5}), proc("P2", 0, {3}), proc("P3", 0, {4}), proc("P4", 0, {2})});
    w.cpus = 2;
    auto r = run(w);
    EXPECT_EQ(gantt(r, w), "0:P1 0-5, 1:P2 0-3, 1:P3 3-7, 0:P4 5-7");
}

// Context switch 1, quantum 4: P1 0-4; switch 4-5, P2 5-8; switch 8-9, P3 9-12; switch 12-13,
// P1 13-17 and then re-dispatched with nothing else ready: no more switches, ends at 33.
TEST(Textbook, RoundRobinWithContextSwitchCost) {
    auto w = silberschatzThree("rr:quantum=4");
    w.contextSwitch = 1;
    auto r = run(w);
    EXPECT_EQ(gantt(r, w),
              "P1 0-4, P2 5-8, P3 9-12, P1 13-17, P1 17-21, P1 21-25, P1 25-29, P1 29-33");
    EXPECT_EQ(waiting(r), (V{9, 5, 9}));
    EXPECT_EQ(turnaround(r), (V{33, 8, 12}));
    EXPECT_EQ(response(r), (V{0, 5, 9}));
    ASSERT_EQ(r.switches.size(), 3u);
    EXPECT_EQ((V{r.switches[0].start, r.switches[0].end}), (V{4, 5}));
    EXPECT_EQ((V{r.switches[1].start, r.switches[1].end}), (V{8, 9}));
    EXPECT_EQ((V{r.switches[2].start, r.switches[2].end}), (V{12, 13}));
    EXPECT_EQ(r.switches[2].process, 0u);
    EXPECT_EQ(r.summary.contextSwitches, 3);
    EXPECT_DOUBLE_EQ(r.summary.cpuUtilization, 30.0 / 33.0);
}

Workload ioAndCpuBound(bool multiprogramming) {
    auto w = workload("fcfs", {proc("P1", 0, {2, 3, 2}), proc("P2", 0, {4})});
    w.multiprogramming = multiprogramming;
    return w;
}

// Multiprogramming: P2 uses the CPU while P1 does I/O (2-5): no idle tick, makespan 8.
TEST(Textbook, MultiprogrammingFillsTheIoGap) {
    auto w = ioAndCpuBound(true);
    auto r = run(w);
    EXPECT_EQ(gantt(r, w), "P1 0-2, P2 2-6, P1 6-8");
    EXPECT_DOUBLE_EQ(r.summary.cpuUtilization, 1.0);
}

// Uniprogramming: the CPU is held (idle) 2-5 while P1 does I/O, P1 resumes at 5, P2 runs 7-11.
TEST(Textbook, UniprogrammingHoldsTheCpuDuringIo) {
    auto w = ioAndCpuBound(false);
    Simulation sim{w};
    sim.runUntil(2);
    ASSERT_EQ(sim.cpus().size(), 1u);
    EXPECT_EQ(sim.cpus()[0].mode, CpuView::Mode::Held);
    EXPECT_EQ(sim.cpus()[0].process, 0u);
    EXPECT_EQ(sim.state(1), ProcessState::Ready);
    sim.run();
    const auto& r = sim.result();
    EXPECT_EQ(gantt(r, w), "P1 0-2, P1 5-7, P2 7-11");
    EXPECT_EQ(waiting(r), (V{0, 7}));
    EXPECT_EQ(turnaround(r), (V{7, 11}));
    EXPECT_EQ(decisionTimes(r, DecisionKind::Hold), (V{2}));
    EXPECT_DOUBLE_EQ(r.summary.cpuUtilization, 8.0 / 11.0);
    EXPECT_LT(r.summary.cpuUtilization, run(ioAndCpuBound(true)).summary.cpuUtilization);
}

// P1 blocks 2-7, P2 blocks 4-9: both are blocked at once (4-7), each for its own 5 ticks.
TEST(Textbook, IoBurstsRunInParallel) {
    auto w = workload("fcfs", {proc("P1", 0, {2, 5, 1}), proc("P2", 0, {2, 5, 1})});
    Simulation sim{w};
    sim.runUntil(4);
    auto blocked = sim.blocked();
    ASSERT_EQ(blocked.size(), 2u);
    EXPECT_EQ((V{blocked[0].ioLeft, blocked[1].ioLeft}), (V{3, 5}));
    sim.run();
    const auto& r = sim.result();
    EXPECT_EQ(gantt(r, w), "P1 0-2, P2 2-4, P1 7-8, P2 9-10");
    EXPECT_EQ(waiting(r), (V{0, 2}));
    EXPECT_EQ(turnaround(r), (V{8, 10}));
}

}  // namespace
}  // namespace schedlab::engine::test
