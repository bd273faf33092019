// The contract's same-instant rules and the MLFQ conventions, each on a workload small enough to
// work out by hand. The comment above each test is that working.
#include <gtest/gtest.h>

#include "engine_test_support.hpp"

namespace schedlab::engine::test {
namespace {

using V = std::vector<Tick>;
constexpr Rules kTextbook = Rules::Textbook;
constexpr Rules kOstep = Rules::Ostep;

std::string ganttOf(std::string_view spec, std::vector<ProcessSpec> processes, Rules rules) {
    auto w = workload(spec, std::move(processes), rules);
    return gantt(run(w), w);
}

// rr q=2, A(0,[4]) B(2,[2]). At t=2 A's quantum expires as B arrives.
// textbook: the arrival B enters the queue first -> B 2-4, then A 4-6.
// ostep: the expired A re-enters first -> A runs again 2-4 (a new slice), then B 4-6.
TEST(Rules, ArrivalGoesAheadOfExpiredQuantumInTextbook) {
    std::vector<ProcessSpec> ps{proc("A", 0, {4}), proc("B", 2, {2})};
    EXPECT_EQ(ganttOf("rr:quantum=2", ps, kTextbook), "A 0-2, B 2-4, A 4-6");
    EXPECT_EQ(ganttOf("rr:quantum=2", ps, kOstep), "A 0-2, A 2-4, B 4-6");
}

// rr q=2, A(0,[1,2,1]) B(0,[4]). A runs 0-1 and is blocked 1-3; B runs 1-3 and its quantum
// expires at 3 as A comes back. textbook: I/O before the expired -> A 3-4, B 4-6.
// ostep: the expired B first -> B 3-5, A 5-6.
TEST(Rules, IoReturnVersusExpiredQuantum) {
    std::vector<ProcessSpec> ps{proc("A", 0, {1, 2, 1}), proc("B", 0, {4})};
    EXPECT_EQ(ganttOf("rr:quantum=2", ps, kTextbook), "A 0-1, B 1-3, A 3-4, B 4-6");
    EXPECT_EQ(ganttOf("rr:quantum=2", ps, kOstep), "A 0-1, B 1-3, B 3-5, A 5-6");
}

// fcfs, A(0,[1,2,1]) B(0,[3]) C(3,[1]). A is blocked 1-3, B runs 1-4; at 3 C arrives and A
// returns. Both presets put arrivals before I/O completions: C 4-5, A 5-6.
TEST(Rules, ArrivalGoesAheadOfIoReturnInBothPresets) {
    std::vector<ProcessSpec> ps{proc("A", 0, {1, 2, 1}), proc("B", 0, {3}), proc("C", 3, {1})};
    EXPECT_EQ(ganttOf("fcfs", ps, kTextbook), "A 0-1, B 1-4, C 4-5, A 5-6");
    EXPECT_EQ(ganttOf("fcfs", ps, kOstep), "A 0-1, B 1-4, C 4-5, A 5-6");
}

// fcfs, P1(1,[1,3,1]) P2(0,[1,4,1]). P2 runs 0-1, blocked 1-5; P1 runs 1-2, blocked 2-5. Both
// return at 5: P2 started its I/O earlier, so it goes first although P1 is first in the file.
TEST(Rules, SimultaneousIoReturnsEarlierStartFirst) {
    std::vector<ProcessSpec> ps{proc("P1", 1, {1, 3, 1}), proc("P2", 0, {1, 4, 1})};
    EXPECT_EQ(ganttOf("fcfs", ps, kTextbook), "P2 0-1, P1 1-2, P2 5-6, P1 6-7");
}

// fcfs on 2 CPUs, B(0,[1,2,1]) A(0,[1,2,1]) C(0,[10]). B and A both block 1-3 (same start);
// C takes CPU 0 at 1. At 3 they return together: file order, B before A, on CPU 1.
TEST(Rules, SimultaneousIoReturnsSameStartInFileOrder) {
    auto w =
        workload("fcfs", {proc("B", 0, {1, 2, 1}), proc("A", 0, {1, 2, 1}), proc("C", 0, {10})});
    w.cpus = 2;
    auto r = run(w);
    std::vector<std::string> cpu1;
    for (const auto& s : r.slices) {
        if (s.cpu == 1) {
            cpu1.push_back(w.processes[s.process].name + " " + std::to_string(s.start));
        }
    }
    EXPECT_EQ(cpu1, (std::vector<std::string>{"A 0", "B 3", "A 4"}));
}

// sjf, P1(0,[2,3,3]) P2(1,[4]) P3(3,[3]). P1 0-2 then I/O 2-5; P2 2-6. At 6 P1 (next burst 3,
// arrival 0, ready since 5) ties P3 (burst 3, arrival 3, ready since 3): the earlier arrival
// wins although P3 has waited longer.
TEST(Rules, SjfTieGoesToEarlierArrival) {
    std::vector<ProcessSpec> ps{proc("P1", 0, {2, 3, 3}), proc("P2", 1, {4}), proc("P3", 3, {3})};
    EXPECT_EQ(ganttOf("sjf", ps, kTextbook), "P1 0-2, P2 2-6, P1 6-9, P3 9-12");
}

// sjf, A(0,[1,1,2]) B(0,[2]) C(0,[1]). A (1) 0-1, blocked 1-2; C (1) beats B (2): C 1-2. At 2
// A returns with burst 2 and ties B (burst 2, arrival 0, ready since 0): file order, A first.
TEST(Rules, SjfTieThenFileOrder) {
    std::vector<ProcessSpec> ps{proc("A", 0, {1, 1, 2}), proc("B", 0, {2}), proc("C", 0, {1})};
    EXPECT_EQ(ganttOf("sjf", ps, kTextbook), "A 0-1, C 1-2, A 2-4, B 4-6");
}

// srtf, P1(0,[4]) and P2 arriving at 1. With P2 3 = P1's remaining 3: no preemption.
// With P2 2 < 3: P2 preempts.
TEST(Rules, SrtfEqualRemainingDoesNotPreempt) {
    EXPECT_EQ(ganttOf("srtf", {proc("P1", 0, {4}), proc("P2", 1, {3})}, kTextbook),
              "P1 0-4, P2 4-7");
    EXPECT_EQ(ganttOf("srtf", {proc("P1", 0, {4}), proc("P2", 1, {2})}, kTextbook),
              "P1 0-1, P2 1-3, P1 3-6");
}

// mlfq quanta 2/4, allotments 1/1; A(0,[10]) B(0,[10]) C(7,[1]).
// A 0-2 and B 2-4 use their level-0 quantum and drop to level 1: [A, B]. A runs 4-7 (3 of 4)
// when C arrives at level 0 and preempts it.
// textbook: A goes to the tail, [B, A], with a fresh quantum later. C 7-8, B 8-12 (expires,
// [A, B]), A 12-16 (4 fresh ticks; 1 left), B 16-20 (done), A 20-21.
// ostep: A stays at the head with 1 tick left. C 7-8, A 8-9, B 9-13, A 13-17, B 17-21.
std::vector<ProcessSpec> preemptedAtLevelOne() {
    return {proc("A", 0, {10}), proc("B", 0, {10}), proc("C", 7, {1})};
}

TEST(Rules, MlfqTextbookPreemptedGoesToTailWithFreshQuantum) {
    EXPECT_EQ(ganttOf("mlfq:quanta=2/4,allotments=1/1", preemptedAtLevelOne(), kTextbook),
              "A 0-2, B 2-4, A 4-7, C 7-8, B 8-12, A 12-16, B 16-20, A 20-21");
}

TEST(Rules, MlfqOstepPreemptedStaysAtHeadAndKeepsItsQuantum) {
    EXPECT_EQ(ganttOf("mlfq:quanta=2/4,allotments=1/1", preemptedAtLevelOne(), kOstep),
              "A 0-2, B 2-4, A 4-7, C 7-8, A 8-9, B 9-13, A 13-17, B 17-21");
}

// mlfq quanta 2/4, A(0,[6]) B(0,[6]). Allotment 2 at level 0: each gets two quanta there (A 0-2,
// B 2-4, A 4-6 -> down, B 6-8 -> down), then A 8-10, B 10-12 at level 1. Allotment 1: both drop
// after one quantum (at 2 and 4) and then run 4 ticks each at level 1.
TEST(Rules, MlfqAllotmentCountsFullQuantaBeforeDemotion) {
    auto two = workload("mlfq:quanta=2/4,allotments=2/1", {proc("A", 0, {6}), proc("B", 0, {6})});
    auto r = run(two);
    EXPECT_EQ(gantt(r, two), "A 0-2, B 2-4, A 4-6, B 6-8, A 8-10, B 10-12");
    EXPECT_EQ(decisionTimes(r, DecisionKind::Demote), (V{6, 8}));
    auto one = workload("mlfq:quanta=2/4,allotments=1/1", {proc("A", 0, {6}), proc("B", 0, {6})});
    auto r1 = run(one);
    EXPECT_EQ(gantt(r1, one), "A 0-2, B 2-4, A 4-8, B 8-12");
    EXPECT_EQ(decisionTimes(r1, DecisionKind::Demote), (V{2, 4}));
}

// mlfq quanta 2/4, A(0,[9]) C(5,[1]). Without allotment A stays at level 0 for ever: C arrives
// at the same level and waits for A's quantum: A 0-2, 2-4, 4-6, C 6-7, A 7-9, 9-10.
// With allotment 1, A is at level 1 from 2 and C preempts it at 5: A 2-5, C 5-6, A 6-10.
TEST(Rules, MlfqLevelWithoutAllotmentNeverDemotes) {
    std::vector<ProcessSpec> ps{proc("A", 0, {9}), proc("C", 5, {1})};
    auto w = workload("mlfq:quanta=2/4,allotments=-/1", ps);
    Simulation sim{w};
    sim.run();
    EXPECT_EQ(gantt(sim.result(), w), "A 0-2, A 2-4, A 4-6, C 6-7, A 7-9, A 9-10");
    EXPECT_TRUE(decisionTimes(sim.result(), DecisionKind::Demote).empty());
    EXPECT_EQ(sim.level(0), 0);
    EXPECT_EQ(ganttOf("mlfq:quanta=2/4,allotments=1/1", ps, kTextbook),
              "A 0-2, A 2-5, C 5-6, A 6-10");
}

// mlfq quanta 2/4, allotments 1/1, boost 8; A(0,[12]) B(0,[12]).
// A 0-2, B 2-4 (both drop), A 4-8 at level 1. t=8: A expires ([B, A] at level 1), then the
// boost lifts both to level 0 with fresh quanta: B 8-10, A 10-12 (both drop again), B 12-16.
// t=16: B expires ([A, B]), boost: A 16-18, B 18-20 (drop), A 20-22, B 22-24 at level 1.
TEST(Rules, MlfqBoostLiftsEveryoneToTheTop) {
    auto w = workload("mlfq:quanta=2/4,allotments=1/1,boost=8",
                      {proc("A", 0, {12}), proc("B", 0, {12})});
    auto r = run(w);
    EXPECT_EQ(gantt(r, w),
              "A 0-2, B 2-4, A 4-8, B 8-10, A 10-12, B 12-16, A 16-18, B 18-20, "
              "A 20-22, B 22-24");
    EXPECT_EQ(decisionTimes(r, DecisionKind::Boost), (V{8, 16}));
}

// ostep, mlfq quanta 4/8, allotments 1/1, boost 6; A(0,[10]) B(0,[10]), i.e. mlfq.py -Q 4,8
// -A 1,1 -B 6 -l 0,10,0:0,10,0. A 0-4 drops to level 1; B runs at level 0 from 4. t=6: the boost
// gives the running B a fresh 4-tick quantum (B 4-10, then it drops) and lifts A behind it: A
// 10-16 (the boost at 12 renews its quantum too), B 16-20. mlfq.py before September 2023 gave a
// boosted job a quantum of 1 tick (the allotment): A 0-4, B 4-7, A 7-8, B 8-13, ...
TEST(Rules, MlfqOstepBoostGivesTheRunningProcessAFreshQuantum) {
    auto w = workload("mlfq:quanta=4/8,allotments=1/1,boost=6",
                      {proc("A", 0, {10}), proc("B", 0, {10})}, kOstep);
    auto r = run(w);
    EXPECT_EQ(gantt(r, w), "A 0-4, B 4-10, A 10-16, B 16-20");
    EXPECT_EQ(decisionTimes(r, DecisionKind::Boost), (V{6, 12, 18}));
}

// mlfq quanta 4/8, allotments 1/1; A(0,[1,2,4]) B(0,[6]) C(0,[6]). A 0-1 then I/O 1-3; B 1-5.
// textbook with io_to_front: A returns at 3 to the front of level 0 ([A, C]) but does not
// preempt B (same level): A 5-9, C 9-13, then level 1: B 13-15, C 15-17.
// textbook without: [C, A]: C 5-9, A 9-13, B 13-15, C 15-17.
// ostep with io_to_front: A goes in front of the running B and runs at once with the 3 ticks
// left of its quantum: A 3-6 (drops), B 6-8 (its 2 ticks left; drops), C 8-12, A 12-13,
// B 13-15, C 15-17.
TEST(Rules, MlfqIoToFront) {
    std::vector<ProcessSpec> ps{proc("A", 0, {1, 2, 4}), proc("B", 0, {6}), proc("C", 0, {6})};
    EXPECT_EQ(ganttOf("mlfq:quanta=4/8,allotments=1/1,io_to_front=true", ps, kTextbook),
              "A 0-1, B 1-5, A 5-9, C 9-13, B 13-15, C 15-17");
    EXPECT_EQ(ganttOf("mlfq:quanta=4/8,allotments=1/1", ps, kTextbook),
              "A 0-1, B 1-5, C 5-9, A 9-13, B 13-15, C 15-17");
    EXPECT_EQ(ganttOf("mlfq:quanta=4/8,allotments=1/1,io_to_front=true", ps, kOstep),
              "A 0-1, B 1-3, A 3-6, B 6-8, C 8-12, A 12-13, B 13-15, C 15-17");
}

// mlfq quanta 2/8, allotments 2/1; A(0,[3,1,3]) B(6,[4]). A 0-2 (one full quantum: 1 of its 2
// left), 2-3, I/O 3-4, 4-6 (another full quantum).
// reset_on_io: the I/O at 3 restored the allotment to 2, so A stays at level 0; at 6 B arrives
// first, then A: B 6-8, A 8-9, B 9-11.
// without: A's allotment runs out at 6 and it drops: B 6-8, 8-10 at level 0, then A 10-11.
TEST(Rules, MlfqResetOnIoRestoresTheAllotment) {
    std::vector<ProcessSpec> ps{proc("A", 0, {3, 1, 3}), proc("B", 6, {4})};
    EXPECT_EQ(ganttOf("mlfq:quanta=2/8,allotments=2/1,reset_on_io=true", ps, kTextbook),
              "A 0-2, A 2-3, A 4-6, B 6-8, A 8-9, B 9-11");
    EXPECT_EQ(ganttOf("mlfq:quanta=2/8,allotments=2/1", ps, kTextbook),
              "A 0-2, A 2-3, A 4-6, B 6-8, B 8-10, A 10-11");
}

// ostep, mlfq quanta 2/4, allotments 1/1, reset_on_io; B(0,[6]) A(0,[2,1,2]). B 0-2 drops. A
// 2-4: its burst and its quantum end together at 4. The reset comes first, then the spent
// quantum still counts against the fresh allotment: A drops to level 1 while blocked (4-5), so
// on its return it queues behind B at level 1 instead of preempting it: B 4-8, A 8-10.
TEST(Rules, MlfqOstepQuantumSpentOnIoStillCountsAfterReset) {
    auto w = workload("mlfq:quanta=2/4,allotments=1/1,reset_on_io=true",
                      {proc("B", 0, {6}), proc("A", 0, {2, 1, 2})}, kOstep);
    Simulation sim{w};
    sim.runUntil(4);
    EXPECT_EQ(sim.state(1), ProcessState::Blocked);
    EXPECT_EQ(sim.level(1), 1);
    sim.run();
    EXPECT_EQ(gantt(sim.result(), w), "B 0-2, A 2-4, B 4-8, A 8-10");
}

}  // namespace
}  // namespace schedlab::engine::test
