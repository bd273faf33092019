#include "report/compare_report.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "sample_results.hpp"

namespace schedlab::report {
namespace {

std::vector<CompareRow> rows() {
    auto rr = testing::textbookRoundRobin().result.summary;
    auto other = testing::longRun().result.summary;
    return {{"a,b.yaml", "He said \"hi\"", "mlfq:quanta=2/4/8,allotments=1/2/1", rr},
            {"c.yaml", "pipe | name", "fcfs", other}};
}

TEST(CompareReport, ColumnsFollowTheContract) {
    std::vector<std::string_view> expected{
        "file",        "scenario",    "policy",          "avg_response", "avg_turnaround",
        "avg_waiting", "max_waiting", "cpu_utilization", "throughput",   "context_switches",
        "makespan",    "p95_waiting", "fairness"};
    EXPECT_EQ(compareColumns(), expected);
}

TEST(CompareReport, CsvQuotesNamesPerRfc4180) {
    EXPECT_EQ(writeCompareCsv(rows()),
              "file,scenario,policy,avg_response,avg_turnaround,avg_waiting,max_waiting,"
              "cpu_utilization,throughput,context_switches,makespan,p95_waiting,fairness\n"
              "\"a,b.yaml\",\"He said \"\"hi\"\"\",\"mlfq:quanta=2/4/8,allotments=1/2/1\","
              "3.667,15.667,5.667,7,1.0,0.1,3,30,7,0.88\n"
              "c.yaml,pipe | name,fcfs,0.0,0.0,0.0,0,0.0,0.0,0,250,0,0.0\n");
}

TEST(CompareReport, MarkdownEscapesPipes) {
    EXPECT_EQ(writeCompareMarkdown(rows()),
              "| file | scenario | policy | avg_response | avg_turnaround | avg_waiting | "
              "max_waiting | cpu_utilization | throughput | context_switches | makespan | "
              "p95_waiting | fairness |\n"
              "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | "
              "---: |\n"
              "| a,b.yaml | He said \"hi\" | mlfq:quanta=2/4/8,allotments=1/2/1 | 3.667 | 15.667 | "
              "5.667 | 7 | 1.000 | 0.100 | 3 | 30 | 7 | 0.880 |\n"
              "| c.yaml | pipe \\| name | fcfs | 0.000 | 0.000 | 0.000 | 0 | 0.000 | 0.000 | 0 | "
              "250 | 0 | 0.000 |\n");
}

TEST(CompareReport, TableIsAligned) {
    std::string table = writeCompareTable(rows());
    EXPECT_EQ(table.substr(0, table.find('\n')),
              "file      scenario      policy                              avg_response  "
              "avg_turnaround  avg_waiting  max_waiting  cpu_utilization  throughput  "
              "context_switches  makespan  p95_waiting  fairness");
    EXPECT_NE(table.find("\nc.yaml    pipe | name   fcfs                                "
                         "       0.000"),
              std::string::npos)
        << table;
}

TEST(CompareReport, JsonIsAnArrayOfObjects) {
    auto json = nlohmann::json::parse(writeCompareJson(rows()));
    ASSERT_EQ(json.size(), 2U);
    EXPECT_EQ(json[0]["file"], "a,b.yaml");
    EXPECT_EQ(json[0]["scenario"], "He said \"hi\"");
    EXPECT_DOUBLE_EQ(json[0]["avg_waiting"].get<double>(), 5.667);
    EXPECT_EQ(json[1]["makespan"], 250);
    EXPECT_EQ(writeCompareJson({}), "[]\n");
}

}  // namespace
}  // namespace schedlab::report
