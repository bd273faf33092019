#include <algorithm>

#include "engine/translatable.hpp"
#include "real/real_report.hpp"
#include "real/runner.hpp"
#include "report/format.hpp"
#include "report/gantt.hpp"
#include "report/localize.hpp"

namespace schedlab::real {
namespace {

using i18n::Language;
using report::Align;
using report::TextTable;

constexpr std::int64_t kUnitUs = 1000;  // the charts count in milliseconds

std::string ms(double value) { return value < 0 ? "-" : report::formatFixed(value, 1); }

std::string signedMs(double value) { return report::formatFixed(value, 1, true); }

std::string count(std::int64_t value) { return value < 0 ? "-" : std::to_string(value); }

/// The report's own words, in the reader's language.
class Words {
public:
    explicit Words(Language language) : m_language(language) {}
    std::string operator()(const char* english) const {
        return report::localize(english, m_language);
    }
    std::string operator()(const char* english,
                           std::initializer_list<std::string_view> args) const {
        return i18n::arg(report::localize(english, m_language), args);
    }
    /// A sentence of the runner (notes, differences), marked under "schedlab::engine".
    std::string sentence(const engine::Phrase& phrase) const {
        return engine::fill(i18n::translate(engine::kTranslationContext, phrase.text, m_language),
                            phrase.args);
    }
    Language language() const { return m_language; }

private:
    Language m_language;
};

std::string title(const RealRun& run, const Words& say) {
    std::string name = run.simulated.scenario.empty()
                           ? say(QT_TRANSLATE_NOOP("schedlab::report", "(unnamed scenario)"))
                           : run.simulated.scenario;
    return say(QT_TRANSLATE_NOOP("schedlab::report",
                                 "%1  |  policy %2  |  real run, %3 mode, %4, 1 tick = %5 ms, "
                                 "children on CPU %6"),
               {name, run.simulated.policy, modeName(run.mode), linuxPolicyName(run.linuxPolicy),
                std::to_string(run.tickMs), std::to_string(run.childCpu)}) +
           "\n";
}

std::string charts(const RealRun& run, const Words& say) {
    auto simulated = simulatedIn(run, kUnitUs);
    auto real = realAsResult(run, kUnitUs);
    report::GanttOptions options;
    options.unitOne = options.unitMany = "ms";
    options.start = 0;
    options.end = std::max(simulated.summary.end, real.summary.end);
    for (const auto& slice : real.slices) {
        options.end = std::max(options.end, slice.end);
    }
    return say(QT_TRANSLATE_NOOP("schedlab::report", "Simulated")) + "\n" +
           report::writeGantt(run.workload, simulated, options, say.language()) + "\n" +
           say(QT_TRANSLATE_NOOP("schedlab::report", "Real (measured)")) + "\n" +
           report::writeGantt(run.workload, real, options, say.language());
}

std::string table(const RealComparison& c, const Words& say) {
    std::vector<Align> align(13, Align::Right);
    align[0] = Align::Left;
    TextTable t(align);
    const std::string sim = say(QT_TRANSLATE_NOOP("schedlab::report", "sim"));
    const std::string real = say(QT_TRANSLATE_NOOP("schedlab::report", "real"));
    const std::string error = say(QT_TRANSLATE_NOOP("schedlab::report", "error"));
    t.addRow({"", say(QT_TRANSLATE_NOOP("schedlab::report", "first run")), "", "",
              say(QT_TRANSLATE_NOOP("schedlab::report", "completion")), "", "",
              say(QT_TRANSLATE_NOOP("schedlab::report", "waiting")), "", "",
              say(QT_TRANSLATE_NOOP("schedlab::report", "switches")), "", ""});
    t.addRow({say(QT_TRANSLATE_NOOP("schedlab::report", "name")), sim, real, error, sim, real,
              error, sim, real, error, say(QT_TRANSLATE_NOOP("schedlab::report", "all")),
              say(QT_TRANSLATE_NOOP("schedlab::report", "vol")),
              say(QT_TRANSLATE_NOOP("schedlab::report", "invol"))});
    t.addRule();
    for (const auto& p : c.processes) {
        t.addRow({p.name, ms(p.simulated.firstRunMs), ms(p.real.firstRunMs),
                  signedMs(p.firstRunErrorMs), ms(p.simulated.completionMs),
                  ms(p.real.completionMs), signedMs(p.completionErrorMs), ms(p.simulated.waitingMs),
                  ms(p.real.waitingMs), signedMs(p.waitingErrorMs), count(p.kernel.switches),
                  count(p.kernel.voluntarySwitches), count(p.kernel.involuntarySwitches)});
    }
    return say(QT_TRANSLATE_NOOP("schedlab::report",
                                 "Times in ms from tick 0 (error = real - simulated); switches: "
                                 "the kernel's counters")) +
           "\n" + t.render();
}

std::string summary(const RealComparison& c, const Words& say) {
    const auto& s = c.summary;
    TextTable t({Align::Left, Align::Left});
    t.addRow({say(QT_TRANSLATE_NOOP("schedlab::report", "mean |completion error|")),
              say(QT_TRANSLATE_NOOP("schedlab::report", "%1 ms (max %2 ms)"),
                  {ms(s.meanAbsCompletionErrorMs), ms(s.maxAbsCompletionErrorMs)})});
    t.addRow({say(QT_TRANSLATE_NOOP("schedlab::report", "makespan")),
              say(QT_TRANSLATE_NOOP("schedlab::report", "%1 ms simulated, %2 ms real"),
                  {ms(s.simulatedMakespanMs), ms(s.realMakespanMs)})});
    t.addRow(
        {say(QT_TRANSLATE_NOOP("schedlab::report", "same order")),
         say(s.sameOrder
                 ? QT_TRANSLATE_NOOP("schedlab::report", "yes (%1 dispatches simulated, %2 real)")
                 : QT_TRANSLATE_NOOP("schedlab::report", "no (%1 dispatches simulated, %2 real)"),
             {std::to_string(s.simulatedOrder.size()), std::to_string(s.realOrder.size())})});
    t.addRow({say(QT_TRANSLATE_NOOP("schedlab::report", "same process running")),
              say(QT_TRANSLATE_NOOP("schedlab::report", "%1% of the time"),
                  {ms(100.0 * s.sameProcessShare)})});
    t.addRow({say(QT_TRANSLATE_NOOP("schedlab::report", "switch overhead")),
              say(QT_TRANSLATE_NOOP("schedlab::report", "%1 us on average over %2 switches"),
                  {ms(s.switchOverheadUs), std::to_string(s.realSwitches)})});
    std::string close;
    for (double t0 : s.closeEventsMs) {
        close += (close.empty() ? "" : ", ") + ms(t0);
    }
    t.addRow({say(QT_TRANSLATE_NOOP("schedlab::report", "simulated events within 2 ms")),
              close.empty() ? say(QT_TRANSLATE_NOOP("schedlab::report", "none"))
                            : say(QT_TRANSLATE_NOOP("schedlab::report", "at %1 ms"), {close})});
    return t.render();
}

std::string list(const std::string& heading, const std::vector<engine::Phrase>& lines,
                 const Words& say) {
    std::string out = heading + "\n";
    for (const auto& line : lines) {
        out += "- " + say.sentence(line) + "\n";
    }
    return out;
}

}  // namespace

std::string writeRealText(const RealRun& run, const RealComparison& comparison, Language language) {
    const Words say(language);
    return title(run, say) + "\n" + charts(run, say) + "\n" + table(comparison, say) + "\n" +
           summary(comparison, say) + "\n" +
           list(say(QT_TRANSLATE_NOOP("schedlab::report", "Largest differences")),
                comparison.differences, say) +
           "\n" +
           list(
               say(QT_TRANSLATE_NOOP("schedlab::report", "How this run differs from the textbook")),
               run.notes, say);
}

}  // namespace schedlab::real
