#include <gtest/gtest.h>

#include "cli_process.hpp"

namespace schedlab::cli::testing {
namespace {

TEST(CliValidate, GoodFilesAreOk) {
    TempDir dir;
    std::string good = dir.write("good.yaml", textbookScenario());
    std::string json =
        dir.write("good.json", R"({"processes": [{"name": "A", "arrival": 0, "bursts": [2]}]})");
    auto run = runCli("validate " + good + " " + json);
    EXPECT_EQ(run.status, 0) << run.err;
    EXPECT_EQ(run.out, dir.path("good.yaml").string() + ": ok\n" + dir.path("good.json").string() +
                           ": ok\n");
    EXPECT_EQ(run.err, "");
}

TEST(CliValidate, BadFilesArePrintedAndGiveTwo) {
    TempDir dir;
    std::string good = dir.write("good.yaml", textbookScenario());
    std::string bad = dir.write("bad.yaml", badScenario());
    auto run = runCli("validate " + bad + " " + good);
    EXPECT_EQ(run.status, 2);
    EXPECT_EQ(run.out, dir.path("good.yaml").string() + ": ok\n");
    EXPECT_NE(run.err.find("bad.yaml:4:14: error: "), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("bad.yaml:5:17: error: "), std::string::npos) << run.err;
}

TEST(CliValidate, NeedsAFile) { EXPECT_EQ(runCli("validate").status, 2); }

}  // namespace
}  // namespace schedlab::cli::testing
