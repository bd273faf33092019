#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "cli_process.hpp"

namespace schedlab::cli::testing {
namespace {

std::string twoFiles(const TempDir& dir) {
    return dir.write("a.yaml", textbookScenario()) + " " +
           dir.write("b.yaml", textbookScenario("policy: {name: fcfs}"));
}

TEST(CliCompare, OneRowPerFileAndPolicy) {
    TempDir dir;
    auto run = runCli("compare " + twoFiles(dir) +
                      " --policies fcfs,rr:quantum=2,mlfq:quanta=2/4/8,allotments=1/2/1 "
                      "--format json");
    ASSERT_EQ(run.status, 0) << run.err;
    auto rows = nlohmann::json::parse(run.out);
    ASSERT_EQ(rows.size(), 6U);
    EXPECT_EQ(rows[0]["policy"], "fcfs");
    EXPECT_EQ(rows[1]["policy"], "rr:quantum=2");
    EXPECT_EQ(rows[2]["policy"].get<std::string>().rfind("mlfq:", 0), 0U);
    EXPECT_EQ(rows[3]["file"], dir.path("b.yaml").string());
    for (const char* key :
         {"file", "scenario", "policy", "avg_response", "avg_turnaround", "avg_waiting",
          "max_waiting", "cpu_utilization", "throughput", "context_switches", "makespan"}) {
        EXPECT_TRUE(rows[0].contains(key)) << key;
    }
}

TEST(CliCompare, DefaultsToEachFilesOwnPolicy) {
    TempDir dir;
    auto run = runCli("compare " + twoFiles(dir) + " --format json");
    ASSERT_EQ(run.status, 0) << run.err;
    auto rows = nlohmann::json::parse(run.out);
    ASSERT_EQ(rows.size(), 2U);
    EXPECT_EQ(rows[0]["policy"], "rr:quantum=4");
    EXPECT_DOUBLE_EQ(rows[0]["avg_waiting"].get<double>(), 5.667);
    EXPECT_EQ(rows[1]["policy"], "fcfs");
}

TEST(CliCompare, CsvQuotesSpecsWithCommas) {
    TempDir dir;
    auto run = runCli("compare " + twoFiles(dir) +
                      " --policies sjf,mlfq:quanta=2/4/8,allotments=1/2/1 --format csv");
    ASSERT_EQ(run.status, 0) << run.err;
    EXPECT_EQ(std::count(run.out.begin(), run.out.end(), '\n'), 5);
    EXPECT_EQ(run.out.rfind("file,scenario,policy,avg_response,avg_turnaround,avg_waiting,"
                            "max_waiting,cpu_utilization,throughput,context_switches,makespan,",
                            0),
              0U);
    EXPECT_NE(run.out.find(",\"mlfq:quanta=2/4/8,allotments=1/2/1"), std::string::npos) << run.out;
}

TEST(CliCompare, TableAndMarkdown) {
    TempDir dir;
    auto table = runCli("compare " + twoFiles(dir));
    ASSERT_EQ(table.status, 0) << table.err;
    EXPECT_EQ(table.out.rfind("file ", 0), 0U) << table.out;
    auto md = runCli("compare " + twoFiles(dir) + " --format md");
    ASSERT_EQ(md.status, 0) << md.err;
    EXPECT_EQ(md.out.rfind("| file | scenario | policy |", 0), 0U) << md.out;
}

TEST(CliCompare, BadPolicyOrFileIsBadInput) {
    TempDir dir;
    auto policy = runCli("compare " + twoFiles(dir) + " --policies fcfs,nope");
    EXPECT_EQ(policy.status, 2);
    EXPECT_NE(policy.err.find("schedlab-cli: error: --policies: nope: "), std::string::npos)
        << policy.err;
    // Issue #7: a bad file no longer stops the others; they are compared and printed, and the
    // exit status still says the input was bad.
    auto file = runCli("compare " + twoFiles(dir) + " " + dir.write("bad.yaml", badScenario()) +
                       " --format csv");
    EXPECT_EQ(file.status, 2);
    EXPECT_EQ(std::count(file.out.begin(), file.out.end(), '\n'), 3) << file.out;
    EXPECT_NE(file.err.find("bad.yaml:4:14: error: "), std::string::npos) << file.err;
}

}  // namespace
}  // namespace schedlab::cli::testing
