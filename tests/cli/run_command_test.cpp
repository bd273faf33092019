#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>

#include "cli_process.hpp"

namespace schedlab::cli::testing {
namespace {

void expectTextbookRoundRobin(const nlohmann::json& json) {
    const auto& summary = json["summary"];
    EXPECT_EQ(json["policy"], "rr:quantum=4");
    EXPECT_DOUBLE_EQ(summary["avg_waiting"].get<double>(), 5.667);
    EXPECT_DOUBLE_EQ(summary["avg_turnaround"].get<double>(), 15.667);
    EXPECT_DOUBLE_EQ(summary["avg_response"].get<double>(), 3.667);
    EXPECT_EQ(summary["makespan"], 30);
    EXPECT_EQ(summary["context_switches"], 3);
    EXPECT_DOUBLE_EQ(summary["cpu_utilization"].get<double>(), 1.0);
    EXPECT_DOUBLE_EQ(summary["throughput"].get<double>(), 0.1);
}

TEST(CliRun, TextbookRoundRobinJsonHasTheContractShape) {
    TempDir dir;
    auto run = runCli("run " + dir.write("rr.yaml", textbookScenario()) + " --format json");
    ASSERT_EQ(run.status, 0) << run.err;
    auto json = nlohmann::json::parse(run.out);
    expectTextbookRoundRobin(json);
    EXPECT_EQ(json["scenario"], "Textbook round robin");
    for (const char* key : {"name", "arrival", "first_run", "completion", "response", "turnaround",
                            "waiting", "cpu", "io"}) {
        EXPECT_TRUE(json["processes"][0].contains(key)) << key;
    }
    EXPECT_EQ(json["processes"][0]["waiting"], 6);
    EXPECT_EQ(json["slices"][0],
              nlohmann::json::parse(R"({"cpu": 0, "process": "P1", "start": 0, "end": 4})"));
    EXPECT_EQ(
        json["events"][0],
        nlohmann::json::parse(R"({"time": 0, "process": "P1", "from": "new", "to": "ready"})"));
    EXPECT_FALSE(json["decisions"].empty());
}

TEST(CliRun, PolicyFlagOverridesTheFile) {
    TempDir dir;
    std::string file = dir.write("fcfs.yaml", textbookScenario("policy: {name: fcfs}"));
    auto run = runCli("run " + file + " --policy rr:quantum=4 --format json");
    ASSERT_EQ(run.status, 0) << run.err;
    expectTextbookRoundRobin(nlohmann::json::parse(run.out));
}

TEST(CliRun, TextIsTheDefaultFormat) {
    TempDir dir;
    auto run = runCli("run " + dir.write("rr.yaml", textbookScenario()));
    ASSERT_EQ(run.status, 0) << run.err;
    EXPECT_NE(run.out.find("Gantt chart (1 column = 1 tick)"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("P1    ####......####################\n"), std::string::npos);
    EXPECT_NE(run.out.find("average"), std::string::npos);
}

TEST(CliRun, CsvToAFile) {
    TempDir dir;
    std::string file = dir.write("rr.yaml", textbookScenario());
    auto run = runCli("run " + file + " --format csv -o " + dir.arg("out.csv"));
    ASSERT_EQ(run.status, 0) << run.err;
    EXPECT_EQ(run.out, "");
    EXPECT_EQ(readFile(dir.path("out.csv")),
              "name,arrival,first_run,completion,response,turnaround,waiting,cpu,io\n"
              "P1,0,0,30,0,30,6,24,0\n"
              "P2,0,4,7,4,7,4,3,0\n"
              "P3,0,7,10,7,10,7,3,0\n");
}

TEST(CliRun, RulesFlag) {
    TempDir dir;
    std::string file = dir.write("rr.yaml", textbookScenario());
    EXPECT_EQ(runCli("run " + file + " --rules ostep").status, 0);
    EXPECT_EQ(runCli("run " + file + " --rules sometimes").status, 2);
}

TEST(CliRun, BadPolicyIsBadInput) {
    TempDir dir;
    auto run = runCli("run " + dir.write("rr.yaml", textbookScenario()) + " --policy bogus:x=1");
    EXPECT_EQ(run.status, 2);
    EXPECT_EQ(run.err.rfind("schedlab-cli: error: --policy: ", 0), 0U) << run.err;
    EXPECT_EQ(run.out, "");
}

TEST(CliRun, BadFlagsAreBadInput) {
    TempDir dir;
    std::string file = dir.write("rr.yaml", textbookScenario());
    EXPECT_EQ(runCli("run " + file + " --frobnicate").status, 2);
    EXPECT_EQ(runCli("run " + file + " --format xml").status, 2);
    EXPECT_EQ(runCli("run").status, 2);
    EXPECT_EQ(runCli("").status, 2);
    EXPECT_EQ(runCli("export " + file).status, 2);
}

TEST(CliRun, BadFilePrintsEveryProblemWithPositions) {
    TempDir dir;
    auto run = runCli("run " + dir.write("bad.yaml", badScenario()));
    EXPECT_EQ(run.status, 2);
    EXPECT_EQ(run.out, "");
    EXPECT_NE(run.err.find("bad.yaml:4:14: error: "), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("bad.yaml:5:17: error: "), std::string::npos) << run.err;
    std::regex line(R"(bad\.yaml:\d+:\d+: error: .+)");
    auto count = std::distance(std::sregex_iterator(run.err.begin(), run.err.end(), line),
                               std::sregex_iterator());
    EXPECT_GE(count, 2) << run.err;
}

TEST(CliRun, MissingFileIsBadInput) {
    TempDir dir;
    auto run = runCli("run " + dir.arg("missing.yaml"));
    EXPECT_EQ(run.status, 2);
    EXPECT_NE(run.err.find("missing.yaml"), std::string::npos) << run.err;
}

TEST(CliRun, UnwritableOutputIsAFailure) {
    TempDir dir;
    std::string file = dir.write("rr.yaml", textbookScenario());
    auto run = runCli("run " + file + " -o " + dir.arg("no/such/dir/out.txt"));
    EXPECT_EQ(run.status, 1);
    EXPECT_NE(run.err.find("schedlab-cli: error: cannot write "), std::string::npos) << run.err;
}

TEST(CliRun, VersionAndHelp) {
    auto version = runCli("--version");
    EXPECT_EQ(version.status, 0);
    EXPECT_EQ(version.out.rfind("schedlab-cli ", 0), 0U) << version.out;
    auto help = runCli("--help");
    EXPECT_EQ(help.status, 0);
    for (const char* command : {"run", "compare", "validate", "generate"}) {
        EXPECT_NE(help.out.find(command), std::string::npos) << command;
    }
    auto runHelp = runCli("run --help");
    EXPECT_EQ(runHelp.status, 0);
    EXPECT_NE(runHelp.out.find("--policy"), std::string::npos) << runHelp.out;
}

// #12, as reported: 30 generated processes under rr:quantum=4 (seed 9) drew P7, P21, P25 and
// P28 as blank rows and left them out of the CPU row. Each now has a '#' in its row and its
// symbol ("7=P7" in the legend) in the CPU row.
TEST(CliRun, Issue12ThirtyProcessesEachShowThatTheyRan) {
    TempDir dir;
    ASSERT_EQ(runCli("generate --processes 30 --seed 9 -o " + dir.arg("g9.yaml")).status, 0);
    auto run = runCli("run " + dir.arg("g9.yaml") + " --policy rr:quantum=4");
    ASSERT_EQ(run.status, 0) << run.err;
    std::string cpuRow;
    std::regex cpu(R"(\nCPU0  ([^\n]*)\n)");
    std::smatch found;
    ASSERT_TRUE(std::regex_search(run.out, found, cpu)) << run.out;
    cpuRow = found[1];
    const std::string symbols = "123456789ABCDEFGHIJKLMNOPQRSTU";  // 1=P1 ... U=P30
    for (int p = 1; p <= 30; ++p) {
        const std::string name = "P" + std::to_string(p);
        std::regex row("\n" + name + " +([^\n]*)\n");
        ASSERT_TRUE(std::regex_search(run.out, found, row)) << name << "\n" << run.out;
        EXPECT_NE(found[1].str().find('#'), std::string::npos) << name << "\n" << run.out;
        EXPECT_NE(cpuRow.find(symbols[p - 1]), std::string::npos) << name << "\n" << run.out;
    }
}

}  // namespace
}  // namespace schedlab::cli::testing
