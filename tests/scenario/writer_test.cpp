// toYaml and toJson: exact output, determinism and round trips through the readers.

#include <gtest/gtest.h>

#include "scenario_test_support.hpp"

namespace schedlab::scenario {
namespace {

using namespace testing;
using engine::MlfqLevel;
using engine::Workload;

Scenario richWorkload() {
    Scenario w;  // exercise: the scenario layer's, not the engine's (#13)
    w.name = "Round: \"robin\" #1 \\ é";
    w.cpus = 2;
    w.contextSwitch = 1;
    w.multiprogramming = false;
    w.rules = engine::Rules::Ostep;
    w.priorityOrder = engine::PriorityOrder::LargerFirst;
    w.exercise = true;
    w.policy.name = "mlfq";
    w.policy.set("levels", std::vector<engine::MlfqLevel>{{2, 1}, {std::nullopt, 3}, {8, std::nullopt}, {}});
    w.policy.set("boost", 40);
    w.policy.set("reset_on_io", true);
    w.policy.set("io_to_front", true);
    w.processes = {{"P1", 0, 3, {5, 3, 2}},
                   {"true", 4, -1, {1}},
                   {"a, b: [c]", 9, 0, {7, 1, 7}},
                   {"wide 进程 é", 2, 5, {4}},  // control characters are refused (#13)
                   {" padded ", 1, 0, {2}}};
    return w;
}

Scenario roundTrip(const std::string& text, Format format) {
    auto result = parseScenario(text, "out", format);
    EXPECT_TRUE(result.diagnostics.empty()) << ::testing::PrintToString(errors(result)) << text;
    EXPECT_TRUE(result.warnings.empty()) << ::testing::PrintToString(warnings(result));
    return result.workload.value_or(Workload{});
}

TEST(WriterTest, YamlOfTheContractExample) {
    auto loaded = loadScenarioFile(dataFile("contract_example.yaml"));
    ASSERT_TRUE(loaded.workload);
    EXPECT_EQ(toYaml(*loaded.workload), R"(name: Textbook round robin
cpus: 1
context_switch: 0
multiprogramming: true
rules: textbook
priority_order: smaller-first
policy:
  name: mlfq
  levels: [{quantum: 2, allotment: 1}, {quantum: 4, allotment: 2}, {quantum: 8}]
  boost: 0
  reset_on_io: false
  io_to_front: false
processes:
  - {name: P1, arrival: 0, priority: 3, bursts: [5, 3, 2]}
)");
}

TEST(WriterTest, JsonOfTheContractExample) {
    auto loaded = loadScenarioFile(dataFile("contract_example.yaml"));
    ASSERT_TRUE(loaded.workload);
    EXPECT_EQ(toJson(*loaded.workload), R"({
  "name": "Textbook round robin",
  "cpus": 1,
  "context_switch": 0,
  "multiprogramming": true,
  "rules": "textbook",
  "priority_order": "smaller-first",
  "policy": {
    "name": "mlfq",
    "levels": [{"quantum": 2, "allotment": 1}, {"quantum": 4, "allotment": 2}, {"quantum": 8}],
    "boost": 0,
    "reset_on_io": false,
    "io_to_front": false
  },
  "processes": [
    {"name": "P1", "arrival": 0, "priority": 3, "bursts": [5, 3, 2]}
  ]
}
)");
}

TEST(WriterTest, YamlRoundTripsEveryField) {
    auto w = richWorkload();
    EXPECT_EQ(dump(roundTrip(toYaml(w), Format::Yaml)), dump(w));
}

TEST(WriterTest, JsonRoundTripsEveryField) {
    auto w = richWorkload();
    EXPECT_EQ(dump(roundTrip(toJson(w), Format::Json)), dump(w));
    EXPECT_EQ(dump(roundTrip(toJson(w), Format::Yaml)), dump(w));  // JSON is YAML too
}

TEST(WriterTest, EachPolicyWritesOnlyItsOwnParameters) {
    for (std::string name : {"fcfs", "sjf", "srtf", "priority", "priority-p", "hrrn", "rr"}) {
        Workload w;
        w.policy.name = name;
        w.policy.set("quantum", name == "rr" ? 7 : 4);
        w.policy.set("aging", name.starts_with("priority") ? 12 : 0);
        w.processes = {{"A", 0, 0, {1}}};
        EXPECT_EQ(dump(roundTrip(toYaml(w), Format::Yaml)), dump(w)) << name;
        EXPECT_EQ(dump(roundTrip(toJson(w), Format::Json)), dump(w)) << name;
    }
}

TEST(WriterTest, OutputIsDeterministic) {
    auto w = richWorkload();
    EXPECT_EQ(toYaml(w), toYaml(w));
    EXPECT_EQ(toYaml(roundTrip(toYaml(w), Format::Yaml)), toYaml(w));
    EXPECT_EQ(toJson(roundTrip(toJson(w), Format::Json)), toJson(w));
}

TEST(WriterTest, NamesAreQuotedOnlyWhenNeeded) {
    Workload w;
    w.processes = {{"P 1", 0, 0, {1}}, {"null", 0, 0, {1}}, {"3", 0, 0, {1}}};
    auto yaml = toYaml(w);
    EXPECT_NE(yaml.find("{name: P 1,"), std::string::npos) << yaml;
    EXPECT_NE(yaml.find("{name: \"null\","), std::string::npos) << yaml;
    EXPECT_NE(yaml.find("{name: \"3\","), std::string::npos) << yaml;
    EXPECT_EQ(dump(roundTrip(yaml, Format::Yaml)), dump(w));
}

}  // namespace
}  // namespace schedlab::scenario
