// Every class of problem, with the exact message and where it points.

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>

#include "engine/policy_spec.hpp"
#include "scenario_test_support.hpp"

namespace schedlab::scenario {
namespace {

using namespace testing;
using Lines = std::vector<std::string>;

// A valid process to complete documents that test something else.
constexpr std::string_view kOk = "processes: [{name: A, bursts: [1]}]\n";

LoadResult withProcesses(std::string_view rest) {
    return loadYaml(std::string(kOk) + std::string(rest));
}

TEST(DiagnosticsTest, FormatHasFileLineAndColumn) {
    EXPECT_EQ(formatDiagnostic({"s.yaml", 3, 7, "bad"}), "s.yaml:3:7: error: bad");
    EXPECT_EQ(formatDiagnostic({"s.yaml", 0, 0, "cannot read: x"}),
              "s.yaml: error: cannot read: x");
    EXPECT_EQ(formatDiagnostic({"s.yaml", 1, 2, "odd", Severity::Warning}),
              "s.yaml:1:2: warning: odd");
}

TEST(DiagnosticsTest, YamlSyntaxErrorsComeFromYamlCpp) {
    EXPECT_EQ(errors(loadYaml("processes: [{name: A, bursts: [1]}\ncpus: 2\n")),
              Lines{"t.yaml:2:1: error: invalid YAML: end of sequence flow not found"});
    EXPECT_EQ(errors(loadYaml("cpus: 1\n  bad: indent\n")),
              Lines{"t.yaml:2:3: error: line 2 is indented by 2 spaces, more than line 1 (0), which holds "
                    "a value and opens no block; line it up with line 1"});
}

TEST(DiagnosticsTest, JsonSyntaxErrorsPointAtTheSpot) {
    EXPECT_EQ(errors(loadJson("{\"processes\": [1 2]}")),
              Lines{"t.json:1:18: error: invalid JSON: expected ',' or ']', found '2'"});
    EXPECT_EQ(errors(loadJson("{\"processes\": [1,]}")),
              Lines{"t.json:1:18: error: invalid JSON: expected another item after ',', "
                    "found ']'"});
    EXPECT_EQ(errors(loadJson("{\n  \"cpus\": x\n}")),
              Lines{"t.json:2:11: error: invalid JSON: unexpected 'x'"});
    EXPECT_EQ(errors(loadJson("{\"name\": \"abc}")),
              Lines{"t.json:1:10: error: invalid JSON: a string is opened but never closed"});
    EXPECT_EQ(errors(loadJson("{\"name\": \"a\\qb\"}")),
              Lines{"t.json:1:12: error: invalid JSON: invalid escape in a string"});
    EXPECT_EQ(errors(loadJson("{\"processes\": []} {}")),
              Lines{"t.json:1:19: error: invalid JSON: unexpected content after the end of the "
                    "document"});
    EXPECT_EQ(errors(loadJson("{\"cpus\" 1}")),
              Lines{"t.json:1:9: error: invalid JSON: expected ':' after the key, found '1'"});
}

TEST(DiagnosticsTest, WrongTypes) {
    EXPECT_EQ(errors(loadYaml("processes:\n  - name: A\n    arrival: abc\n    bursts: [1]\n")),
              Lines{"t.yaml:3:14: error: arrival must be a whole number, not 'abc'"});
    EXPECT_EQ(errors(withProcesses("cpus: [1]\nname: {a: 1}\nrules: [x]\n")),
              (Lines{"t.yaml:2:7: error: cpus must be a whole number, not a list",
                     "t.yaml:3:7: error: name must be text, not a mapping",
                     "t.yaml:4:8: error: rules must be textbook or ostep, not a list"}));
    EXPECT_EQ(errors(loadYaml("processes: {name: A}\n")),
              Lines{"t.yaml:1:12: error: processes must be a list of processes such as "
                    "[{name: P1, arrival: 0, bursts: [5]}], not a mapping"});
    EXPECT_EQ(errors(loadYaml("processes: [P1]\n")),
              Lines{"t.yaml:1:13: error: a process must be a mapping such as {name: P1, "
                    "arrival: 0, bursts: [5]}, not 'P1'"});
    EXPECT_EQ(errors(loadYaml("processes: [{name: A, bursts: 5}]\n")),
              Lines{"t.yaml:1:31: error: bursts must be a list of whole numbers such as "
                    "[5, 3, 2], not '5'"});
    EXPECT_EQ(errors(loadYaml("processes: [{name: A, bursts: [1, [2], 3]}]\n")),
              Lines{"t.yaml:1:35: error: an I/O burst must be a whole number, not a list"});
}

TEST(DiagnosticsTest, FloatsAreNotWholeNumbers) {
    EXPECT_EQ(errors(loadYaml("processes: [{name: A, arrival: 2.5, bursts: [1e3]}]\n")),
              (Lines{"t.yaml:1:32: error: arrival must be a whole number, not '2.5'",
                     "t.yaml:1:46: error: a CPU burst must be a whole number, not '1e3'"}));
    EXPECT_EQ(errors(loadJson("{\"processes\": [{\"name\": \"A\", \"bursts\": [1.0]}]}")),
              Lines{"t.json:1:41: error: a CPU burst must be a whole number, not '1.0'"});
}

TEST(DiagnosticsTest, BooleansMustBeTrueOrFalse) {
    EXPECT_EQ(errors(withProcesses("multiprogramming: yes\n"
                                   "policy: {name: mlfq, reset_on_io: 1, io_to_front: True}\n")),
              (Lines{"t.yaml:2:19: error: multiprogramming must be true or false, not 'yes'",
                     "t.yaml:3:35: error: reset_on_io must be true or false, not '1'",
                     "t.yaml:3:51: error: io_to_front must be true or false, not 'True'"}));
}

TEST(DiagnosticsTest, EmptyValues) {
    EXPECT_EQ(errors(withProcesses("cpus:\npolicy:\n")),
              (Lines{"t.yaml:2:1: error: cpus is empty; it must be a whole number",
                     "t.yaml:3:1: error: policy is empty; it must be a mapping such as "
                     "{name: rr, quantum: 4}"}));
}

TEST(DiagnosticsTest, MissingKeysPointAtTheMapping) {
    EXPECT_EQ(errors(loadYaml("cpus: 2\n")),
              Lines{"t.yaml:1:1: error: the scenario has no 'processes'; it needs at least one "
                    "process"});
    EXPECT_EQ(errors(loadYaml("processes:\n  - arrival: 1\n")),
              (Lines{"t.yaml:2:5: error: a process needs a 'name'",
                     "t.yaml:2:5: error: a process needs 'bursts' or 'program', e.g. bursts: [5]"}));
    EXPECT_EQ(errors(loadYaml("processes:\n  - name: P1\n")),
              Lines{"t.yaml:2:5: error: process 'P1' needs 'bursts' or 'program', e.g. bursts: [5]"});
    EXPECT_EQ(errors(withProcesses("policy: {quantum: 4}\n")),
              Lines{"t.yaml:2:9: error: policy needs a 'name': one of fcfs, sjf, srtf, priority, "
                    "priority-p, hrrn, rr, mlfq"});
}

TEST(DiagnosticsTest, EmptyProcessesAndBursts) {
    EXPECT_EQ(errors(loadYaml("processes: []\n")),
              Lines{"t.yaml:1:12: error: processes must not be empty; a scenario needs at least "
                    "one process"});
    EXPECT_EQ(errors(loadYaml("processes: [{name: A, bursts: []}]\n")),
              Lines{"t.yaml:1:31: error: bursts must not be empty; give at least one CPU burst"});
}

TEST(DiagnosticsTest, BurstsMustEndWithACpuBurst) {
    EXPECT_EQ(errors(loadYaml("processes: [{name: A, bursts: [5, 3]}]\n")),
              Lines{"t.yaml:1:31: error: bursts must end with a CPU burst: [5, 3] ends with I/O"});
    EXPECT_EQ(errors(loadYaml("processes: [{name: A, bursts: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]}]")),
              Lines{"t.yaml:1:31: error: bursts must end with a CPU burst: "
                    "[1, 2, 3, ..., 9, 10] ends with I/O"});
}

TEST(DiagnosticsTest, ZeroAndNegativeValues) {
    EXPECT_EQ(errors(loadYaml("processes: [{name: A, arrival: -1, bursts: [0, -2, 1]}]\n")),
              (Lines{"t.yaml:1:32: error: arrival must be 0 or more, not -1",
                     "t.yaml:1:45: error: a CPU burst must be greater than 0, not 0",
                     "t.yaml:1:48: error: an I/O burst must be greater than 0, not -2"}));
}

TEST(DiagnosticsTest, DuplicateNamesPointAtTheSecond) {
    EXPECT_EQ(errors(loadYaml("processes:\n  - {name: P1, bursts: [1]}\n"
                              "  - {name: P2, bursts: [1]}\n  - {name: P1, bursts: [2]}\n")),
              Lines{"t.yaml:4:12: error: duplicate process name 'P1' (first on line 2)"});
}

TEST(DiagnosticsTest, EmptyNames) {
    EXPECT_EQ(errors(loadYaml("processes: [{name: \"\", bursts: [1]}, {name: , bursts: [1]}]")),
              (Lines{"t.yaml:1:20: error: a process's name must not be empty",
                     "t.yaml:1:39: error: a process's name must not be empty"}));
}

TEST(DiagnosticsTest, CpusAndContextSwitchRanges) {
    EXPECT_EQ(errors(withProcesses("cpus: 0\n")),
              Lines{"t.yaml:2:7: error: cpus must be between 1 and 1024, not 0"});
    EXPECT_EQ(errors(withProcesses("cpus: 1025\n")),
              Lines{"t.yaml:2:7: error: cpus must be between 1 and 1024, not 1025"});
    EXPECT_EQ(errors(withProcesses("context_switch: -1\n")),
              Lines{"t.yaml:2:17: error: context_switch must be between 0 and 1099511627776, "
                    "not -1"});
}

TEST(DiagnosticsTest, NumbersBeyondInt64) {
    EXPECT_EQ(
        errors(withProcesses("cpus: 99999999999999999999\n")),
        Lines{"t.yaml:2:7: error: cpus must be between 1 and 1024, not 99999999999999999999"});
    EXPECT_EQ(errors(loadYaml("processes: [{name: A, priority: -99999999999999999999, "
                              "bursts: [4611686018427387904]}]")),
              (Lines{"t.yaml:1:33: error: priority is too small: -99999999999999999999 (it must "
                     "be above -2^62)",
                     "t.yaml:1:65: error: a CPU burst is too large: 4611686018427387904 (it must "
                     "be below 2^62)"}));
}

TEST(DiagnosticsTest, TimesMustAddUpBelowTwoToThe62) {
    // 2^62 - 1 = 4611686018427387903
    EXPECT_EQ(errors(loadYaml("processes: [{name: A, arrival: 1, bursts: [4611686018427387903]}]")),
              Lines{"t.yaml:1:43: error: process 'A' ends too late: arrival + bursts must stay "
                    "below 2^62"});
    EXPECT_EQ(errors(loadYaml("processes:\n  - {name: A, bursts: [2305843009213693952]}\n"
                              "  - {name: B, bursts: [2305843009213693952]}\n")),
              Lines{"t.yaml:3:23: error: the bursts of all processes together must stay below "
                    "2^62 ticks"});
}

TEST(DiagnosticsTest, UnknownPolicy) {
    EXPECT_EQ(errors(withProcesses("policy: {name: rrr}\n")),
              Lines{"t.yaml:2:16: error: unknown policy 'rrr' (did you mean 'rr'?); known "
                    "policies: fcfs, sjf, srtf, priority, priority-p, hrrn, rr, mlfq"});
    EXPECT_EQ(errors(withProcesses("policy: lottery\n")),
              Lines{"t.yaml:2:9: error: unknown policy 'lottery'; known policies: fcfs, sjf, "
                    "srtf, priority, priority-p, hrrn, rr, mlfq"});
}

// What the engine says about a policy with one bad value: the reader reuses these words.
std::string engineSays(const std::string& name, void (*spoil)(engine::PolicyConfig&)) {
    engine::PolicyConfig policy;
    policy.name = name;
    spoil(policy);
    return engine::validatePolicy(policy).at(0);
}

TEST(DiagnosticsTest, BadPolicyParametersUseTheEngineMessages) {
    auto quantum = engineSays("rr", [](auto& p) { p.set("quantum", 0); });
    EXPECT_EQ(quantum, "quantum must be between 1 and 1099511627776, not 0");
    EXPECT_EQ(errors(withProcesses("policy: {name: rr, quantum: 0}\n")),
              Lines{"t.yaml:2:29: error: " + quantum});
    auto huge =
        engineSays("rr", [](auto& p) { p.set("quantum", std::numeric_limits<std::int64_t>::max()); });
    EXPECT_EQ(errors(withProcesses("policy: {name: rr, quantum: 99999999999999999999}\n")),
              Lines{"t.yaml:2:29: error: " +
                    huge.replace(huge.rfind("9223372036854775807"), 19, "99999999999999999999")});
    EXPECT_EQ(errors(withProcesses("policy:\n  name: mlfq\n  boost: -1\n"
                                   "  levels: [{quantum: 0, allotment: 0}]\n")),
              (Lines{"t.yaml:4:10: error: " + engineSays("mlfq", [](auto& p) { p.set("boost", -1); }),
                     "t.yaml:5:22: error: " + engineSays("mlfq",
                                                         [](auto& p) {
                                                             p.set("levels", std::vector<engine::MlfqLevel>{{0, std::nullopt}});
                                                         }),
                     "t.yaml:5:36: error: " + engineSays("mlfq", [](auto& p) {
                         p.set("levels", std::vector<engine::MlfqLevel>{{std::nullopt, 0}});
                     })}));
    auto allotment = engineSays("mlfq", [](auto& p) { p.set("levels", std::vector<engine::MlfqLevel>{{std::nullopt, 2147483647}}); });
    EXPECT_EQ(errors(withProcesses("policy: {name: mlfq, levels: [{allotment: 99999999999}]}\n")),
              Lines{"t.yaml:2:43: error: " +
                    allotment.replace(allotment.rfind("2147483647"), 10, "99999999999")});
    EXPECT_EQ(errors(withProcesses("policy: {name: mlfq, levels: []}\n")),
              Lines{"t.yaml:2:30: error: " + engineSays("mlfq", [](auto& p) { p.set("levels", std::vector<engine::MlfqLevel>{}); })});
    EXPECT_EQ(
        errors(withProcesses("policy: {name: priority, aging: -5}\n")),
        Lines{"t.yaml:2:33: error: " + engineSays("priority", [](auto& p) { p.set("aging", -5); })});
    EXPECT_EQ(errors(withProcesses("policy: \"rr:quantum=0\"\n")),
              Lines{"t.yaml:2:9: error: " + quantum});
}

TEST(DiagnosticsTest, UnknownKeysSuggestTheNearestOne) {
    EXPECT_EQ(errors(loadYaml("procesess: []\n")),
              (Lines{"t.yaml:1:1: error: unknown key 'procesess' (did you mean 'processes'?)",
                     "t.yaml:1:1: error: the scenario has no 'processes'; it needs at least one "
                     "process"}));
    EXPECT_EQ(errors(withProcesses("colour: red\n")),
              Lines{"t.yaml:2:1: error: unknown key 'colour'; expected one of: name, cpus, "
                    "context_switch, multiprogramming, rules, priority_order, policy, processes, "
                    "exercise, locks, queues, orphans"});
    EXPECT_EQ(errors(withProcesses("policy: {name: rr, quantom: 2}\n")),
              Lines{"t.yaml:2:20: error: unknown key 'quantom' in policy (did you mean "
                    "'quantum'?)"});
    EXPECT_EQ(errors(withProcesses("policy: {name: mlfq, levels: [{quanta: 2}]}\n")),
              Lines{"t.yaml:2:32: error: unknown key 'quanta' in a level (did you mean "
                    "'quantum'?)"});
    EXPECT_EQ(errors(loadYaml("processes: [{name: A, arival: 1, bursts: [1]}]")),
              Lines{"t.yaml:1:23: error: unknown key 'arival' in a process (did you mean "
                    "'arrival'?)"});
}

TEST(DiagnosticsTest, ChoicesSuggestTheNearestOne) {
    EXPECT_EQ(errors(withProcesses("rules: ostepp\npriority_order: smaller\n")),
              (Lines{"t.yaml:2:8: error: rules must be textbook or ostep, not 'ostepp' (did you "
                     "mean 'ostep'?)",
                     "t.yaml:3:17: error: priority_order must be smaller-first or larger-first, "
                     "not 'smaller'"}));
}

TEST(DiagnosticsTest, DuplicateKeys) {
    EXPECT_EQ(errors(withProcesses("cpus: 1\ncpus: 2\n")),
              Lines{"t.yaml:3:1: error: duplicate key 'cpus' (first on line 2)"});
    EXPECT_EQ(
        errors(loadJson("{\"processes\": [{\"name\": \"A\", \"name\": \"B\", \"bursts\": [1]}]}")),
        Lines{"t.json:1:30: error: duplicate key 'name' (first on line 1)"});
}

TEST(DiagnosticsTest, NonScalarKeys) {
    EXPECT_EQ(errors(withProcesses("? [a]\n: 1\n")),
              Lines{"t.yaml:2:3: error: a key must be a plain name, not a list"});
}

TEST(DiagnosticsTest, EveryProblemIsReportedInFileOrder) {
    auto result = loadYaml(R"(cpus: 0
policy: {name: rr, quantum: -4}
processes:
  - name: P1
    arrival: -1
    bursts: [5, 3]
  - name: P1
    bursts: [0]
  - bursts: [1]
rules: none
)");
    EXPECT_FALSE(result.workload);
    EXPECT_EQ(errors(result),
              (Lines{"t.yaml:1:7: error: cpus must be between 1 and 1024, not 0",
                     "t.yaml:2:29: error: " + engineSays("rr", [](auto& p) { p.set("quantum", -4); }),
                     "t.yaml:5:14: error: arrival must be 0 or more, not -1",
                     "t.yaml:6:13: error: bursts must end with a CPU burst: [5, 3] ends with I/O",
                     "t.yaml:7:11: error: duplicate process name 'P1' (first on line 4)",
                     "t.yaml:8:14: error: a CPU burst must be greater than 0, not 0",
                     "t.yaml:9:5: error: a process needs a 'name'",
                     "t.yaml:10:8: error: rules must be textbook or ostep, not 'none'"}));
    EXPECT_EQ(result.sources.size(), 3U);  // still there, for an editor to highlight
}

// Flow-style text that is both YAML and JSON gives the same diagnostics through both readers.
TEST(DiagnosticsTest, JsonAndYamlReadersAgree) {
    std::string text =
        R"({"cpus": 0, "rules": "x", "policy": {"name": "mlfq", "levels": [{"quantum": 0}]},
 "processes": [{"name": "A", "arrival": "abc", "bursts": [1, 2]},
               {"name": "A", "bursts": [1.5], "priority": true, "size": 3},
               {"bursts": []}]})";
    auto yaml = parseScenario(text, "t", Format::Yaml);
    auto json = parseScenario(text, "t", Format::Json);
    EXPECT_EQ(errors(yaml), errors(json));
    EXPECT_EQ(errors(json).size(), 11U) << ::testing::PrintToString(errors(json));
    EXPECT_EQ(yaml.sources, json.sources);
}

}  // namespace
}  // namespace schedlab::scenario
