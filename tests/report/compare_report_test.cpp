#include "report/compare_report.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "sample_results.hpp"

namespace schedlab::report {
namespace {

std::vector<CompareRow> rows() {
    auto rr = testing::textbookRoundRobin().result.summary;
    auto other = testing::longRun().result.summary;
    return {{"a,b.yaml", "He said \"hi\"", "mlfq:quanta=2/4/8,allotments=1/2/1", rr},
            {"c.yaml", "pipe | name", "fcfs", other}};
}

std::vector<std::string> splitLines(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        lines.push_back(line);
    }
    return lines;
}

std::vector<std::string> words(const std::string& line) {
    std::vector<std::string> out;
    std::istringstream in(line);
    for (std::string word; in >> word;) {
        out.push_back(word);
    }
    return out;
}

TEST(CompareReport, ColumnsFollowTheContract) {
    std::vector<std::string_view> expected{
        "file",        "scenario",    "policy",          "avg_response",  "avg_turnaround",
        "avg_waiting", "max_waiting", "cpu_utilization", "throughput",    "context_switches",
        "makespan",    "p95_waiting", "fairness",        "p95_turnaround"};
    EXPECT_EQ(compareColumns(), expected);
}

TEST(CompareReport, CsvQuotesNamesPerRfc4180) {
    EXPECT_EQ(writeCompareCsv(rows()),
              "file,scenario,policy,avg_response,avg_turnaround,avg_waiting,max_waiting,"
              "cpu_utilization,throughput,context_switches,makespan,p95_waiting,fairness,"
              "p95_turnaround\n"
              "\"a,b.yaml\",\"He said \"\"hi\"\"\",\"mlfq:quanta=2/4/8,allotments=1/2/1\","
              "3.667,15.667,5.667,7,1.0,0.1,3,30,7,0.88,30\n"
              "c.yaml,pipe | name,fcfs,0.0,0.0,0.0,0,0.0,0.0,0,250,0,0.0,0\n");
}

TEST(CompareReport, MarkdownEscapesPipes) {
    EXPECT_EQ(writeCompareMarkdown(rows()),
              "| file | scenario | policy | avg_response | avg_turnaround | avg_waiting | "
              "max_waiting | cpu_utilization | throughput | context_switches | makespan | "
              "p95_waiting | fairness | p95_turnaround |\n"
              "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | "
              "---: | ---: |\n"
              "| a,b.yaml | He said \"hi\" | mlfq:quanta=2/4/8,allotments=1/2/1 | 3.667 | 15.667 | "
              "5.667 | 7 | 1.000 | 0.100 | 3 | 30 | 7 | 0.880 | 30 |\n"
              "| c.yaml | pipe \\| name | fcfs | 0.000 | 0.000 | 0.000 | 0 | 0.000 | 0.000 | 0 | "
              "250 | 0 | 0.000 | 0 |\n");
}

TEST(CompareReport, TableIsAligned) {
    std::string table = writeCompareTable(rows());
    EXPECT_EQ(table.substr(0, table.find('\n')),
              "file      scenario      policy                              avg_response  "
              "avg_turnaround  avg_waiting  max_waiting  cpu_utilization  throughput  "
              "context_switches  makespan  p95_waiting  fairness  p95_turnaround");
    EXPECT_NE(table.find("\nc.yaml    pipe | name   fcfs                                "
                         "       0.000"),
              std::string::npos)
        << table;
}

TEST(CompareReport, TableMarksTheBestValueOfEachFile) {
    auto rr = testing::textbookRoundRobin().result.summary;  // avg_waiting 5.667, 3 switches
    auto fcfs = rr;
    fcfs.avgWaiting = 17.0;
    fcfs.contextSwitches = 2;
    fcfs.cpuUtilization = 0.5;  // higher is better: rr's 1.000 is marked
    std::vector<CompareRow> table{{"a.yaml", "A", "fcfs", fcfs},
                                  {"a.yaml", "A", "rr:quantum=4", rr},
                                  {"b.yaml", "B", "fcfs", fcfs}};  // alone: nothing to mark
    std::string text = writeCompareTable(table);
    auto lines = splitLines(text);
    ASSERT_EQ(lines.size(), 6U) << text;
    // Columns where both rows agree (turnaround, makespan, ...) have no mark.
    EXPECT_EQ(words(lines[2]), words("a.yaml A fcfs 3.667 15.667 17.000 7 0.500 0.100 2* 30 7 "
                                     "0.880 30"));
    EXPECT_EQ(words(lines[3]), words("a.yaml A rr:quantum=4 3.667 15.667 5.667* 7 1.000* 0.100 3 "
                                     "30 7 0.880 30"));
    EXPECT_EQ(lines[2].find("2*"), lines[3].find("3 ")) << "aligned on the last digit\n" << text;
    EXPECT_EQ(lines[4].find('*'), std::string::npos) << text;
    EXPECT_EQ(
        lines[5].rfind("* best of the file's rows: lowest, or highest for cpu_utilization", 0), 0U)
        << text;
    EXPECT_TRUE(compareHigherIsBetter(7));   // cpu_utilization
    EXPECT_FALSE(compareHigherIsBetter(5));  // avg_waiting
}

TEST(CompareReport, TableWithoutRivalsHasNoMarks) {
    std::string text = writeCompareTable(rows());  // every file has a single row
    EXPECT_EQ(text.find('*'), std::string::npos) << text;
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
