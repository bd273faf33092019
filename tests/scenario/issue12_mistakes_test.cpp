// Issue #12: the mistakes students make most in scenario files get messages they can act on, at
// the place to change, and the app's bursts notation works in files too.

#include <gtest/gtest.h>

#include "scenario_test_support.hpp"

namespace schedlab::scenario {
namespace {

using namespace testing;
using Lines = std::vector<std::string>;

TEST(Issue12Mistakes, TabIndentationSaysUseSpaces) {
    EXPECT_EQ(errors(loadYaml("processes:\n\t- name: P1\n\t  bursts: [5]\n")),
              Lines{"t.yaml:2:1: error: tabs are not allowed for indentation; use spaces"});
    EXPECT_EQ(errors(loadYaml("processes:\n  - name: P1\n  \tbursts: [5]\n")),
              Lines{"t.yaml:3:3: error: tabs are not allowed for indentation; use spaces"});
}

TEST(Issue12Mistakes, ALineOutOfLineNamesTheLinesItShouldMatch) {
    EXPECT_EQ(errors(loadYaml("processes:\n  - name: P1\n    arrival: 0\n   bursts: [5]\n")),
              Lines{"t.yaml:4:4: error: line 4 is indented by 3 spaces, out of line with the "
                    "lines above it (line 3 has 4, line 2 has 2, line 1 has 0); indent it like "
                    "the lines it belongs with"});
}

TEST(Issue12Mistakes, ALineDeeperThanAValueSaysSo) {
    EXPECT_EQ(errors(loadYaml("processes:\n  - name: P1\n    arrival: 0\n      bursts: [5]\n")),
              Lines{"t.yaml:4:7: error: line 4 is indented by 6 spaces, more than line 3 (4), "
                    "which holds a value and opens no block; line it up with line 3"});
}

TEST(Issue12Mistakes, ALineAtTheDashIsOutsideTheListItem) {
    EXPECT_EQ(errors(loadYaml("processes:\n  - name: P1\n    arrival: 0\n  bursts: [5]\n")),
              Lines{"t.yaml:4:3: error: line 4 is indented by 2 spaces, like the '-' of line 2, "
                    "so it is outside that list item; indent it by 4 spaces to belong to it"});
}

TEST(Issue12Mistakes, AUnitOnABurstIsPointedAtWithoutAnInventedList) {
    EXPECT_EQ(errors(loadYaml("processes:\n  - {name: P1, bursts: [3, 4 ms]}\n")),
              Lines{"t.yaml:2:28: error: an I/O burst is a whole number of ticks, without a "
                    "unit: write 4, not '4 ms'"});
    EXPECT_EQ(errors(loadYaml("processes:\n  - {name: P1, bursts: [3ms]}\n")),
              Lines{"t.yaml:2:25: error: a CPU burst is a whole number of ticks, without a "
                    "unit: write 3, not '3ms'"});
    EXPECT_EQ(errors(loadYaml("processes:\n  - {name: P1, bursts: [3, x]}\n")),
              Lines{"t.yaml:2:28: error: an I/O burst must be a whole number, not 'x'"});
}

TEST(Issue12Mistakes, TheAppsBurstsNotationWorksInFiles) {
    auto yaml = loadYaml("processes:\n  - {name: P1, bursts: [CPU 5, IO 3, CPU 2]}\n"
                         "  - {name: P2, bursts: [cpu 1, I/O 2, 3]}\n");
    ASSERT_TRUE(yaml.workload) << errors(yaml).front();
    EXPECT_EQ(yaml.workload->processes[0].bursts, (std::vector<engine::Tick>{5, 3, 2}));
    EXPECT_EQ(yaml.workload->processes[1].bursts, (std::vector<engine::Tick>{1, 2, 3}));
    ASSERT_EQ(yaml.sources[0].burst.size(), 3u);
    EXPECT_EQ(yaml.sources[0].burst[1], (SourcePos{2, 32}));
    auto json = loadJson(
        "{\"processes\": [{\"name\": \"P1\", \"bursts\": [\"CPU 5\", \"IO 3\", \"CPU 2\"]}]}");
    ASSERT_TRUE(json.workload);
    EXPECT_EQ(json.workload->processes[0].bursts, (std::vector<engine::Tick>{5, 3, 2}));
}

TEST(Issue12Mistakes, BurstLabelsOutOfTurnAreNamed) {
    EXPECT_EQ(errors(loadYaml("processes:\n  - {name: P1, bursts: [CPU 5, CPU 3, CPU 2]}\n")),
              Lines{"t.yaml:2:32: error: an I/O burst: CPU and I/O must alternate: 'CPU' is out "
                    "of turn"});
    EXPECT_EQ(errors(loadYaml("processes:\n  - {name: P1, bursts: [IO 5]}\n")),
              Lines{"t.yaml:2:25: error: a CPU burst: expected CPU first: bursts start with a "
                    "CPU burst, not 'IO'"});
    EXPECT_EQ(errors(loadYaml("processes:\n  - {name: P1, bursts: [CPU 0]}\n")),
              Lines{"t.yaml:2:25: error: a CPU burst: a burst must be a whole number > 0: '0'"});
}

}  // namespace
}  // namespace schedlab::scenario
