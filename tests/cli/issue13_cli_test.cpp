// Issue #13: what a hostile (or careless) user types gets a short message naming the problem,
// never a hang, a 309-digit number or a file that `validate` then refuses.

#include <gtest/gtest.h>
#include <sys/stat.h>

#include "cli_process.hpp"

namespace schedlab::cli {
namespace {

using namespace testing;

constexpr std::size_t kOneGiB = std::size_t{1} << 30;

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

TEST(Issue13Cli, UnknownCommandIsNamedWithTheNearest) {
    auto run = runCli("frobnicate x.yaml");
    EXPECT_EQ(run.status, 2);
    EXPECT_EQ(run.err,
              "schedlab-cli: error: unknown command 'frobnicate'; the commands are run, compare, "
              "validate, generate, export, exercise, real\n");
    EXPECT_TRUE(contains(runCli("runn x.yaml").err, "unknown command 'runn' (did you mean 'run'?)"));
    EXPECT_EQ(runCli("--lang en validat x.yaml").status, 2);
}

TEST(Issue13Cli, GenerateRefusesFlagsOutsideTheLimits) {
    auto negative = runCli("generate --processes 3 --seed 1 --arrival-spread -1");
    EXPECT_EQ(negative.status, 2);
    EXPECT_TRUE(contains(negative.err, "--arrival-spread")) << negative.err;
    EXPECT_LT(negative.err.size(), 200u) << negative.err;  // not a 309-digit number
    auto huge = runCli("generate --processes 3 --seed 1 --arrival-spread 9223372036854775807");
    EXPECT_EQ(huge.status, 2);
    EXPECT_TRUE(contains(huge.err, "--arrival-spread")) << huge.err;
    EXPECT_EQ(huge.out, "");
    auto together = runCli("generate --processes 3 --seed 1 --arrival-spread 4611686018427387900");
    EXPECT_EQ(together.status, 2);
    EXPECT_TRUE(contains(together.err, "--arrival-spread, --bursts, --io and --cpu-bursts "
                                       "together are too large"))
        << together.err;
    auto bursts = runCli("generate --processes 3 --seed 1 --bursts 1000000000000000000");
    EXPECT_EQ(bursts.status, 2);
    EXPECT_TRUE(contains(bursts.err, "--processes, --bursts, --io and --cpu-bursts")) << bursts.err;
    EXPECT_EQ(runCli("generate --processes 3 --seed 1 --cpu-bursts 2-100000000000").status, 2);
    EXPECT_EQ(runCli("generate --processes 3 --seed 1 --bursts 1-99999999999999999999").status, 2);
}

TEST(Issue13Cli, WhatGenerateWritesValidates) {
    TempDir dir;
    auto made = runCli("generate --processes 3 --seed 1 --arrival-spread 4611686018427380000 "
                       "--bursts 1000 -o " + dir.arg("big.yaml"));
    ASSERT_EQ(made.status, 0) << made.err;
    auto checked = runCli("validate " + dir.arg("big.yaml"));
    EXPECT_EQ(checked.status, 0) << checked.err;
}

TEST(Issue13Cli, NanIsNotANumberInRange) {
    auto share = runCli("generate --processes 3 --seed 1 --io-share nan");
    EXPECT_EQ(share.status, 2);
    EXPECT_TRUE(contains(share.err, "--io-share")) << share.err;
    TempDir dir;
    auto dpi = runCli("export " + dir.write("t.yaml", textbookScenario()) + " -o " +
                      dir.arg("t.png") + " --dpi nan");
    EXPECT_EQ(dpi.status, 2);
    EXPECT_TRUE(contains(dpi.err, "--dpi")) << dpi.err;
    auto at = runCli("export " + dir.arg("t.yaml") + " -o " + dir.arg("t.png") + " --at -1");
    EXPECT_EQ(at.status, 2);
    EXPECT_LT(at.err.size(), 200u) << at.err;
}

TEST(Issue13Cli, SpecMessagesSayTheRealProblemBriefly) {
    TempDir dir;
    std::string file = dir.write("t.yaml", textbookScenario());
    EXPECT_EQ(runCli("run " + file + " --policy ' rr '").err,
              "schedlab-cli: error: --policy: a SPEC has no spaces: ' rr ' (did you mean "
              "'rr'?)\n");
    auto allotments = runCli("run " + file + " --policy mlfq:allotments=0");
    EXPECT_EQ(allotments.err, "schedlab-cli: error: --policy: a level's allotment must be between "
                              "1 and 1000000000, not 0\n");
    auto twice = runCli("run " + file + " --policy rr:quantum=2,quantum=3");
    EXPECT_EQ(twice.status, 2);
    EXPECT_EQ(twice.err, "schedlab-cli: error: --policy: parameter 'quantum' is given twice\n");
    auto longSpec = runCli("run " + file + " --policy " + std::string(100'000, 'x'));
    EXPECT_EQ(longSpec.status, 2);
    EXPECT_LT(longSpec.err.size(), 300u);
    EXPECT_TRUE(contains(longSpec.err, "unknown policy 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...'"))
        << longSpec.err.substr(0, 300);
}

TEST(Issue13Cli, AnEmptyPolicyListIsRefused) {
    TempDir dir;
    auto run = runCli("compare " + dir.write("t.yaml", textbookScenario()) + " --policies ''");
    EXPECT_EQ(run.status, 2);
    EXPECT_TRUE(contains(run.err, "--policies")) << run.err;
    EXPECT_TRUE(contains(run.err, "got no policy")) << run.err;
}

// #13: a FIFO named directly, or matched by a pattern, hung compare forever.
TEST(Issue13Cli, CompareRefusesPipesInsteadOfHanging) {
    TempDir dir;
    dir.write("a.yaml", textbookScenario());
    ASSERT_EQ(mkfifo(dir.path("fifo.yaml").c_str(), 0600), 0);
    auto named = runCli("compare " + dir.arg("fifo.yaml"));
    EXPECT_EQ(named.status, 2);
    EXPECT_TRUE(contains(named.err, "fifo.yaml: error: not a regular file (a pipe or a device)"))
        << named.err;
    auto pattern = runCli("compare '" + dir.path("").string() + "*.yaml'");
    EXPECT_TRUE(contains(pattern.err, "fifo.yaml: error: not a regular file")) << pattern.err;
    EXPECT_TRUE(contains(pattern.out, "Textbook round robin")) << pattern.out;
}

// #13: `run /dev/zero` grew to 2 GB before it said "larger than 1 GiB".
TEST(Issue13Cli, StreamsAreReadWithinOneGiB) {
    auto zero = runCliWithin(kOneGiB, "run /dev/zero");
    EXPECT_EQ(zero.status, 2);
    EXPECT_EQ(zero.err, "/dev/zero: error: cannot read: it holds NUL bytes, so it is not a text "
                        "file\n");
    auto status = runCli("validate /proc/self/status");
    EXPECT_EQ(status.status, 2);
    EXPECT_FALSE(contains(status.err, "empty")) << status.err;
}

// #13: 1M processes under rr:quantum=1 took 2.5 GB for a CSV, which prints no events. Scaled
// down to stay quick: 100k processes with about 750k slices fit in 96 MiB of address space only
// when the run records no slices, events or decisions (they would take over 100 MB more).
TEST(Issue13Cli, RunRecordsOnlyWhatTheFormatPrints) {
    TempDir dir;
    auto made = runCli("generate --processes 100000 --seed 5 --bursts 5-10 --io-share 0 -o " +
                       dir.arg("big.json"));
    ASSERT_EQ(made.status, 0) << made.err;
    constexpr std::size_t kLimit = std::size_t{96} << 20;
    auto run = runCliWithin(kLimit, "run " + dir.arg("big.json") +
                                        " --policy rr:quantum=1 --format csv -o " +
                                        dir.arg("out.csv"));
    EXPECT_EQ(run.status, 0) << run.err;
    EXPECT_EQ(readFile(dir.path("out.csv")).substr(0, 5), "name,");
}

}  // namespace
}  // namespace schedlab::cli
