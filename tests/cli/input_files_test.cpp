// Expanding compare's FILE arguments: the glob matcher and the argument kinds.

#include "cli/input_files.hpp"

#include <gtest/gtest.h>

#include <filesystem>

#include "cli_process.hpp"

namespace schedlab::cli {
namespace {

TEST(MatchGlob, StarsAndQuestionMarks) {
    EXPECT_TRUE(matchGlob("*.yaml", "textbook-rr.yaml"));
    EXPECT_TRUE(matchGlob("*", "x"));
    EXPECT_TRUE(matchGlob("t*-*.y?ml", "textbook-rr.yaml"));
    EXPECT_TRUE(matchGlob("a*b*c", "aXbYbZc"));  // needs backtracking
    EXPECT_TRUE(matchGlob("???", "abc"));
    EXPECT_FALSE(matchGlob("???", "ab"));
    EXPECT_FALSE(matchGlob("*.yaml", "x.yml"));
    EXPECT_FALSE(matchGlob("a*b", "aXbY"));
    EXPECT_TRUE(matchGlob("exact.json", "exact.json"));
}

TEST(MatchGlob, WildcardsSkipHiddenNames) {
    EXPECT_FALSE(matchGlob("*.yaml", ".hidden.yaml"));
    EXPECT_FALSE(matchGlob("?hidden.yaml", ".hidden.yaml"));
    EXPECT_TRUE(matchGlob(".*.yaml", ".hidden.yaml"));
}

TEST(ExpandInputs, KeepsArgumentOrderAndSortsWithinEach) {
    testing::TempDir dir;
    std::filesystem::create_directories(dir.path("d/sub"));
    for (const char* name : {"d/z.yaml", "d/sub/m.json", "d/a.YML", "d/x.txt", "y1.yaml"}) {
        dir.write(name, "");
    }
    std::string d = dir.path("d").string();
    std::vector<std::string> args{dir.path("y1.yaml").string(), d,
                                  dir.path("").string() + "*/*.yaml", "missing.yaml"};
    auto inputs = expandInputs(args);
    std::vector<std::string> expected{args[0],       d + "/a.YML",  d + "/sub/m.json",
                                      d + "/z.yaml", d + "/z.yaml", "missing.yaml"};
    EXPECT_EQ(inputs.files, expected);
    EXPECT_TRUE(inputs.problems.empty());
}

}  // namespace
}  // namespace schedlab::cli
