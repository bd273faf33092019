// The text of an exercise: questions and worked answers, in English or Simplified Chinese. Every
// sentence is marked for lupdate under "schedlab::exercise" and translated in
// translations/schedlab_zh_CN.ts; the engine's sentences come from its own context, as in the app.

#include <vector>

#include "authoring/exercise.hpp"
#include "engine/explain.hpp"
#include "engine/policy_registry.hpp"
#include "engine/policy_spec.hpp"
#include "engine/translatable.hpp"
#include "report/format.hpp"
#include "report/gantt.hpp"
#include "scenario/scenario_io.hpp"

namespace schedlab::authoring {
namespace {

constexpr const char* kContext = "schedlab::exercise";

class Text {
public:
    explicit Text(i18n::Language language) : m_language(language) {}
    std::string operator()(std::string_view english) const {
        return std::string(i18n::translate(kContext, english, m_language));
    }
    std::string engine(std::string_view english) const {
        return std::string(i18n::translate(engine::kTranslationContext, english, m_language));
    }
    engine::Translate engineTranslate() const {
        return [this](std::string_view english) { return engine(english); };
    }
    bool chinese() const { return m_language == i18n::Language::SimplifiedChinese; }
    i18n::Language language() const { return m_language; }

private:
    i18n::Language m_language;
};

// Columns padded to their widest cell by display width, so that Chinese headings line up.
// `align` has one letter per column: L left, anything else right.
std::string table(const std::vector<std::vector<std::string>>& rows, std::string_view align) {
    std::vector<std::size_t> widths;
    for (const auto& row : rows) {
        widths.resize(std::max(widths.size(), row.size()), 0);
        for (std::size_t c = 0; c < row.size(); ++c) {
            widths[c] = std::max(widths[c], i18n::displayWidth(row[c]));
        }
    }
    std::string out;
    for (const auto& row : rows) {
        std::string line;
        for (std::size_t c = 0; c < row.size(); ++c) {
            line += c == 0 ? "" : "  ";
            line += c < align.size() && align[c] == 'L' ? i18n::padRight(row[c], widths[c])
                                                        : i18n::padLeft(row[c], widths[c]);
        }
        out += line.substr(0, line.find_last_not_of(' ') + 1) + "\n";
    }
    return out;
}

std::string burstsText(const engine::ProcessSpec& process) {
    std::string out;
    for (std::size_t i = 0; i < process.bursts.size(); ++i) {
        out += (i == 0 ? "" : ", ") + std::string(i % 2 == 0 ? "CPU " : "I/O ") +
               std::to_string(process.bursts[i]);
    }
    return out;
}

std::string processTable(const engine::Workload& w, bool priorities, const Text& text) {
    std::vector<std::vector<std::string>> rows;
    rows.push_back({text(QT_TRANSLATE_NOOP("schedlab::exercise", "name")),
                    text(QT_TRANSLATE_NOOP("schedlab::exercise", "arrival"))});
    if (priorities) {
        rows.back().push_back(text(QT_TRANSLATE_NOOP("schedlab::exercise", "priority")));
    }
    rows.back().push_back(text(QT_TRANSLATE_NOOP("schedlab::exercise", "bursts")));
    for (const auto& p : w.processes) {
        rows.push_back({p.name, std::to_string(p.arrival)});
        if (priorities) {
            rows.back().push_back(std::to_string(p.priority));
        }
        rows.back().push_back(burstsText(p));
    }
    return table(rows, priorities ? "LRRL" : "LRL");
}

std::string policyText(const engine::Workload& w, const Text& text) {
    const auto* entry = engine::findPolicy(w.policy.name);
    std::string title = entry ? text.engine(entry->title) : w.policy.name;
    std::string out = engine::fill(text(QT_TRANSLATE_NOOP("schedlab::exercise", "Policy: %1 — %2")),
                                   {title, engine::formatPolicySpec(w.policy)});
    out += "\n";
    if (entry != nullptr && !entry->summary.empty()) {
        out += "  " + text.engine(entry->summary) + "\n";
    }
    return out;
}

std::string rulesText(const engine::Workload& w, const engine::PolicyEntry* entry,
                      const Text& text) {
    bool quanta = entry != nullptr && (entry->can.quantum || entry->can.levels);
    std::string out =
        (quanta ? text(QT_TRANSLATE_NOOP(
                      "schedlab::exercise",
                      "One CPU. At one instant, new arrivals join the ready queue first, then "
                      "processes back from I/O, then the process whose quantum just ran out; "
                      "ties go to the earlier arrival, then to the process listed first."))
                : text(QT_TRANSLATE_NOOP(
                      "schedlab::exercise",
                      "One CPU. At one instant, new arrivals join the ready queue before processes "
                      "back from I/O; ties go to the earlier arrival, then to the process listed "
                      "first."))) +
        "\n";
    bool priorities = entry != nullptr && entry->can.priorities;
    if (priorities) {
        out +=
            (w.priorityOrder == engine::PriorityOrder::SmallerFirst
                 ? text(QT_TRANSLATE_NOOP("schedlab::exercise",
                                          "A smaller priority number means a higher priority."))
                 : text(QT_TRANSLATE_NOOP("schedlab::exercise",
                                          "A larger priority number means a higher priority."))) +
            "\n";
    }
    return out;
}

std::string questions(const Text& text) {
    return text(QT_TRANSLATE_NOOP("schedlab::exercise", "Questions:")) + "\n  1. " +
           text(QT_TRANSLATE_NOOP(
               "schedlab::exercise",
               "Draw the Gantt chart: which process runs at each tick, until every process has "
               "finished.")) +
           "\n  2. " +
           text(QT_TRANSLATE_NOOP(
               "schedlab::exercise",
               "For each process, give its response time (first run - arrival), turnaround time "
               "(completion - arrival) and waiting time (ticks spent ready; time blocked on I/O "
               "does not count).")) +
           "\n  3. " +
           text(QT_TRANSLATE_NOOP("schedlab::exercise",
                                  "Give the average response, turnaround and waiting times.")) +
           "\n";
}

// The Gantt chart of report/gantt, whose heading and legend come in the exercise's language.
std::string ganttText(const engine::Workload& w, const engine::SimulationResult& result,
                      const Text& text) {
    report::GanttOptions options;
    options.width = 400;  // one column per tick: an exercise's run is short
    return report::writeGantt(w, result, options, text.language());
}

std::string tickOrDash(engine::Tick t) { return t < 0 ? "-" : std::to_string(t); }

std::string timesTable(const engine::Workload& w, const engine::SimulationResult& result,
                       const Text& text) {
    std::vector<std::vector<std::string>> rows;
    rows.push_back({text(QT_TRANSLATE_NOOP("schedlab::exercise", "name")),
                    text(QT_TRANSLATE_NOOP("schedlab::exercise", "arrival")),
                    text(QT_TRANSLATE_NOOP("schedlab::exercise", "first run")),
                    text(QT_TRANSLATE_NOOP("schedlab::exercise", "completion")),
                    text(QT_TRANSLATE_NOOP("schedlab::exercise", "response")),
                    text(QT_TRANSLATE_NOOP("schedlab::exercise", "turnaround")),
                    text(QT_TRANSLATE_NOOP("schedlab::exercise", "waiting"))});
    for (std::size_t p = 0; p < result.processes.size(); ++p) {
        const auto& m = result.processes[p];
        rows.push_back({w.processes[p].name, std::to_string(m.arrival), tickOrDash(m.firstRun),
                        tickOrDash(m.completion), std::to_string(m.response),
                        std::to_string(m.turnaround), std::to_string(m.waiting)});
    }
    const auto& s = result.summary;
    rows.push_back({text(QT_TRANSLATE_NOOP("schedlab::exercise", "average")), "", "", "",
                    report::formatFixed3(s.avgResponse), report::formatFixed3(s.avgTurnaround),
                    report::formatFixed3(s.avgWaiting)});
    return table(rows, "L");
}

std::string decisionsText(const engine::Workload& w, const engine::SimulationResult& result,
                          const Text& text) {
    std::string out;
    auto translate = text.engineTranslate();
    for (const auto& d : result.decisions) {
        out += "t=" + std::to_string(d.time) + ": " +
               engine::render(engine::describe(d, w), translate) + "\n";
    }
    return out;
}

}  // namespace

std::string writeAnswers(const engine::Workload& w, const engine::SimulationResult& result,
                         i18n::Language language) {
    Text text(language);
    std::string out = text(QT_TRANSLATE_NOOP("schedlab::exercise", "Answers:")) + "\n\n" +
                      ganttText(w, result, text) + "\n";
    out += text(QT_TRANSLATE_NOOP("schedlab::exercise", "Times of each process (in ticks):")) +
           "\n" + timesTable(w, result, text) + "\n";
    out += text(QT_TRANSLATE_NOOP("schedlab::exercise", "How the scheduler decided:")) + "\n" +
           decisionsText(w, result, text);
    return out;
}

std::string writeQuestions(const engine::Workload& w, const std::string& command,
                           i18n::Language language) {
    Text text(language);
    const auto* entry = engine::findPolicy(w.policy.name);
    bool priorities = entry != nullptr && entry->can.priorities;
    std::string out = w.name + "\n\n" + policyText(w, text) + rulesText(w, entry, text) + "\n";
    out += text(QT_TRANSLATE_NOOP("schedlab::exercise", "Processes (times in ticks):")) + "\n" +
           processTable(w, priorities, text) + "\n";
    out += questions(text) + "\n";
    out += text(QT_TRANSLATE_NOOP(
               "schedlab::exercise",
               "The scenario as a file (open it in SchedLab to answer step by step in Exercise "
               "mode, or write it with -o FILE):")) +
           "\n\n" + scenario::toYaml(w, /*exercise=*/true);
    if (!command.empty()) {
        out += "\n" +
               engine::fill(text(QT_TRANSLATE_NOOP("schedlab::exercise", "To see the answers: %1")),
                            {command}) +
               "\n";
    }
    return out;
}

}  // namespace schedlab::authoring
