#include "report/text_report.hpp"

#include "report/format.hpp"

namespace schedlab::report {
namespace {

std::string tickOrDash(engine::Tick value) { return value < 0 ? "-" : formatInt(value); }

std::vector<std::string> processCells(const engine::Workload& workload,
                                      const engine::ProcessMetrics& m, std::size_t p) {
    std::string name = p < workload.processes.size() ? workload.processes[p].name : "";
    bool done = m.completion >= 0;
    return {name,
            formatInt(m.arrival),
            tickOrDash(m.firstRun),
            tickOrDash(m.completion),
            m.firstRun >= 0 ? formatInt(m.response) : "-",
            done ? formatInt(m.turnaround) : "-",
            formatInt(m.waiting),
            formatInt(m.cpu),
            formatInt(m.io)};
}

std::string title(const engine::SimulationResult& result) {
    std::string name = result.scenario.empty() ? "(unnamed scenario)" : result.scenario;
    std::string cpus = result.cpus == 1 ? "1 CPU" : std::to_string(result.cpus) + " CPUs";
    return name + "  |  policy " + result.policy + "  |  " + cpus + "\n";
}

std::string perCpu(const engine::Summary& summary) {
    std::string out;
    for (std::size_t cpu = 0; cpu < summary.perCpuUtilization.size(); ++cpu) {
        out += out.empty() ? "" : "  ";
        out += "CPU" + std::to_string(cpu) + " " + formatFixed3(summary.perCpuUtilization[cpu]);
    }
    return out.empty() ? "-" : out;
}

}  // namespace

std::string writeProcessTable(const engine::Workload& workload,
                              const engine::SimulationResult& result) {
    std::vector<Align> align(9, Align::Right);
    align[0] = Align::Left;
    TextTable table(align);
    table.addRow({"name", "arrival", "first run", "completion", "response", "turnaround", "waiting",
                  "cpu", "io"});
    table.addRule();
    for (std::size_t p = 0; p < result.processes.size(); ++p) {
        table.addRow(processCells(workload, result.processes[p], p));
    }
    table.addRule();
    const auto& s = result.summary;
    table.addRow({"average", "", "", "", formatFixed3(s.avgResponse), formatFixed3(s.avgTurnaround),
                  formatFixed3(s.avgWaiting), "", ""});
    return table.render();
}

std::string writeSummary(const engine::SimulationResult& result) {
    const auto& s = result.summary;
    TextTable table({Align::Left, Align::Left});
    table.addRow({"makespan", formatInt(s.makespan) + " ticks (" + formatInt(s.start) + " to " +
                                  formatInt(s.end) + ")"});
    table.addRow({"cpu utilization", formatFixed3(s.cpuUtilization)});
    table.addRow({"  per CPU", perCpu(s)});
    table.addRow({"throughput", formatFixed3(s.throughput) + " processes per tick"});
    table.addRow({"context switches", formatInt(s.contextSwitches)});
    table.addRow(
        {"waiting", "max " + formatInt(s.maxWaiting) + ", p95 " + formatInt(s.p95Waiting)});
    table.addRow({"turnaround",
                  "max " + formatInt(s.maxTurnaround) + ", p95 " + formatInt(s.p95Turnaround)});
    table.addRow({"fairness (Jain)", formatFixed3(s.fairness)});
    return table.render();
}

std::string writeText(const engine::Workload& workload, const engine::SimulationResult& result,
                      const GanttOptions& gantt) {
    return title(result) + "\n" + writeGantt(workload, result, gantt) + "\n" +
           writeProcessTable(workload, result) + "\n" + writeSummary(result);
}

}  // namespace schedlab::report
