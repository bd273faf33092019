#include "report/text_report.hpp"

#include "engine/explain.hpp"
#include "engine/translatable.hpp"
#include "report/format.hpp"
#include "report/localize.hpp"

namespace schedlab::report {
namespace {

using i18n::arg;
using i18n::Language;

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

std::string title(const engine::SimulationResult& result, Language language) {
    std::string name = result.scenario.empty()
                           ? localize(QT_TRANSLATE_NOOP("schedlab::report", "(unnamed scenario)"),
                                      language)
                           : result.scenario;
    std::string cpus = result.cpus == 1
                           ? localize(QT_TRANSLATE_NOOP("schedlab::report", "1 CPU"), language)
                           : arg(localize(QT_TRANSLATE_NOOP("schedlab::report", "%1 CPUs"),
                                          language),
                                 {std::to_string(result.cpus)});
    return arg(localize(QT_TRANSLATE_NOOP("schedlab::report", "%1  |  policy %2  |  %3"),
                        language),
               {name, result.policy, cpus}) +
           "\n";
}

std::string perCpu(const engine::Summary& summary) {
    std::string out;
    for (std::size_t cpu = 0; cpu < summary.perCpuUtilization.size(); ++cpu) {
        out += out.empty() ? "" : "  ";
        out += "CPU" + std::to_string(cpu) + " " + formatFixed3(summary.perCpuUtilization[cpu]);
    }
    return out.empty() ? "-" : out;
}

std::vector<std::string> tableHeader(Language language) {
    std::vector<std::string> header;
    for (const char* column : {
             QT_TRANSLATE_NOOP("schedlab::report", "name"),
             QT_TRANSLATE_NOOP("schedlab::report", "arrival"),
             QT_TRANSLATE_NOOP("schedlab::report", "first run"),
             QT_TRANSLATE_NOOP("schedlab::report", "completion"),
             QT_TRANSLATE_NOOP("schedlab::report", "response"),
             QT_TRANSLATE_NOOP("schedlab::report", "turnaround"),
             QT_TRANSLATE_NOOP("schedlab::report", "waiting"),
             QT_TRANSLATE_NOOP("schedlab::report", "cpu"),
             QT_TRANSLATE_NOOP("schedlab::report", "io"),
         }) {
        header.push_back(localize(column, language));
    }
    return header;
}

/// "max 7, p95 7"
std::string maxAndP95(engine::Tick max, engine::Tick p95, Language language) {
    return arg(localize(QT_TRANSLATE_NOOP("schedlab::report", "max %1, p95 %2"), language),
               {formatInt(max), formatInt(p95)});
}

std::string nameOr(const engine::Workload& workload, engine::Pid p, std::string_view none) {
    return p < workload.processes.size() ? workload.processes[p].name : std::string(none);
}

/// Programs: each process's parent and the ticks it was blocked, by reason.
std::string writeBlockedTable(const engine::Workload& workload,
                              const engine::SimulationResult& result, Language language) {
    TextTable table({Align::Left, Align::Left, Align::Right, Align::Right, Align::Right,
                     Align::Right});
    std::vector<std::string> header;
    for (const char* column : {
             QT_TRANSLATE_NOOP("schedlab::report", "name"),
             QT_TRANSLATE_NOOP("schedlab::report", "parent"),
             QT_TRANSLATE_NOOP("schedlab::report", "io"),
             QT_TRANSLATE_NOOP("schedlab::report", "join"),
             QT_TRANSLATE_NOOP("schedlab::report", "lock"),
             QT_TRANSLATE_NOOP("schedlab::report", "queue"),
         }) {
        header.push_back(localize(column, language));
    }
    table.addRow(header);
    table.addRule();
    for (std::size_t p = 0; p < result.processes.size(); ++p) {
        const auto& m = result.processes[p];
        table.addRow({nameOr(workload, static_cast<engine::Pid>(p), ""),
                      nameOr(workload, m.parent, "init"), formatInt(m.io), formatInt(m.joinWait),
                      formatInt(m.lockWait), formatInt(m.queueWait)});
    }
    return localize(QT_TRANSLATE_NOOP("schedlab::report", "blocked time by reason (ticks)"),
                    language) +
           "\n" + table.render();
}

}  // namespace

std::string deadlockLine(const engine::Workload& workload, const engine::Deadlock& deadlock,
                         Language language) {
    if (deadlock.time < 0) {
        return {};
    }
    std::string links;
    for (const auto& link : deadlock.cycle) {
        engine::Decision d{deadlock.time, engine::DecisionKind::DeadlockFound, -1, link.process,
                           link.heldBy, engine::packWait(link.reason, link.object)};
        auto translate = [language](std::string_view english) {
            return i18n::translate(engine::kTranslationContext, english, language);
        };
        engine::Explanation e = engine::describe(d, workload);
        std::string text = engine::render(e, translate);
        // Drop the sentence's own lead-in ("deadlock: "): the line says it once.
        std::string pattern = translate(e.sentence.text);
        std::string prefix = pattern.substr(0, pattern.find("%1"));
        links += links.empty() ? "" : "; ";
        links += text.starts_with(prefix) ? text.substr(prefix.size()) : text;
    }
    return arg(localize(QT_TRANSLATE_NOOP("schedlab::report", "deadlock at t=%1: %2"), language),
               {formatInt(deadlock.time), links}) +
           "\n";
}

std::string writeProcessTable(const engine::Workload& workload,
                              const engine::SimulationResult& result, Language language) {
    std::vector<Align> align(9, Align::Right);
    align[0] = Align::Left;
    TextTable table(align);
    table.addRow(tableHeader(language));
    table.addRule();
    for (std::size_t p = 0; p < result.processes.size(); ++p) {
        table.addRow(processCells(workload, result.processes[p], p));
    }
    table.addRule();
    const auto& s = result.summary;
    table.addRow({localize(QT_TRANSLATE_NOOP("schedlab::report", "average"), language), "", "", "",
                  formatFixed3(s.avgResponse), formatFixed3(s.avgTurnaround),
                  formatFixed3(s.avgWaiting), "", ""});
    return table.render();
}

std::string writeSummary(const engine::SimulationResult& result, Language language) {
    const auto& s = result.summary;
    auto label = [language](const char* english) { return localize(english, language); };
    TextTable table({Align::Left, Align::Left});
    table.addRow({label(QT_TRANSLATE_NOOP("schedlab::report", "makespan")),
                  arg(label(QT_TRANSLATE_NOOP("schedlab::report", "%1 ticks (%2 to %3)")),
                      {formatInt(s.makespan), formatInt(s.start), formatInt(s.end)})});
    table.addRow({label(QT_TRANSLATE_NOOP("schedlab::report", "cpu utilization")),
                  formatFixed3(s.cpuUtilization)});
    table.addRow({"  " + label(QT_TRANSLATE_NOOP("schedlab::report", "per CPU")), perCpu(s)});
    table.addRow({label(QT_TRANSLATE_NOOP("schedlab::report", "throughput")),
                  arg(label(QT_TRANSLATE_NOOP("schedlab::report", "%1 processes per tick")),
                      {formatFixed3(s.throughput)})});
    table.addRow({label(QT_TRANSLATE_NOOP("schedlab::report", "context switches")),
                  formatInt(s.contextSwitches)});
    table.addRow({label(QT_TRANSLATE_NOOP("schedlab::report", "waiting")),
                  maxAndP95(s.maxWaiting, s.p95Waiting, language)});
    table.addRow({label(QT_TRANSLATE_NOOP("schedlab::report", "turnaround")),
                  maxAndP95(s.maxTurnaround, s.p95Turnaround, language)});
    table.addRow({label(QT_TRANSLATE_NOOP("schedlab::report", "fairness (Jain)")),
                  formatFixed3(s.fairness)});
    return table.render();
}

std::string writeText(const engine::Workload& workload, const engine::SimulationResult& result,
                      const GanttOptions& gantt, Language language) {
    std::string out = title(result, language) + "\n" + writeGantt(workload, result, gantt, language) +
                      "\n" + writeProcessTable(workload, result, language) + "\n" +
                      writeSummary(result, language);
    if (workload.hasPrograms()) {   // burst scenarios keep their text byte for byte
        out += "\n" + writeBlockedTable(workload, result, language);
        std::string deadlock = deadlockLine(workload, result.deadlock, language);
        out += deadlock.empty() ? "" : "\n" + deadlock;
    }
    return out;
}

}  // namespace schedlab::report
