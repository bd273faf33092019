#include "cli/progress_bar.hpp"

#include <gtest/gtest.h>

#include <cstdio>

namespace schedlab::cli {
namespace {

TEST(ProgressBar, LineShowsTheShareDone) {
    EXPECT_EQ(ProgressBar::line(0, 1000), "[..............................]     0/1000 files");
    EXPECT_EQ(ProgressBar::line(500, 1000), "[###############...............]   500/1000 files");
    EXPECT_EQ(ProgressBar::line(1000, 1000), "[##############################]  1000/1000 files");
}

TEST(ProgressBar, DrawsNothingOffATerminal) {
    std::FILE* file = std::tmpfile();
    ASSERT_NE(file, nullptr);
    {
        ProgressBar bar(file);
        bar.update(1, 2);
        bar.update(2, 2);
    }
    EXPECT_EQ(std::ftell(file), 0L);
    std::fclose(file);
}

}  // namespace
}  // namespace schedlab::cli
