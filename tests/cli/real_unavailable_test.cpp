// #13: a schedlab-cli built without the real mode (not Linux, or -DSCHEDLAB_REAL=OFF) still
// knows `real` and says why it cannot run it. Built only in such a build.

#include <gtest/gtest.h>

#include "cli_process.hpp"

namespace schedlab::cli::testing {
namespace {

TEST(CliRealUnavailable, RealSaysItNeedsLinux) {
    TempDir dir;
    std::string file = dir.write("t.yaml", textbookScenario());
    auto run = runCli("real " + file + " --mode lockstep");
    EXPECT_EQ(run.status, 1);
    EXPECT_EQ(run.out, "");
    EXPECT_EQ(run.err, "schedlab-cli: error: real runs real processes and needs Linux; this "
                       "schedlab-cli was built without it\n");
}

}  // namespace
}  // namespace schedlab::cli::testing
