#include "report/gantt.hpp"

#include <gtest/gtest.h>

#include "sample_results.hpp"

namespace schedlab::report {
namespace {

TEST(Gantt, TextbookRoundRobinOneTickPerColumn) {
    auto sample = testing::textbookRoundRobin();
    EXPECT_EQ(writeGantt(sample.workload, sample.result),
              "Gantt chart (1 column = 1 tick)\n"
              "P1    ####......####################\n"
              "P2    ....###\n"
              "P3    .......###\n"
              "CPU0  111122233311111111111111111111\n"
              "      |         |         |         |\n"
              "      0         10        20        30\n"
              "# running  . ready  = blocked (I/O)  - idle  ~ context switch\n"
              "CPU rows: 1=P1 2=P2 3=P3\n");
}

TEST(Gantt, LongRunIsScaledToTheWidth) {
    auto sample = testing::longRun();
    EXPECT_EQ(writeGantt(sample.workload, sample.result),
              "Gantt chart (1 column = 5 ticks, each showing what filled most of them)\n"
              "A     ####################==========..##################\n"
              "CPU0  AAAAAAAAAAAAAAAAAAAA------------AAAAAAAAAAAAAAAAAA\n"
              "      |         |         |         |         |         |\n"
              "      0         50        100       150       200       250\n"
              "# running  . ready  = blocked (I/O)  - idle  ~ context switch\n");
}

TEST(Gantt, NarrowWidthShowsTheMajorityOfEachColumn) {
    auto sample = testing::longRun();
    // Column 7 covers 140-160: 10 ticks blocked, 10 ready; the tie goes to the earlier state.
    EXPECT_EQ(writeGantt(sample.workload, sample.result, {20, 200}),
              "Gantt chart (1 column = 20 ticks, each showing what filled most of them)\n"
              "A     #####===#####\n"
              "CPU0  AAAAA---AAAAA\n"
              "      |         |\n"
              "      0         200\n"
              "# running  . ready  = blocked (I/O)  - idle  ~ context switch\n");
}

TEST(Gantt, SeveralCpusShowCpuDigitsAndSwitches) {
    auto sample = testing::twoCpus();
    EXPECT_EQ(writeGantt(sample.workload, sample.result),
              "Gantt chart (1 column = 1 tick)\n"
              "X     0000\n"
              "Y     .111\n"
              "CPU0  XXXX\n"
              "CPU1  ~YYY\n"
              "      |   |\n"
              "      0   4\n"
              "0-9 running on that CPU  . ready  = blocked (I/O)  - idle  ~ context switch\n");
}

TEST(Gantt, SameFirstLettersUseAnIndexLegend) {
    auto sample = testing::twoCpus();
    sample.workload.processes[0].name = "Xa";
    sample.workload.processes[1].name = "Xb";
    std::string chart = writeGantt(sample.workload, sample.result);
    EXPECT_NE(chart.find("CPU0  1111\nCPU1  ~222\n"), std::string::npos) << chart;
    EXPECT_NE(chart.find("CPU rows: 1=Xa 2=Xb\n"), std::string::npos) << chart;
}

TEST(Gantt, MoreProcessesThanSymbolsAreAllDrawnAsHash) {
    engine::Workload workload;
    engine::SimulationResult result;
    for (int p = 0; p < 62; ++p) {
        workload.processes.push_back({"P" + std::to_string(p), 0, 0, {1}});
        result.processes.push_back({0, p, p + 1, p, p + 1, p, 1, 0});
        result.slices.push_back({0, static_cast<engine::Pid>(p), p, p + 1});
    }
    result.summary.end = 62;
    std::string chart = writeGantt(workload, result, {100, 0});
    EXPECT_NE(chart.find("CPU0  " + std::string(62, '#') + "\n"), std::string::npos) << chart;
    EXPECT_NE(chart.find("CPU rows: #=a process (too many to name)\n"), std::string::npos);
}

TEST(Gantt, ManyProcessesKeepOnlyCpuRows) {
    auto sample = testing::textbookRoundRobin();
    std::string chart = writeGantt(sample.workload, sample.result, {100, 2});
    EXPECT_EQ(chart.find("P1    "), std::string::npos) << chart;
    EXPECT_NE(chart.find("CPU0  1111222333"), std::string::npos) << chart;
    EXPECT_NE(chart.find("(3 processes: rows per process are drawn for at most 2)"),
              std::string::npos);
}

// One timeline for every chart (#13): without recorded events (a big run saves them) the chart
// is derived from the slices and the bursts, and is the same chart, blocked time included.
TEST(Gantt, WithoutEventsTheChartIsTheSame) {
    for (auto sample : {testing::textbookRoundRobin(), testing::longRun(), testing::twoCpus()}) {
        const std::string withEvents = writeGantt(sample.workload, sample.result);
        sample.result.events.clear();
        EXPECT_EQ(writeGantt(sample.workload, sample.result), withEvents);
    }
    auto sample = testing::longRun();
    sample.result.events.clear();
    EXPECT_NE(writeGantt(sample.workload, sample.result).find('='), std::string::npos)
        << "blocked time is shown";
}

TEST(Gantt, ScaleIsTheSmallestNiceStepThatFits) {
    EXPECT_EQ(ganttScale(0, 100, 100), 1);
    EXPECT_EQ(ganttScale(0, 101, 100), 2);
    EXPECT_EQ(ganttScale(0, 250, 100), 5);
    EXPECT_EQ(ganttScale(0, 1001, 100), 20);
    EXPECT_EQ(ganttScale(3, 103, 100), 1);
    EXPECT_EQ(ganttScale(5, 105, 50), 5);  // at 2, columns from 4 to 106 would need 51
}

TEST(Gantt, NothingRan) {
    engine::Workload workload;
    engine::SimulationResult result;
    EXPECT_EQ(writeGantt(workload, result), "Gantt chart: nothing ran\n");
}

}  // namespace
}  // namespace schedlab::report
