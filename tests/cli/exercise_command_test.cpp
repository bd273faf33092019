#include <gtest/gtest.h>

#include <set>

#include "authoring/exercise.hpp"
#include "cli_process.hpp"
#include "engine/explain.hpp"
#include "engine/policy_registry.hpp"
#include "engine/policy_spec.hpp"
#include "engine/simulation.hpp"
#include "scenario/scenario_io.hpp"

namespace schedlab::cli::testing {
namespace {

using authoring::ExerciseOptions, authoring::makeExercise;

TEST(CliExercise, SameSeedSameBytes) {
    auto a = runCli("exercise --seed 42 --io --solve --lang en");
    auto b = runCli("exercise --seed 42 --io --solve --lang en");
    auto c = runCli("exercise --seed 43 --io --solve --lang en");
    ASSERT_EQ(a.status, 0) << a.err;
    EXPECT_EQ(a.out, b.out);
    EXPECT_NE(a.out, c.out);
}

TEST(CliExercise, SolveAddsTheAnswersToTheQuestions) {
    auto questions = runCli("exercise --seed 5 --lang en");
    auto solved = runCli("exercise --seed 5 --solve --lang en");
    ASSERT_EQ(solved.status, 0) << solved.err;
    auto hint = questions.out.find(
        "\nTo see the answers: schedlab-cli exercise --seed 5 --lang en "
        "--solve\n");
    ASSERT_NE(hint, std::string::npos) << questions.out;
    EXPECT_EQ(solved.out.substr(0, hint + 1), questions.out.substr(0, hint + 1));
    EXPECT_NE(solved.out.find("Answers:"), std::string::npos);
    EXPECT_EQ(questions.out.find("Answers:"), std::string::npos);
}

// The answers are the engine's: every decision of the exercise's run, as explain() writes it.
TEST(CliExercise, AnswersListEveryDecisionOfTheRun) {
    ExerciseOptions options;
    options.seed = 9;
    options.io = true;
    auto workload = makeExercise(options);
    auto result = engine::simulate(workload);
    auto solved = runCli("exercise --seed 9 --io --solve --lang en");
    ASSERT_FALSE(result.decisions.empty());
    for (const auto& decision : result.decisions) {
        EXPECT_NE(solved.out.find(engine::explain(decision, workload) + "\n"), std::string::npos)
            << engine::explain(decision, workload);
    }
}

TEST(CliExercise, ScenarioFollowsTheOptions) {
    for (std::uint64_t seed = 0; seed < 40; ++seed) {
        ExerciseOptions options;
        options.seed = seed;
        auto plain = makeExercise(options);
        EXPECT_GE(plain.processes.size(), 3u);
        EXPECT_LE(plain.processes.size(), 5u);
        EXPECT_NE(engine::findPolicy(plain.policy.name), nullptr);
        for (const auto& p : plain.processes) {
            ASSERT_EQ(p.bursts.size(), 1u);
            EXPECT_GE(p.bursts[0], 1);
            EXPECT_LE(p.bursts[0], 9);
        }
        options.processes = 7;
        options.policy = engine::PolicyConfig("fcfs");
        EXPECT_EQ(makeExercise(options).processes.size(), 7u);
        options.processes.reset();
        // A policy given on the command line keeps the processes of the seed.
        EXPECT_EQ(makeExercise(options).processes.size(), plain.processes.size());
        EXPECT_EQ(makeExercise(options).processes[0].bursts, plain.processes[0].bursts);
    }
}

TEST(CliExercise, SeedsDrawEveryPolicyAndIoSometimes) {
    std::set<std::string> drawn;
    int withIo = 0;
    for (std::uint64_t seed = 0; seed < 200; ++seed) {
        ExerciseOptions options;
        options.seed = seed;
        options.io = true;
        auto workload = makeExercise(options);
        drawn.insert(workload.policy.name);
        for (const auto& p : workload.processes) {
            withIo += p.bursts.size() == 3 ? 1 : 0;
        }
        EXPECT_TRUE(engine::validatePolicy(workload.policy).empty()) << workload.policy.name;
    }
    EXPECT_EQ(drawn.size(), engine::policyEntries().size());
    EXPECT_GT(withIo, 100);
}

TEST(CliExercise, OutputFileIsAnExerciseScenario) {
    TempDir dir;
    auto run = runCli("exercise --seed 4 --lang en -o " + dir.arg("hw.yaml"));
    ASSERT_EQ(run.status, 0) << run.err;
    auto loaded = scenario::loadScenarioFile(dir.path("hw.yaml").string());
    ASSERT_TRUE(loaded.workload) << (loaded.diagnostics.empty() ? ""
                                                                : loaded.diagnostics[0].message);
    EXPECT_TRUE(loaded.workload->exercise);
    ExerciseOptions options;
    options.seed = 4;
    EXPECT_EQ(loaded.workload->processes.size(), makeExercise(options).processes.size());
    EXPECT_NE(run.out.find("exercise: true"), std::string::npos);
    ASSERT_EQ(runCli("exercise --seed 4 -o " + dir.arg("hw.json")).status, 0);
    EXPECT_TRUE(scenario::loadScenarioFile(dir.path("hw.json").string()).workload->exercise);
}

TEST(CliExercise, ChineseUsesTheAppsTerms) {
    auto run = runCli("exercise --seed 2 --io --policy rr:quantum=2 --solve --lang zh_CN");
    ASSERT_EQ(run.status, 0) << run.err;
    for (const char* term : {"周转时间", "等待时间", "响应时间", "甘特图", "就绪", "阻塞",
                             "时间片轮转（RR）", "CPU 0 运行 P1（就绪队列中的第一个）"}) {
        EXPECT_NE(run.out.find(term), std::string::npos) << term;
    }
    EXPECT_EQ(run.out.find("Questions"), std::string::npos);
    // #12: the Gantt chart's heading and legend come from the report's own translation.
    EXPECT_NE(run.out.find("上下文切换"), std::string::npos);
    for (const char* english : {"Gantt chart", "running", "context switch", "CPU rows"}) {
        EXPECT_EQ(run.out.find(english), std::string::npos) << english;
    }
}

TEST(CliExercise, BadFlagsAreBadInput) {
    EXPECT_EQ(runCli("exercise").status, 2);
    EXPECT_EQ(runCli("exercise --seed -1").status, 2);
    EXPECT_EQ(runCli("exercise --seed x").status, 2);
    EXPECT_EQ(runCli("exercise --seed 1 --processes 0").status, 2);
    EXPECT_EQ(runCli("exercise --seed 1 --processes 27").status, 2);
    EXPECT_EQ(runCli("exercise --seed 1 --lang fr").status, 2);
    EXPECT_EQ(runCli("exercise --seed 1 --io=maybe").status, 2);
    auto policy = runCli("exercise --seed 1 --policy rr:quantum=0");
    EXPECT_EQ(policy.status, 2);
    EXPECT_NE(policy.err.find("--policy"), std::string::npos) << policy.err;
    EXPECT_EQ(runCli("exercise --seed 1 --policy nosuch").status, 2);
    EXPECT_TRUE(runCli("exercise --seed 1 --policy nosuch").out.empty());
}

}  // namespace
}  // namespace schedlab::cli::testing
