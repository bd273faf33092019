#include "report/gantt.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <set>
#include <sstream>

#include "engine/policy_spec.hpp"
#include "engine/simulation.hpp"
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

namespace schedlab::report {
namespace {

// A workload of `count` processes drawn from `seed`: arrivals over 0..10*count, CPU bursts of
// 1..12, a third of them with an I/O burst; round robin, quantum 4, on `cpus` CPUs.
engine::Workload randomWorkload(unsigned seed, int count, int cpus) {
    std::mt19937 draw(seed);
    engine::Workload w;
    w.cpus = cpus;
    w.policy = *engine::parsePolicySpec("rr:quantum=4").policy;
    for (int i = 0; i < count; ++i) {
        engine::ProcessSpec p{
            "P" + std::to_string(i + 1), static_cast<engine::Tick>(draw() % (10 * count)), 0, {}};
        p.bursts.push_back(1 + static_cast<engine::Tick>(draw() % 12));
        if (draw() % 3 == 0) {
            p.bursts.push_back(1 + static_cast<engine::Tick>(draw() % 8));
            p.bursts.push_back(1 + static_cast<engine::Tick>(draw() % 12));
        }
        w.processes.push_back(std::move(p));
    }
    std::stable_sort(w.processes.begin(), w.processes.end(),
                     [](const auto& a, const auto& b) { return a.arrival < b.arrival; });
    return w;
}

// Lines of the chart by their label ("P7", "CPU0"), and the CPU rows' symbols by process name.
struct ParsedChart {
    std::map<std::string, std::string> rows;
    std::map<std::string, char> symbols;
};

ParsedChart parseChart(const std::string& text) {
    ParsedChart out;
    std::istringstream in(text);
    std::string line;
    std::string last;  // the row an unlabelled line continues
    while (std::getline(in, line)) {
        std::istringstream words(line);
        if (line.rfind("CPU rows:", 0) == 0 || line.rfind("          ", 0) == 0) {
            for (std::string entry; words >> entry;) {  // "1=P1"
                if (entry.size() > 2 && entry[1] == '=') {
                    out.symbols[entry.substr(2)] = entry[0];
                }
            }
        }
        if (line.find('|') != std::string::npos || line.find('=') != std::string::npos) {
            last.clear();  // the axis, the legend: no rows after them
        } else if (line.rfind("      ", 0) == 0 && !last.empty()) {
            out.rows[last] += "\n" + line.substr(6);  // a line under a row: part of it
            continue;
        }
        std::string first;
        words >> first;
        if (!first.empty() && line[0] != ' ') {
            out.rows[first] = line.size() > 6 ? line.substr(6) : "";  // a blank row: its name
            last = first;
        }
    }
    return out;
}

// #12: `schedlab-cli run` of a 30-process scenario under rr:quantum=4 drew P7, P21, P25 and P28
// as blank rows and left them out of the CPU row, although they ran: in a scaled chart a short
// run lost every column to its neighbours. Every process that has a slice shows it in its row
// and in a CPU row, whatever the scale, on one CPU and on two.
TEST(Gantt, Issue12EveryProcessThatRanShowsInItsRowAndACpuRow) {
    int scaled = 0;
    for (int cpus : {1, 2}) {
        for (unsigned seed = 1; seed <= 40; ++seed) {
            const engine::Workload w = randomWorkload(seed, 30, cpus);
            const engine::SimulationResult result = engine::simulate(w);
            const std::string text = writeGantt(w, result);
            scaled += text.find("1 column = 1 tick)") == std::string::npos ? 1 : 0;
            ParsedChart chart = parseChart(text);
            std::string cpuRows;
            for (int c = 0; c < cpus; ++c) {
                cpuRows += chart.rows["CPU" + std::to_string(c)];
            }
            std::set<std::string> ran;
            for (const auto& slice : result.slices) {
                ran.insert(w.processes[slice.process].name);
            }
            for (const std::string& name : ran) {
                SCOPED_TRACE("seed " + std::to_string(seed) + ", " + std::to_string(cpus) +
                             " CPU(s), " + name + "\n" + text);
                const std::string& row = chart.rows[name];
                const std::string running = cpus > 1 ? "01" : "#";
                EXPECT_NE(row.find_first_of(running), std::string::npos);
                ASSERT_TRUE(chart.symbols.count(name));
                EXPECT_NE(cpuRows.find(chart.symbols.at(name)), std::string::npos);
            }
        }
    }
    EXPECT_GT(scaled, 40);  // the charts were scaled, where the problem was
}

}  // namespace
}  // namespace schedlab::report
