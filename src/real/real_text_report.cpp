#include <cstdio>

#include "real/real_report.hpp"
#include "real/runner.hpp"
#include "report/format.hpp"
#include "report/gantt.hpp"

namespace schedlab::real {
namespace {

using report::Align;
using report::TextTable;

constexpr std::int64_t kUnitUs = 1000;  // the charts count in milliseconds

std::string ms(double value) {
    if (value < 0) {
        return "-";
    }
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", value);
    return text;
}

std::string signedMs(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%+.1f", value);
    return text;
}

std::string count(std::int64_t value) { return value < 0 ? "-" : std::to_string(value); }

std::string title(const RealRun& run) {
    std::string name =
        run.simulated.scenario.empty() ? "(unnamed scenario)" : run.simulated.scenario;
    return name + "  |  policy " + run.simulated.policy + "  |  real run, " +
           std::string(modeName(run.mode)) + " mode, " +
           std::string(linuxPolicyName(run.linuxPolicy)) +
           ", 1 tick = " + std::to_string(run.tickMs) + " ms, children on CPU " +
           std::to_string(run.childCpu) + "\n";
}

std::string charts(const RealRun& run) {
    auto simulated = simulatedIn(run, kUnitUs);
    auto real = realAsResult(run, kUnitUs);
    report::GanttOptions options;
    options.unitOne = options.unitMany = "ms";
    options.start = 0;
    options.end = std::max(simulated.summary.end, real.summary.end);
    for (const auto& slice : real.slices) {
        options.end = std::max(options.end, slice.end);
    }
    return "Simulated\n" + report::writeGantt(run.workload, simulated, options) +
           "\nReal (measured)\n" + report::writeGantt(run.workload, real, options);
}

std::string table(const RealComparison& c) {
    std::vector<Align> align(13, Align::Right);
    align[0] = Align::Left;
    TextTable t(align);
    t.addRow(
        {"", "first run", "", "", "completion", "", "", "waiting", "", "", "switches", "", ""});
    t.addRow({"name", "sim", "real", "error", "sim", "real", "error", "sim", "real", "error", "all",
              "vol", "invol"});
    t.addRule();
    for (const auto& p : c.processes) {
        t.addRow({p.name, ms(p.simulated.firstRunMs), ms(p.real.firstRunMs),
                  signedMs(p.firstRunErrorMs), ms(p.simulated.completionMs),
                  ms(p.real.completionMs), signedMs(p.completionErrorMs), ms(p.simulated.waitingMs),
                  ms(p.real.waitingMs), signedMs(p.waitingErrorMs), count(p.kernel.switches),
                  count(p.kernel.voluntarySwitches), count(p.kernel.involuntarySwitches)});
    }
    return "Times in ms from tick 0 (error = real - simulated); switches: the kernel's counters\n" +
           t.render();
}

std::string summary(const RealComparison& c) {
    const auto& s = c.summary;
    TextTable t({Align::Left, Align::Left});
    t.addRow({"mean |completion error|", ms(s.meanAbsCompletionErrorMs) + " ms (max " +
                                             ms(s.maxAbsCompletionErrorMs) + " ms)"});
    t.addRow({"makespan",
              ms(s.simulatedMakespanMs) + " ms simulated, " + ms(s.realMakespanMs) + " ms real"});
    t.addRow({"same order", std::string(s.sameOrder ? "yes" : "no") + " (" +
                                std::to_string(s.simulatedOrder.size()) +
                                " dispatches simulated, " + std::to_string(s.realOrder.size()) +
                                " real)"});
    t.addRow({"same process running", ms(100.0 * s.sameProcessShare) + "% of the time"});
    t.addRow({"switch overhead", ms(s.switchOverheadUs) + " us on average over " +
                                     std::to_string(s.realSwitches) + " switches"});
    std::string close;
    for (double t0 : s.closeEventsMs) {
        close += (close.empty() ? "" : ", ") + ms(t0);
    }
    t.addRow({"simulated events within 2 ms", close.empty() ? "none" : "at " + close + " ms"});
    return t.render();
}

std::string list(const std::string& heading, const std::vector<std::string>& lines) {
    std::string out = heading + "\n";
    for (const auto& line : lines) {
        out += "- " + line + "\n";
    }
    return out;
}

}  // namespace

std::string writeRealText(const RealRun& run, const RealComparison& comparison) {
    return title(run) + "\n" + charts(run) + "\n" + table(comparison) + "\n" + summary(comparison) +
           "\n" + list("Largest differences", comparison.differences) + "\n" +
           list("How this run differs from the textbook", run.notes);
}

}  // namespace schedlab::real
