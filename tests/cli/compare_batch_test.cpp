// compare over many files (issue #7): rows equal single runs, folders and quoted patterns, the
// same bytes for any -j, a bad file among many, --fail-fast, no progress bar off a terminal.

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "cli_process.hpp"

namespace schedlab::cli::testing {
namespace {

const std::string kScenarios = std::string(SCHEDLAB_SOURCE_DIR) + "/scenarios";

TEST(CliCompareBatch, RowsEqualSingleRunsOfTheSameFileAndPolicy) {
    auto compare = runCli("compare " + shellQuote(kScenarios) +
                          " --policies fcfs,srtf,rr:quantum=2,mlfq --format json");
    ASSERT_EQ(compare.status, 0) << compare.err;
    auto rows = nlohmann::json::parse(compare.out);
    ASSERT_GE(rows.size(), 4U * 13);
    for (const auto& row : rows) {
        std::string file = row["file"], policy = row["policy"];
        SCOPED_TRACE(file + " " + policy);
        auto run = runCli("run " + shellQuote(file) + " --policy " + shellQuote(policy) +
                          " --format json");
        ASSERT_EQ(run.status, 0) << run.err;
        auto single = nlohmann::json::parse(run.out);
        EXPECT_EQ(row["scenario"], single["scenario"]);
        EXPECT_EQ(row["policy"], single["policy"]);
        for (const char* key : {"avg_response", "avg_turnaround", "avg_waiting", "max_waiting",
                                "cpu_utilization", "throughput", "context_switches", "makespan",
                                "p95_waiting", "fairness", "p95_turnaround"}) {
            EXPECT_EQ(row[key], single["summary"][key]) << key;
        }
    }
}

TEST(CliCompareBatch, FoldersAndQuotedPatternsExpandSorted) {
    TempDir dir;
    std::filesystem::create_directories(dir.path("set/inner"));
    dir.write("set/b.yaml", textbookScenario());
    dir.write("set/inner/a.json", R"({"processes": [{"name": "X", "arrival": 0, "bursts": [2]}]})");
    dir.write("set/a.yml", textbookScenario("policy: {name: sjf}"));
    dir.write("set/notes.txt", "not a scenario");
    dir.write("set/.hidden.yaml", badScenario());
    auto folder = runCli("compare " + dir.arg("set") + " --format csv");
    ASSERT_EQ(folder.status, 0) << folder.err;
    auto pattern = runCli("compare " + dir.arg("set") + "/'*.y*ml' --format csv");
    ASSERT_EQ(pattern.status, 0) << pattern.err;
    std::string set = dir.path("set").string();
    auto lineStarts = [](const std::string& out, std::vector<std::string> files) {
        std::size_t at = out.find('\n') + 1;
        for (const auto& file : files) {
            if (out.compare(at, file.size() + 1, file + ",") != 0) {
                return false;
            }
            at = out.find('\n', at) + 1;
        }
        return at == out.size();
    };
    EXPECT_TRUE(lineStarts(folder.out, {set + "/a.yml", set + "/b.yaml", set + "/inner/a.json"}))
        << folder.out;
    EXPECT_TRUE(lineStarts(pattern.out, {set + "/a.yml", set + "/b.yaml"})) << pattern.out;
}

TEST(CliCompareBatch, APatternOrFolderWithNothingIsBadInput) {
    TempDir dir;
    std::filesystem::create_directories(dir.path("empty"));
    auto run = runCli("compare " + dir.arg("empty") + " " + dir.arg("nothing") + "/'*.yaml' " +
                      dir.write("ok.yaml", textbookScenario()) + " --format csv");
    EXPECT_EQ(run.status, 2);
    EXPECT_NE(run.err.find("empty: error: no .yaml, .yml or .json file in this folder"),
              std::string::npos)
        << run.err;
    EXPECT_NE(run.err.find("nothing/*.yaml: error: no file matches this pattern"),
              std::string::npos)
        << run.err;
    EXPECT_EQ(std::count(run.out.begin(), run.out.end(), '\n'), 2) << run.out;
}

TEST(CliCompareBatch, SameBytesWithOneOrFourJobs) {
    auto one = runCli("compare " + shellQuote(kScenarios) + " --policies fcfs,sjf,rr -j 1");
    auto four = runCli("compare " + shellQuote(kScenarios) + " --policies fcfs,sjf,rr --jobs 4");
    ASSERT_EQ(one.status, 0) << one.err;
    EXPECT_EQ(one.out, four.out);
    EXPECT_EQ(one.err, "");  // no progress bar: stderr is not a terminal
    EXPECT_EQ(runCli("compare " + shellQuote(kScenarios) + " -j 0").status, 2);
}

TEST(CliCompareBatch, OneBadFileAmongManyIsReportedAndTheRestCompared) {
    TempDir dir;
    std::string args;
    for (int i = 0; i < 30; ++i) {
        std::string name = "f" + std::to_string(10 + i) + ".yaml";
        args += " " + dir.write(name, i == 17 ? badScenario() : textbookScenario());
    }
    auto run = runCli("compare" + args + " --policies fcfs,rr --format csv -j 2");
    EXPECT_EQ(run.status, 2);
    EXPECT_EQ(std::count(run.out.begin(), run.out.end(), '\n'), 1 + 29 * 2) << run.out;
    EXPECT_EQ(run.out.find("f27.yaml"), std::string::npos);
    std::string bad = dir.path("f27.yaml").string();
    EXPECT_EQ(run.err, bad + ":4:14: error: arrival must be 0 or more, not -1\n" + bad +
                           ":5:17: error: an I/O burst must be greater than 0, not 0\n");
}

TEST(CliCompareBatch, FailFastStopsAtTheFirstBadFile) {
    TempDir dir;
    std::string args = " " + dir.write("a.yaml", textbookScenario()) + " " +
                       dir.write("b.yaml", badScenario()) + " " +
                       dir.write("c.yaml", "processes: []\n") + " " +
                       dir.write("d.yaml", textbookScenario());
    auto run = runCli("compare" + args + " --fail-fast");
    EXPECT_EQ(run.status, 2);
    EXPECT_EQ(run.out, "");
    EXPECT_NE(run.err.find("b.yaml:4:14: error: "), std::string::npos) << run.err;
    EXPECT_EQ(run.err.find("c.yaml"), std::string::npos) << run.err;
}

}  // namespace
}  // namespace schedlab::cli::testing
