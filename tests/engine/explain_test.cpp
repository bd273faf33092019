// Decisions read as sentences (engine/explain.cpp), on the textbook workloads of the other tests.
#include "engine/explain.hpp"

#include <gtest/gtest.h>

#include "engine_test_support.hpp"

namespace schedlab::engine::test {
namespace {

/// Every decision of one kind, as text, in order.
std::vector<std::string> sentences(const Workload& w, DecisionKind kind) {
    std::vector<std::string> out;
    for (const auto& d : run(w).decisions) {
        if (d.kind == kind) {
            out.push_back(explain(d, w));
        }
    }
    return out;
}

using S = std::vector<std::string>;

TEST(Explain, SrtfPreemptionAndDispatch) {
    auto w = workload(
        "srtf", {proc("P1", 0, {8}), proc("P2", 1, {4}), proc("P3", 2, {9}), proc("P4", 3, {5})});
    EXPECT_EQ(sentences(w, DecisionKind::Preempt),
              S{"t=1: P2 preempts P1 on CPU 0: remaining 4 < 7"});
    EXPECT_EQ(sentences(w, DecisionKind::Dispatch),
              (S{"t=0: CPU 0 runs P1 (shortest remaining: 8)",
                 "t=5: CPU 0 runs P4 (shortest remaining: 5)",
                 "t=10: CPU 0 runs P1 (shortest remaining: 7)",
                 "t=17: CPU 0 runs P3 (shortest remaining: 9)"}));
}

TEST(Explain, SjfDispatch) {
    auto w = workload(
        "sjf", {proc("P1", 0, {6}), proc("P2", 0, {8}), proc("P3", 0, {7}), proc("P4", 0, {3})});
    EXPECT_EQ(sentences(w, DecisionKind::Dispatch)[0],
              "t=0: CPU 0 runs P4 (shortest next burst: 3)");
}

TEST(Explain, PriorityPreemption) {
    auto w = workload("priority-p", {proc("P1", 0, {10}, 3), proc("P2", 1, {1}, 1)});
    EXPECT_EQ(sentences(w, DecisionKind::Preempt),
              S{"t=1: P2 preempts P1 on CPU 0: priority 1 < 3"});
}

// With aging 2, L (priority 3) has waited 9 ticks at t=9: 3 - floor(9 / 2) = -1.
TEST(Explain, AgedPriorityShowsTheEffectiveValue) {
    auto w =
        workload("priority:aging=2", {proc("H1", 0, {3}), proc("L", 0, {1}, 3), proc("H2", 1, {3}),
                                      proc("H3", 4, {3}), proc("H4", 7, {3})});
    EXPECT_EQ(sentences(w, DecisionKind::Dispatch)[3], "t=9: CPU 0 runs L (best priority: -1)");
}

TEST(Explain, RoundRobinQuantum) {
    auto w = workload("rr:quantum=4", {proc("P1", 0, {6}), proc("P2", 0, {3})});
    EXPECT_EQ(sentences(w, DecisionKind::QuantumExpired),
              S{"t=4: P1 used up its quantum on CPU 0"});
    EXPECT_EQ(sentences(w, DecisionKind::Dispatch)[1],
              "t=4: CPU 0 runs P2 (first in the ready queue)");
    EXPECT_EQ(sentences(w, DecisionKind::Finish), (S{"t=7: P2 finishes", "t=9: P1 finishes"}));
}

TEST(Explain, HrrnShowsTheRatio) {
    auto w = workload("hrrn", {proc("A", 0, {3}), proc("B", 2, {6}), proc("C", 4, {4}),
                               proc("D", 6, {5}), proc("E", 8, {2})});
    EXPECT_EQ(sentences(w, DecisionKind::Dispatch),
              (S{"t=0: CPU 0 runs A (highest response ratio: 1.000)",
                 "t=3: CPU 0 runs B (highest response ratio: 1.167)",
                 "t=9: CPU 0 runs C (highest response ratio: 2.250)",
                 "t=13: CPU 0 runs E (highest response ratio: 3.500)",
                 "t=15: CPU 0 runs D (highest response ratio: 2.800)"}));
}

TEST(Explain, IoAndUniprogramming) {
    auto w = workload("fcfs", {proc("P1", 0, {2, 3, 2}), proc("P2", 0, {4})});
    w.multiprogramming = false;
    EXPECT_EQ(sentences(w, DecisionKind::Block), S{"t=2: P1 starts I/O for 3 ticks"});
    EXPECT_EQ(sentences(w, DecisionKind::Hold),
              S{"t=2: CPU 0 stays idle while P1 does I/O (multiprogramming is off)"});
}

TEST(Explain, MlfqDemotionPreemptionAndBoost) {
    auto w = workload("mlfq:quanta=2/4,allotments=1/1,boost=12",
                      {proc("A", 0, {10}), proc("B", 0, {10}), proc("C", 7, {1})});
    EXPECT_EQ(sentences(w, DecisionKind::Demote),
              (S{"t=2: A used up its allotment and moves down to level 1",
                 "t=4: B used up its allotment and moves down to level 1",
                 "t=14: A used up its allotment and moves down to level 1",
                 "t=16: B used up its allotment and moves down to level 1"}));
    EXPECT_EQ(sentences(w, DecisionKind::Preempt), S{"t=7: C preempts A on CPU 0: level 0 < 1"});
    EXPECT_EQ(sentences(w, DecisionKind::Boost)[0],
              "t=12: priority boost: every process goes back to the top level");
    EXPECT_EQ(sentences(w, DecisionKind::Dispatch)[0],
              "t=0: CPU 0 runs A (first in the highest non-empty level: 0)");
}

// ostep io_to_front: A, back from I/O at 3, goes in front of B at the same level.
TEST(Explain, MlfqSameLevelPreemption) {
    auto w =
        workload("mlfq:quanta=4/8,allotments=1/1,io_to_front=true",
                 {proc("A", 0, {1, 2, 4}), proc("B", 0, {6}), proc("C", 0, {6})}, Rules::Ostep);
    EXPECT_EQ(sentences(w, DecisionKind::Preempt),
              S{"t=3: A preempts B on CPU 0: it is ahead of it in level 0"});
}

TEST(Explain, ContinueAndUnknownProcess) {
    auto w = workload("rr", {proc("P1", 0, {6})});
    EXPECT_EQ(explain({5, DecisionKind::Continue, 0, 0}, w),
              "t=5: P1 continues on CPU 0 (nothing else is ready)");
    EXPECT_EQ(explain({5, DecisionKind::Finish, 0, 7}, w), "t=5: ? finishes");
}

}  // namespace
}  // namespace schedlab::engine::test
