#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli_process.hpp"

namespace schedlab::cli::testing {
namespace {

TEST(CliGenerate, SameSeedSameBytes) {
    TempDir dir;
    std::string options = " --processes 300 --io-share 0.5 --bursts 2-9 --io 3-4";
    ASSERT_EQ(runCli("generate --seed 11 -o " + dir.arg("a.yaml") + options).status, 0);
    ASSERT_EQ(runCli("generate --seed 11 -o " + dir.arg("b.yaml") + options).status, 0);
    ASSERT_EQ(runCli("generate --seed 12 -o " + dir.arg("c.yaml") + options).status, 0);
    std::string a = readFile(dir.path("a.yaml"));
    EXPECT_FALSE(a.empty());
    EXPECT_EQ(a, readFile(dir.path("b.yaml")));
    EXPECT_NE(a, readFile(dir.path("c.yaml")));
    EXPECT_EQ(runCli("generate --seed 11" + options).out, a);
}

TEST(CliGenerate, GeneratedFilesValidateAndRun) {
    TempDir dir;
    for (const char* name : {"gen.yaml", "gen.json"}) {
        ASSERT_EQ(runCli("generate --processes 40 --seed 5 -o " + dir.arg(name)).status, 0);
        auto validate = runCli("validate " + dir.arg(name));
        EXPECT_EQ(validate.status, 0) << validate.err;
        auto run = runCli("run " + dir.arg(name) + " --policy rr:quantum=3 --format json");
        ASSERT_EQ(run.status, 0) << run.err;
        EXPECT_EQ(nlohmann::json::parse(run.out)["processes"].size(), 40U);
    }
}

TEST(CliGenerate, FormatFollowsTheExtensionOrTheFlag) {
    TempDir dir;
    ASSERT_EQ(runCli("generate --processes 3 --seed 1 -o " + dir.arg("x.json")).status, 0);
    auto json = nlohmann::json::parse(readFile(dir.path("x.json")));
    EXPECT_EQ(json["processes"].size(), 3U);
    auto flagged = runCli("generate --processes 3 --seed 1 --format json");
    EXPECT_EQ(flagged.out, readFile(dir.path("x.json")));
    auto yaml = runCli("generate --processes 3 --seed 1");
    EXPECT_NE(yaml.out.find("processes:\n"), std::string::npos) << yaml.out;
}

TEST(CliGenerate, BadOptionsAreBadInput) {
    EXPECT_EQ(runCli("generate --seed 1").status, 2);
    EXPECT_EQ(runCli("generate --processes 5").status, 2);
    EXPECT_EQ(runCli("generate --processes 0 --seed 1").status, 2);
    EXPECT_EQ(runCli("generate --processes 5 --seed 1 --bursts 5-2").status, 2);
    EXPECT_EQ(runCli("generate --processes 5 --seed 1 --io-share 1.5").status, 2);
    EXPECT_EQ(runCli("generate --processes 5 --seed 1 --format xml").status, 2);
    EXPECT_EQ(runCli("generate --processes 5 --seed -3").status, 2);
}

}  // namespace
}  // namespace schedlab::cli::testing
