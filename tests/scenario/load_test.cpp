// Loading valid scenarios: the contract's example, JSON, defaults, extensions, files.

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "scenario_test_support.hpp"

namespace schedlab::scenario {
namespace {

using namespace testing;
using engine::MlfqLevel;
using engine::PolicyConfig;
using engine::Workload;

Workload contractWorkload() {
    Workload w;
    w.name = "Textbook round robin";
    w.policy.name = "mlfq";
    w.policy.set("quantum", 4);  // rr's quantum, kept although mlfq ignores it
    w.policy.set("levels", std::vector<engine::MlfqLevel>{MlfqLevel{2, 1}, MlfqLevel{4, 2}, MlfqLevel{8, std::nullopt}});
    w.processes = {{"P1", 0, 3, {5, 3, 2}}};
    return w;
}

TEST(LoadTest, ContractExampleLoadsWithEveryField) {
    auto result = loadScenarioFile(dataFile("contract_example.yaml"));
    ASSERT_TRUE(result.workload) << ::testing::PrintToString(errors(result));
    EXPECT_TRUE(result.diagnostics.empty());
    EXPECT_EQ(dump(*result.workload), dump(contractWorkload()));
    std::string file = dataFile("contract_example.yaml");
    EXPECT_EQ(
        warnings(result),
        std::vector<std::string>{file + ":10:3: warning: 'quantum' is not a parameter of mlfq, so "
                                        "it is ignored; mlfq takes: levels, boost, reset_on_io, "
                                        "io_to_front, stay_if_alone, preempt"});
}

TEST(LoadTest, ContractExampleSourcesPointAtEachValue) {
    auto result = loadScenarioFile(dataFile("contract_example.yaml"));
    ASSERT_EQ(result.sources.size(), 1U);
    ProcessSource expected{{19, 11}, {20, 14}, {21, 15}, {22, 13}, {{22, 14}, {22, 17}, {22, 20}}};
    EXPECT_EQ(result.sources[0], expected);
}

TEST(LoadTest, JsonEquivalentGivesTheSameWorkload) {
    auto yaml = loadScenarioFile(dataFile("contract_example.yaml"));
    auto json = loadScenarioFile(dataFile("contract_example.json"));
    ASSERT_TRUE(json.workload) << ::testing::PrintToString(errors(json));
    EXPECT_EQ(dump(*json.workload), dump(*yaml.workload));
    ASSERT_EQ(json.sources.size(), 1U);
    ProcessSource expected{{21, 14}, {21, 31}, {21, 46}, {21, 59}, {{21, 60}, {21, 63}, {21, 66}}};
    EXPECT_EQ(json.sources[0], expected);
}

TEST(LoadTest, JsonTextThroughTheYamlReaderGivesTheSameWorkload) {
    std::ifstream in(dataFile("contract_example.json"));
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(dump(*loadYaml(text).workload), dump(*loadJson(text).workload));
}

TEST(LoadTest, DefaultsFillEverythingButProcesses) {
    auto result = loadYaml("processes:\n  - name: A\n    bursts: [3]\n");
    ASSERT_TRUE(result.workload);
    Workload expected;
    expected.processes = {{"A", 0, 0, {3}}};
    EXPECT_EQ(dump(*result.workload), dump(expected));
    EXPECT_EQ(result.workload->policy.name, "fcfs");
    EXPECT_TRUE(result.warnings.empty());
}

TEST(LoadTest, PolicyDefaultsFollowTheSpecDefaults) {
    auto rr = loadYaml("policy: {name: rr}\nprocesses: [{name: A, bursts: [1]}]");
    ASSERT_TRUE(rr.workload);
    EXPECT_EQ(rr.workload->policy.ticks("quantum"), 4);
    auto mlfq = loadYaml("policy: {name: mlfq}\nprocesses: [{name: A, bursts: [1]}]");
    ASSERT_TRUE(mlfq.workload);
    EXPECT_EQ(mlfq.workload->policy.levels(), (std::vector<MlfqLevel>{{2, 1}, {4, 1}, {8, 1}}));
}

TEST(LoadTest, EverySettingIsRead) {
    auto result = loadYaml(R"(
name: all
cpus: 3
context_switch: 2
multiprogramming: false
rules: ostep
priority_order: larger-first
exercise: true
policy: {name: mlfq, levels: [{quantum: 3, allotment: 2}], boost: 50, reset_on_io: true,
         io_to_front: true}
processes: [{name: A, arrival: 7, priority: -2, bursts: [1, 2, 3]}]
)");
    ASSERT_TRUE(result.workload) << ::testing::PrintToString(errors(result));
    const auto& w = *result.workload;
    EXPECT_EQ(w.name, "all");
    EXPECT_EQ(w.cpus, 3);
    EXPECT_EQ(w.contextSwitch, 2);
    EXPECT_FALSE(w.multiprogramming);
    EXPECT_EQ(w.rules, engine::Rules::Ostep);
    EXPECT_EQ(w.priorityOrder, engine::PriorityOrder::LargerFirst);
    EXPECT_TRUE(w.exercise);
    EXPECT_EQ(w.policy.levels(), (std::vector<MlfqLevel>{{3, 2}}));
    EXPECT_EQ(w.policy.ticks("boost"), 50);
    EXPECT_TRUE(w.policy.flag("reset_on_io"));
    EXPECT_TRUE(w.policy.flag("io_to_front"));
    EXPECT_EQ(w.processes[0].name, "A");
    EXPECT_EQ(w.processes[0].arrival, 7);
    EXPECT_EQ(w.processes[0].priority, -2);
    EXPECT_EQ(w.processes[0].bursts, (std::vector<engine::Tick>{1, 2, 3}));
}

TEST(LoadTest, LevelsMayOmitQuantumOrAllotment) {
    auto result = loadYaml(
        "policy:\n  name: mlfq\n  levels:\n    - {allotment: 2}\n    - {quantum: 5}\n    - {}\n"
        "processes: [{name: A, bursts: [1]}]\n");
    ASSERT_TRUE(result.workload) << ::testing::PrintToString(errors(result));
    std::vector<MlfqLevel> expected = {{std::nullopt, 2}, {5, std::nullopt}, {}};
    EXPECT_EQ(result.workload->policy.levels(), expected);
}

TEST(LoadTest, AgingIsAnExtensionOfThePriorityPolicies) {
    auto result = loadYaml(
        "policy: {name: priority-p, aging: 10}\n"
        "processes: [{name: A, bursts: [1]}]");
    ASSERT_TRUE(result.workload);
    EXPECT_EQ(result.workload->policy.ticks("aging"), 10);
    EXPECT_TRUE(result.warnings.empty());
}

TEST(LoadTest, ParametersOfAnotherPolicyAreKeptWithAWarning) {
    auto result = loadYaml(
        "policy: {name: fcfs, quantum: 6, aging: 3}\n"
        "processes: [{name: A, bursts: [1]}]");
    ASSERT_TRUE(result.workload);
    EXPECT_EQ(result.workload->policy.ticks("quantum"), 6);
    EXPECT_EQ(warnings(result),
              (std::vector<std::string>{
                  "t.yaml:1:22: warning: 'quantum' is not a parameter of fcfs, so it is ignored; "
                  "fcfs takes no parameters",
                  "t.yaml:1:34: warning: 'aging' is not a parameter of fcfs, so it is ignored; "
                  "fcfs takes no parameters"}));
}

TEST(LoadTest, PolicyMayBeASpecString) {
    auto result = loadYaml("policy: \"rr:quantum=3\"\nprocesses: [{name: A, bursts: [1]}]");
    ASSERT_TRUE(result.workload);
    EXPECT_EQ(result.workload->policy.name, "rr");
    EXPECT_EQ(result.workload->policy.ticks("quantum"), 3);
}

TEST(LoadTest, FlowStyleCommentsAndAliasesAreFine) {
    auto result = loadYaml(
        "{cpus: 2, processes: [{name: A, bursts: &b [1, 2, 3]},  # a comment\n"
        "  {name: B, bursts: *b}]}\n");
    ASSERT_TRUE(result.workload) << ::testing::PrintToString(errors(result));
    EXPECT_EQ(result.workload->cpus, 2);
    EXPECT_EQ(result.workload->processes[1].bursts, (std::vector<engine::Tick>{1, 2, 3}));
}

TEST(LoadTest, QuotedNumbersAndNamesThatLookLikeNumbers) {
    auto result = loadYaml("processes: [{name: 42, arrival: \"3\", bursts: [1]}]");
    ASSERT_TRUE(result.workload);
    EXPECT_EQ(result.workload->processes[0].name, "42");
    EXPECT_EQ(result.workload->processes[0].arrival, 3);
}

TEST(LoadTest, ByteOrderMarkIsSkipped) {
    auto yaml = loadYaml("\xEF\xBB\xBFprocesses: [{name: A, bursts: [1]}]\ncpus: x\n");
    EXPECT_EQ(errors(yaml),
              std::vector<std::string>{"t.yaml:2:7: error: cpus must be a whole number, not 'x'"});
    auto json = loadJson(
        "\xEF\xBB\xBF{\"processes\": [{\"name\": \"A\", \"bursts\": [1]}],\n"
        "\"cpus\": \"x\"}");
    EXPECT_EQ(errors(json),
              std::vector<std::string>{"t.json:2:9: error: cpus must be a whole number, not 'x'"});
}

TEST(LoadTest, SourcesCanBeSkipped) {
    LoadOptions options;
    options.collectSources = false;
    auto result = loadScenarioFile(dataFile("contract_example.json"), Format::Auto, options);
    ASSERT_TRUE(result.workload);
    EXPECT_TRUE(result.sources.empty());
}

TEST(LoadTest, MissingFileIsOneDiagnosticWithoutPosition) {
    auto result = loadScenarioFile("/nonexistent/dir/s.yaml");
    EXPECT_FALSE(result.workload);
    EXPECT_EQ(errors(result), std::vector<std::string>{
                                  "/nonexistent/dir/s.yaml: error: cannot read: No such file or "
                                  "directory"});
    EXPECT_EQ(result.diagnostics[0].line, 0);
    EXPECT_EQ(result.diagnostics[0].column, 0);
}

TEST(LoadTest, DirectoryCannotBeRead) {
    auto result = loadScenarioFile(dataFile(""));
    EXPECT_EQ(errors(result),
              std::vector<std::string>{dataFile("") + ": error: cannot read: it is a directory"});
}

TEST(LoadTest, FormatComesFromTheExtension) {
    auto path = std::filesystem::temp_directory_path() / "schedlab_scenario_test.json";
    std::ofstream(path) << "{processes: [{name: A, bursts: [1]}]}\n";  // YAML, not JSON
    auto asJson = loadScenarioFile(path.string());
    auto asYaml = loadScenarioFile(path.string(), Format::Yaml);
    std::filesystem::remove(path);
    EXPECT_EQ(errors(asJson),
              std::vector<std::string>{path.string() +
                                       ":1:2: error: invalid JSON: expected a key in double "
                                       "quotes, found 'p'"});
    EXPECT_TRUE(asYaml.workload);
}

}  // namespace
}  // namespace schedlab::scenario
