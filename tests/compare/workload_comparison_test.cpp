// compareWorkload: one row per policy, equal to a full simulation's summary; cancellable.

#include "compare/workload_comparison.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "engine/policy_spec.hpp"
#include "engine/simulation.hpp"
#include "scenario/scenario_io.hpp"

namespace schedlab::compare {
namespace {

std::vector<engine::PolicyConfig> policies(std::initializer_list<const char*> specs) {
    std::vector<engine::PolicyConfig> out;
    for (const char* spec : specs) {
        out.push_back(*engine::parsePolicySpec(spec).policy);
    }
    return out;
}

engine::Workload load(const std::string& name) {
    auto loaded =
        scenario::loadScenarioFile(std::string(SCHEDLAB_SOURCE_DIR) + "/scenarios/" + name);
    EXPECT_TRUE(loaded.workload) << name;
    return loaded.workload.value_or(engine::Workload{});
}

void expectSameSummary(const engine::Summary& a, const engine::Summary& b) {
    EXPECT_EQ(a.makespan, b.makespan);
    EXPECT_EQ(a.busy, b.busy);
    EXPECT_EQ(a.contextSwitches, b.contextSwitches);
    EXPECT_DOUBLE_EQ(a.avgResponse, b.avgResponse);
    EXPECT_DOUBLE_EQ(a.avgTurnaround, b.avgTurnaround);
    EXPECT_DOUBLE_EQ(a.avgWaiting, b.avgWaiting);
    EXPECT_EQ(a.maxWaiting, b.maxWaiting);
    EXPECT_EQ(a.p95Turnaround, b.p95Turnaround);
    EXPECT_DOUBLE_EQ(a.cpuUtilization, b.cpuUtilization);
    EXPECT_DOUBLE_EQ(a.throughput, b.throughput);
    EXPECT_DOUBLE_EQ(a.fairness, b.fairness);
}

TEST(CompareWorkload, EachRowIsTheSummaryOfAFullSimulation) {
    auto list = policies({"fcfs", "srtf", "rr:quantum=2", "mlfq:quanta=2/4/8,allotments=1/2/1"});
    for (const auto& entry :
         std::filesystem::directory_iterator(std::string(SCHEDLAB_SOURCE_DIR) + "/scenarios")) {
        if (!entry.is_regular_file()) {
            continue;   // scenarios/lessons/: programs, checked in scenario_tests
        }
        auto workload = load(entry.path().filename().string());
        auto rows = compareWorkload(workload, list);
        ASSERT_TRUE(rows);
        ASSERT_EQ(rows->size(), list.size());
        for (std::size_t i = 0; i < list.size(); ++i) {
            SCOPED_TRACE(entry.path().string() + " " + (*rows)[i].policy);
            auto single = workload;
            single.policy = list[i];
            auto full = engine::simulate(single);  // recording everything, as `run` does
            EXPECT_EQ((*rows)[i].policy, full.policy);
            EXPECT_EQ((*rows)[i].scenario, workload.name);
            EXPECT_EQ((*rows)[i].file, "");
            expectSameSummary((*rows)[i].summary, full.summary);
        }
    }
}

TEST(CompareWorkload, NoPoliciesMeansTheWorkloadsOwn) {
    auto rows = compareWorkload(load("textbook-rr.yaml"), {});
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), 1U);
    EXPECT_EQ((*rows)[0].policy, "rr:quantum=4");
    EXPECT_NEAR((*rows)[0].summary.avgWaiting, 17.0 / 3.0, 1e-9);
}

TEST(CompareWorkload, ProgressRisesAndCanCancel) {
    auto list = policies({"fcfs", "sjf", "rr"});
    std::vector<double> seen;
    auto rows = compareWorkload(load("classroom-io.yaml"), list, [&seen](double share) {
        seen.push_back(share);
        return true;
    });
    ASSERT_TRUE(rows);
    ASSERT_FALSE(seen.empty());
    EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
    EXPECT_GE(seen.front(), 0.0);
    EXPECT_LE(seen.back(), 1.0);

    int calls = 0;
    auto cancelled =
        compareWorkload(load("classroom-io.yaml"), list, [&calls](double) { return ++calls < 2; });
    EXPECT_FALSE(cancelled);
}

}  // namespace
}  // namespace schedlab::compare
