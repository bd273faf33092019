#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "report/csv_report.hpp"
#include "report/json_report.hpp"
#include "report/text_report.hpp"
#include "sample_results.hpp"

namespace schedlab::report {
namespace {

TEST(TextReport, TableAveragesAndSummary) {
    auto sample = testing::textbookRoundRobin();
    std::string text = writeText(sample.workload, sample.result);
    std::string expected =
        "name     arrival  first run  completion  response  turnaround  waiting  cpu  io\n"
        "-------  -------  ---------  ----------  --------  ----------  -------  ---  --\n"
        "P1             0          0          30         0          30        6   24   0\n"
        "P2             0          4           7         4           7        4    3   0\n"
        "P3             0          7          10         7          10        7    3   0\n"
        "-------  -------  ---------  ----------  --------  ----------  -------  ---  --\n"
        "average                                     3.667      15.667    5.667\n"
        "\n"
        "makespan          30 ticks (0 to 30)\n"
        "cpu utilization   1.000\n"
        "  per CPU         CPU0 1.000\n"
        "throughput        0.100 processes per tick\n"
        "context switches  3\n"
        "waiting           max 7, p95 7\n"
        "turnaround        max 30, p95 30\n"
        "fairness (Jain)   0.880\n";
    EXPECT_EQ(text.substr(0, 56), "Textbook round robin  |  policy rr:quantum=4  |  1 CPU\n\n");
    ASSERT_GE(text.size(), expected.size());
    EXPECT_EQ(text.substr(text.size() - expected.size()), expected);
    EXPECT_NE(text.find("Gantt chart (1 column = 1 tick)\n"), std::string::npos);
}

constexpr const char* kRoundRobinJson = R"({
  "scenario": "Textbook round robin",
  "policy": "rr:quantum=4",
  "cpus": 1,
  "processes": [
    {"name": "P1", "arrival": 0, "first_run": 0, "completion": 30, "response": 0, "turnaround": 30, "waiting": 6, "cpu": 24, "io": 0, "parent": null},
    {"name": "P2", "arrival": 0, "first_run": 4, "completion": 7, "response": 4, "turnaround": 7, "waiting": 4, "cpu": 3, "io": 0, "parent": null},
    {"name": "P3", "arrival": 0, "first_run": 7, "completion": 10, "response": 7, "turnaround": 10, "waiting": 7, "cpu": 3, "io": 0, "parent": null}
  ],
  "slices": [
    {"cpu": 0, "process": "P1", "start": 0, "end": 4},
    {"cpu": 0, "process": "P2", "start": 4, "end": 7},
    {"cpu": 0, "process": "P3", "start": 7, "end": 10},
    {"cpu": 0, "process": "P1", "start": 10, "end": 30}
  ],
  "switches": [],
  "summary": {
    "makespan": 30,
    "cpu_utilization": 1.0,
    "throughput": 0.1,
    "avg_response": 3.667,
    "avg_turnaround": 15.667,
    "avg_waiting": 5.667,
    "context_switches": 3,
    "per_cpu_utilization": [1.0],
    "max_waiting": 7,
    "p95_waiting": 7,
    "max_turnaround": 30,
    "p95_turnaround": 30,
    "fairness": 0.88,
    "start": 0,
    "end": 30
  },
  "events": [
    {"time": 0, "process": "P1", "from": "new", "to": "ready"},
    {"time": 0, "process": "P2", "from": "new", "to": "ready"},
    {"time": 0, "process": "P3", "from": "new", "to": "ready"},
    {"time": 0, "process": "P1", "from": "ready", "to": "running", "cpu": 0},
    {"time": 4, "process": "P1", "from": "running", "to": "ready"},
    {"time": 4, "process": "P2", "from": "ready", "to": "running", "cpu": 0},
    {"time": 7, "process": "P2", "from": "running", "to": "terminated", "cpu": 0},
    {"time": 7, "process": "P3", "from": "ready", "to": "running", "cpu": 0},
    {"time": 10, "process": "P3", "from": "running", "to": "terminated", "cpu": 0},
    {"time": 10, "process": "P1", "from": "ready", "to": "running", "cpu": 0},
    {"time": 30, "process": "P1", "from": "running", "to": "terminated", "cpu": 0}
  ],
  "decisions": []
}
)";

TEST(JsonReport, TextbookRoundRobinGolden) {
    auto sample = testing::textbookRoundRobin();
    EXPECT_EQ(writeJson(sample.workload, sample.result), kRoundRobinJson);
}

TEST(JsonReport, ParsesAndCarriesDecisionsAndEscapedNames) {
    auto sample = testing::twoCpus();
    sample.workload.processes[0].name = "X \"quoted\"";
    sample.result.decisions = {{0, engine::DecisionKind::Dispatch, 0, 0, engine::kNoProcess, 0, 0}};
    auto json = nlohmann::json::parse(writeJson(sample.workload, sample.result));
    EXPECT_EQ(json["processes"][0]["name"], "X \"quoted\"");
    EXPECT_EQ(json["slices"][0]["process"], "X \"quoted\"");
    EXPECT_EQ(json["switches"][0]["process"], "Y");
    EXPECT_EQ(json["summary"]["per_cpu_utilization"], nlohmann::json::parse("[1.0, 0.75]"));
    ASSERT_EQ(json["decisions"].size(), 1U);
    EXPECT_EQ(json["decisions"][0]["time"], 0);
    EXPECT_NE(json["decisions"][0]["text"].get<std::string>().find("X \"quoted\""),
              std::string::npos);
}

TEST(JsonReport, UnfinishedProcessesGiveNulls) {
    auto sample = testing::twoCpus();
    sample.result.processes[1].firstRun = -1;
    sample.result.processes[1].completion = -1;
    auto json = nlohmann::json::parse(writeJson(sample.workload, sample.result));
    EXPECT_TRUE(json["processes"][1]["first_run"].is_null());
    EXPECT_TRUE(json["processes"][1]["turnaround"].is_null());
    EXPECT_EQ(json["processes"][1]["waiting"], 1);
}

TEST(JsonReport, SameInputSameBytes) {
    auto sample = testing::textbookRoundRobin();
    EXPECT_EQ(writeJson(sample.workload, sample.result), writeJson(sample.workload, sample.result));
}

TEST(CsvReport, OneRowPerProcess) {
    auto sample = testing::textbookRoundRobin();
    sample.workload.processes[2].name = "P3, \"the third\"";
    EXPECT_EQ(writeCsv(sample.workload, sample.result),
              "name,arrival,first_run,completion,response,turnaround,waiting,cpu,io\n"
              "P1,0,0,30,0,30,6,24,0\n"
              "P2,0,4,7,4,7,4,3,0\n"
              "\"P3, \"\"the third\"\"\",0,7,10,7,10,7,3,0\n");
}

TEST(CsvReport, UnfinishedProcessesLeaveCellsEmpty) {
    auto sample = testing::twoCpus();
    sample.result.processes[1].firstRun = -1;
    sample.result.processes[1].completion = -1;
    std::string csv = writeCsv(sample.workload, sample.result);
    EXPECT_NE(csv.find("\nY,0,,,,,1,3,0\n"), std::string::npos) << csv;
}

}  // namespace
}  // namespace schedlab::report
