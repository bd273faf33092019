// Stallings' feedback scheduling (Operating Systems: Internals and Design Principles, 9.2):
// processes A-E arriving at 0, 2, 4, 6, 8 with service 3, 6, 4, 5, 2. His tables need mlfq's two
// options: stay_if_alone and preempt=false. Checked tick by tick against his figure.
#include <gtest/gtest.h>

#include "engine/explain.hpp"
#include "engine_test_support.hpp"

namespace schedlab::engine {
namespace {

using namespace test;

Workload stallings(std::string_view spec) {
    return workload(spec, {proc("A", 0, {3}), proc("B", 2, {6}), proc("C", 4, {4}),
                           proc("D", 6, {5}), proc("E", 8, {2})});
}

// The process on the CPU at each tick, '-' when idle.
std::string ticks(const SimulationResult& r, const Workload& w) {
    std::string out(static_cast<std::size_t>(r.summary.end), '-');
    for (const auto& slice : r.slices) {
        for (Tick t = slice.start; t < slice.end; ++t) {
            out[static_cast<std::size_t>(t)] = w.processes[slice.process].name[0];
        }
    }
    return out;
}

std::vector<Tick> completions(const SimulationResult& r) {
    return column(r, &ProcessMetrics::completion);
}

constexpr std::string_view kQ1 = "mlfq:quanta=1/1/1/1/1/1/1,allotments=1/1/1/1/1/1/-,"
                                 "stay_if_alone=true,preempt=false";
constexpr std::string_view kQ2i = "mlfq:quanta=1/2/4/8,allotments=1/1/1/-,"
                                  "stay_if_alone=true,preempt=false";

TEST(StallingsFeedback, QuantumOne) {
    auto w = stallings(kQ1);
    auto r = run(w);
    EXPECT_EQ(ticks(r, w), "AABACBDCEDEBCDBCDBDB");
    EXPECT_EQ(completions(r), (std::vector<Tick>{4, 20, 16, 19, 11}));
}

TEST(StallingsFeedback, QuantumTwoToTheI) {
    auto w = stallings(kQ2i);
    auto r = run(w);
    EXPECT_EQ(ticks(r, w), "AABACBBDECCDDEBBBCDD");
    EXPECT_EQ(completions(r), (std::vector<Tick>{4, 17, 18, 20, 14}));
}

// Without his rules the answers differ: each rule matters.
TEST(StallingsFeedback, EachRuleChangesTheAnswer) {
    auto both = ticks(run(stallings(kQ2i)), stallings(kQ2i));
    for (auto spec : {"mlfq:quanta=1/2/4/8,allotments=1/1/1/-,stay_if_alone=true",
                      "mlfq:quanta=1/2/4/8,allotments=1/1/1/-,preempt=false"}) {
        auto w = stallings(spec);
        EXPECT_NE(ticks(run(w), w), both) << spec;
    }
}

TEST(StallingsFeedback, TheDecisionLogSaysWhy) {
    auto w = stallings(kQ2i);
    std::vector<std::string> notes;
    for (const auto& d : run(w).decisions) {
        if (d.kind == DecisionKind::Note) {
            notes.push_back(explain(d, w));
        }
    }
    ASSERT_GE(notes.size(), 2u);
    EXPECT_EQ(notes[0], "t=1: A used up its quantum but stays at level 0: no other process is ready");
    EXPECT_EQ(notes[1], "t=6: D waits at level 0 until the running process's quantum ends");
}

TEST(StallingsFeedback, OptionsRoundTripThroughSpecs) {
    auto p = policy(kQ2i);
    EXPECT_TRUE(p.flag("stay_if_alone"));
    EXPECT_FALSE(p.flag("preempt"));
    EXPECT_EQ(formatPolicySpec(p), kQ2i);
    EXPECT_EQ(formatPolicySpec(policy("mlfq")), "mlfq:quanta=2/4/8,allotments=1/1/1")
        << "the options are left out at their defaults";
}

}  // namespace
}  // namespace schedlab::engine
