// levelHistory: the MLFQ level of each process over a run, known answers from the boost scenario.

#include "models/level_history.hpp"

#include <gtest/gtest.h>

#include <memory>

#include "engine/simulation.hpp"
#include "scenario/scenario_io.hpp"

namespace schedlab::models {

void PrintTo(const LevelStep& step, std::ostream* out) {
    *out << "{" << step.time << ", " << step.level << "}";
}

namespace {

Run scenarioRun(const std::string& name) {
    auto loaded =
        scenario::loadScenarioFile(std::string(SCHEDLAB_SOURCE_DIR) + "/scenarios/" + name);
    EXPECT_TRUE(loaded.workload) << name;
    auto result = engine::simulate(*loaded.workload);
    return Run{*loaded.workload, std::move(result)};
}

// mlfq-boost: levels 4/8/16 with allotment 1, boost every 40. The long job sinks while the two
// interactive jobs hold level 0, and every boost lifts it back to the top.
TEST(LevelHistory, BoostScenarioKnownAnswer) {
    const LevelHistory history = levelHistory(scenarioRun("mlfq-boost.yaml"));
    EXPECT_EQ(history.levelCount, 3);
    EXPECT_EQ(history.boosts, (std::vector<engine::Tick>{40, 80, 120}));
    ASSERT_EQ(history.processes.size(), 3u);
    const std::vector<LevelStep> longJob = {{0, 0},  {4, 1},  {40, 0},  {47, 1}, {80, 0},
                                            {84, 1}, {92, 2}, {120, 0}, {124, 1}, {126, 1}};
    EXPECT_EQ(history.processes[0], longJob);
    // The interactive jobs never use a whole quantum: level 0 from arrival to the end.
    EXPECT_EQ(history.processes[1].front(), (LevelStep{2, 0}));
    EXPECT_EQ(history.processes[2].front(), (LevelStep{3, 0}));
    for (const auto& steps : {history.processes[1], history.processes[2]}) {
        EXPECT_EQ(steps.size(), 2u);
        EXPECT_EQ(steps.back().level, 0);
    }
}

TEST(LevelHistory, OtherPoliciesStayAtLevelZero) {
    const models::Run run = scenarioRun("textbook-rr.yaml");
    const LevelHistory history = levelHistory(run);
    EXPECT_EQ(history.levelCount, 1);
    EXPECT_TRUE(history.boosts.empty());
    for (std::size_t p = 0; p < history.processes.size(); ++p) {
        const auto& steps = history.processes[p];
        ASSERT_EQ(steps.size(), 2u);
        EXPECT_EQ(steps.front().time, run.workload.processes[p].arrival);
        EXPECT_EQ(steps.back().time, run.result.processes[p].completion);
        EXPECT_EQ(steps.back().level, 0);
    }
}

}  // namespace
}  // namespace schedlab::models
