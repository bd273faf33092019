// The comparison and the reports, on hand-made measurements (no child runs): known errors,
// orders, shares and the shapes of the text and JSON reports.

#include "real/comparison.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "engine/simulation.hpp"
#include "real/real_report.hpp"
#include "real_test_support.hpp"

namespace schedlab::real {
namespace {

/// fcfs, A 2 ticks then B 2 ticks at 10 ms: simulated A [0, 20), B [20, 40) ms.
RealRun handMade(std::vector<RealInterval> a, std::vector<RealInterval> b) {
    RealRun run;
    run.tickMs = 10;
    run.workload = testing::makeWorkload("fcfs", {{"A", 0, {2}}, {"B", 0, {2}}});
    run.simulated = engine::simulate(run.workload);
    run.processes.resize(2);
    run.processes[0].cpu = std::move(a);
    run.processes[0].completionUs = run.processes[0].cpu.back().endUs;
    run.processes[1].cpu = std::move(b);
    run.processes[1].completionUs = run.processes[1].cpu.back().endUs;
    return run;
}

TEST(RealComparison, ErrorsOrderAndShareOfAnExactRun) {
    auto c = compareRun(handMade({{0, 20'000}}, {{20'000, 40'000}}));
    EXPECT_DOUBLE_EQ(c.summary.meanAbsCompletionErrorMs, 0.0);
    EXPECT_TRUE(c.summary.sameOrder);
    EXPECT_DOUBLE_EQ(c.summary.sameProcessShare, 1.0);
    EXPECT_EQ(c.summary.realSwitches, 1);
    ASSERT_EQ(c.summary.closeEventsMs.size(), 1u);  // both arrive at 0
    EXPECT_DOUBLE_EQ(c.summary.closeEventsMs[0], 0.0);
}

TEST(RealComparison, ErrorsOrderAndShareOfAReversedRun) {
    // B first (20 ms), a 100 us switch, then A.
    auto c = compareRun(handMade({{20'100, 40'100}}, {{0, 20'000}}));
    EXPECT_FALSE(c.summary.sameOrder);
    EXPECT_NEAR(c.processes[0].completionErrorMs, 20.1, 1e-9);
    EXPECT_NEAR(c.processes[1].completionErrorMs, -20.0, 1e-9);
    EXPECT_NEAR(c.summary.meanAbsCompletionErrorMs, 20.05, 1e-9);
    EXPECT_NEAR(c.processes[0].real.waitingMs, 20.1, 1e-9);
    EXPECT_NEAR(c.summary.switchOverheadUs, 100.0, 1e-9);
    EXPECT_NEAR(c.summary.sameProcessShare, 0.0, 1e-3);
    ASSERT_GE(c.differences.size(), 2u);
    EXPECT_EQ(engine::fill(c.differences[0].text, c.differences[0].args),
              "A finished 20.1 ms later than simulated (40.1 ms instead of 20.0 ms); it first ran "
              "at 20.1 ms instead of 0.0 ms.");
    EXPECT_NE(engine::fill(c.differences[2].text, c.differences[2].args)
                  .find("differs from dispatch 1 on: the simulation ran A, the real "
                        "run B"),
              std::string::npos);
}

TEST(RealComparison, DifferingSpansCoverWhereAnotherProcessRan) {
    auto run = handMade({{0, 20'000}}, {{20'300, 40'000}});  // a 300 us gap: too short to show
    EXPECT_TRUE(differingSpans(run).empty());
    auto reversed = differingSpans(handMade({{20'000, 40'000}}, {{0, 20'000}}));
    ASSERT_EQ(reversed.size(), 1u);
    EXPECT_EQ(reversed[0].startUs, 0);
    EXPECT_EQ(reversed[0].endUs, 40'000);
}

TEST(RealComparison, RealRunAsASimulationResultForTheCharts) {
    auto run = handMade({{0, 9'000}, {11'000, 20'000}}, {{20'000, 40'000}});
    auto result = realAsResult(run, 1000);
    ASSERT_EQ(result.slices.size(), 3u);
    EXPECT_EQ(result.slices[1].start, 11);
    EXPECT_EQ(result.slices[2].end, 40);
    EXPECT_EQ(result.processes[1].completion, 40);
    EXPECT_EQ(result.events.front().to, engine::ProcessState::Ready);
    EXPECT_EQ(result.events.back().to, engine::ProcessState::Terminated);
}

TEST(RealReport, JsonCarriesTheContractKeys) {
    auto run = handMade({{0, 20'000}}, {{20'000, 40'000}});
    run.mode = RealMode::Dispatch;
    auto json = nlohmann::json::parse(writeRealJson(run, compareRun(run)));
    EXPECT_EQ(json["summary"]["mode"], "dispatch");
    EXPECT_EQ(json["summary"]["mean_abs_completion_error_ms"], 0.0);
    EXPECT_EQ(json["summary"]["same_order"], true);
    ASSERT_EQ(json["processes"].size(), 2u);
    EXPECT_EQ(json["processes"][1]["name"], "B");
    EXPECT_EQ(json["processes"][1]["simulated"]["first_run_ms"], 20.0);
    EXPECT_EQ(json["processes"][1]["real"]["completion_ms"], 40.0);
    EXPECT_TRUE(json["processes"][1]["kernel"]["switches"].is_null());
}

TEST(RealReport, TextShowsBothChartsOnOneAxisAndTheDifferences) {
    auto run = handMade({{20'000, 40'000}}, {{0, 20'000}});
    std::string text = writeRealText(run, compareRun(run));
    auto simulated = text.find("Simulated\nGantt chart (1 column = 1 ms)");
    auto real = text.find("Real (measured)\nGantt chart (1 column = 1 ms)");
    ASSERT_NE(simulated, std::string::npos) << text;
    ASSERT_NE(real, std::string::npos) << text;
    EXPECT_NE(text.find("A     ####################\n"), std::string::npos) << text;
    EXPECT_NE(text.find("A     ....................####################\n"), std::string::npos)
        << text;
    EXPECT_NE(text.find("Largest differences\n- A finished 20.0 ms later"), std::string::npos);
    EXPECT_NE(text.find("same order                    no"), std::string::npos) << text;
    EXPECT_EQ(text, writeRealText(run, compareRun(run)));  // deterministic
}

// #12: `schedlab-cli real --lang zh_CN` printed everything in English.
TEST(RealComparison, Issue12TheTextReportSpeaksChinese) {
    auto run = handMade({{20'000, 40'000}}, {{0, 20'000}});
    run.notes.push_back(
        {"lockstep mode: the simulation's slices ran in its order, each for its "
         "length of CPU time; only the real overheads differ",
         {}});
    const std::string text = writeRealText(run, compareRun(run), i18n::Language::SimplifiedChinese);
    for (const char* english :
         {"Simulated", "Real (measured)", "Largest differences", "How this run differs", "finished",
          "lockstep mode", "same order", "1 column", "Times in ms"}) {
        EXPECT_EQ(text.find(english), std::string::npos) << english << "\n" << text;
    }
    EXPECT_NE(text.find("\xe6\xa8\xa1\xe6\x8b\x9f\n"), std::string::npos) << text;  // 模拟
    EXPECT_NE(text.find("- A "), std::string::npos) << text;  // the sentence names the process
}

}  // namespace
}  // namespace schedlab::real
