// schedlab-cli real: the built binary, its output, its refusals and exit codes.

#include <gtest/gtest.h>
#include <stdio.h>
#include <sys/wait.h>

#include <array>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

namespace {

struct Run {
    int status = -1;
    std::string out;
};

/// Runs schedlab-cli ARGS with stderr merged into the output.
Run cli(const std::string& args) {
    Run run;
    std::string command = std::string(SCHEDLAB_CLI) + " " + args + " 2>&1";
    FILE* pipe = popen(command.c_str(), "r");
    std::array<char, 4096> buffer{};
    std::size_t n = 0;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) {
        run.out.append(buffer.data(), n);
    }
    int status = pclose(pipe);
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

std::string scenario(const std::string& name, const std::string& text) {
    auto path = std::filesystem::temp_directory_path() / ("schedlab-real-" + name + ".yaml");
    std::ofstream(path) << text;
    return path.string();
}

const char* kShort =
    "name: short\nprocesses:\n  - {name: A, arrival: 0, bursts: [4, 2, 2]}\n"
    "  - {name: B, arrival: 1, bursts: [3]}\n";

TEST(RealCli, JsonReportOfAKernelRun) {
    auto run = cli("real " + scenario("short", kShort) + " --tick-ms 5 --format json");
    ASSERT_EQ(run.status, 0) << run.out;
    auto json = nlohmann::json::parse(run.out);
    EXPECT_EQ(json["summary"]["mode"], "kernel");
    EXPECT_EQ(json["summary"]["linux_policy"], "SCHED_FIFO");
    EXPECT_TRUE(json["summary"]["same_order"].is_boolean());
    EXPECT_LT(json["summary"]["mean_abs_completion_error_ms"].get<double>(), 20.0);
    EXPECT_EQ(json["processes"][0]["simulated"]["completion_ms"], 45.0);  // A 0-4, B 4-7, A 7-9
    EXPECT_TRUE(json["processes"][0]["real"]["first_run_ms"].is_number());
}

TEST(RealCli, TextReportOfALockstepRun) {
    auto run = cli("real " + scenario("short", kShort) +
                   " --policy rr:quantum=2 --mode lockstep "
                   "--tick-ms 5");
    ASSERT_EQ(run.status, 0) << run.out;
    EXPECT_NE(run.out.find("real run, lockstep mode"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("Real (measured)"), std::string::npos);
    EXPECT_NE(run.out.find("same order                    yes"), std::string::npos) << run.out;
}

TEST(RealCli, TooLongIsBadInputWithTheEstimate) {
    auto file = scenario("long", "processes:\n  - {name: A, arrival: 0, bursts: [100000]}\n");
    auto run = cli("real " + file);
    EXPECT_EQ(run.status, 2);
    EXPECT_NE(run.out.find("about 1000 s of real time at --tick-ms 10"), std::string::npos)
        << run.out;
}

TEST(RealCli, SeveralCpusAreBadInput) {
    auto run = cli("real " + scenario("cpus", std::string("cpus: 2\n") + kShort));
    EXPECT_EQ(run.status, 2);
    EXPECT_NE(run.out.find("set cpus: 1"), std::string::npos) << run.out;
}

TEST(RealCli, BadFlagsAreBadInput) {
    EXPECT_EQ(cli("real " + scenario("short", kShort) + " --mode fifo").status, 2);
    EXPECT_EQ(cli("real " + scenario("short", kShort) + " --tick-ms 0").status, 2);
    EXPECT_EQ(cli("real " + scenario("short", kShort) + " --policy rr:quantum=0").status, 2);
}

}  // namespace
