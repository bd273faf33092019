#include "real/comparison.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

#include "engine/translatable.hpp"

namespace schedlab::real {
namespace {

using engine::Pid;

/// A stretch of time with the process that ran (kNoProcess: none), in microseconds.
struct Span {
    std::int64_t start = 0;
    std::int64_t end = 0;
    Pid process = engine::kNoProcess;
};

std::vector<Span> simulatedSpans(const RealRun& run) {
    std::int64_t tickUs = std::int64_t{run.tickMs} * 1000;
    std::vector<Span> out;
    for (const auto& slice : run.simulated.slices) {
        out.push_back({slice.start * tickUs, slice.end * tickUs, slice.process});
    }
    std::sort(out.begin(), out.end(),
              [](const Span& a, const Span& b) { return a.start < b.start; });
    return out;
}

std::vector<Span> realSpans(const RealRun& run) {
    std::vector<Span> out;
    for (Pid p = 0; p < run.processes.size(); ++p) {
        for (const auto& interval : run.processes[p].cpu) {
            out.push_back({interval.startUs, interval.endUs, p});
        }
    }
    std::sort(out.begin(), out.end(),
              [](const Span& a, const Span& b) { return a.start < b.start; });
    return out;
}

std::vector<Pid> order(const std::vector<Span>& spans) {
    std::vector<Pid> out;
    for (const auto& span : spans) {
        if (out.empty() || out.back() != span.process) {
            out.push_back(span.process);
        }
    }
    return out;
}

Pid runningAt(const std::vector<Span>& spans, std::int64_t t) {
    auto it = std::upper_bound(spans.begin(), spans.end(), t,
                               [](std::int64_t v, const Span& s) { return v < s.start; });
    return it != spans.begin() && std::prev(it)->end > t ? std::prev(it)->process
                                                         : engine::kNoProcess;
}

double sameShare(const std::vector<Span>& a, const std::vector<Span>& b) {
    std::set<std::int64_t> cuts{0};
    for (const auto* spans : {&a, &b}) {
        for (const auto& s : *spans) {
            cuts.insert(s.start);
            cuts.insert(s.end);
        }
    }
    std::int64_t same = 0;
    for (auto it = cuts.begin(); std::next(it) != cuts.end(); ++it) {
        std::int64_t mid = *it;
        same += runningAt(a, mid) == runningAt(b, mid) ? *std::next(it) - *it : 0;
    }
    std::int64_t total = *cuts.rbegin();
    return total > 0 ? static_cast<double>(same) / static_cast<double>(total) : 1.0;
}

double toMs(std::int64_t us) { return static_cast<double>(us) / 1000.0; }

ProcessTimes simulatedTimes(const RealRun& run, Pid p) {
    const auto& m = run.simulated.processes[p];
    auto ms = [&](engine::Tick t) { return t < 0 ? -1.0 : static_cast<double>(t * run.tickMs); };
    return {ms(m.firstRun), ms(m.completion), ms(m.cpu), ms(m.waiting)};
}

ProcessTimes realTimes(const RealRun& run, Pid p) {
    const RealProcess& r = run.processes[p];
    ProcessTimes out;
    std::int64_t cpu = 0;
    std::int64_t io = 0;
    for (const auto& i : r.cpu) {
        cpu += i.endUs - i.startUs;
    }
    for (const auto& i : r.io) {
        io += i.endUs - i.startUs;
    }
    out.cpuMs = toMs(cpu);
    out.firstRunMs = r.cpu.empty() ? -1 : toMs(r.cpu.front().startUs);
    if (r.completionUs >= 0) {
        out.completionMs = toMs(r.completionUs);
        double arrivalMs = static_cast<double>(run.workload.processes[p].arrival * run.tickMs);
        out.waitingMs = std::max(0.0, out.completionMs - arrivalMs - out.cpuMs - toMs(io));
    }
    return out;
}

void switchFigures(const std::vector<Span>& spans, RealSummary& summary) {
    std::int64_t gaps = 0;
    int counted = 0;
    for (std::size_t i = 1; i < spans.size(); ++i) {
        if (spans[i].process == spans[i - 1].process) {
            continue;
        }
        ++summary.realSwitches;
        std::int64_t gap = spans[i].start - spans[i - 1].end;
        if (gap >= 0 && gap < 2000) {  // longer gaps are idle time, not switching
            gaps += gap;
            ++counted;
        }
    }
    summary.switchOverheadUs = counted > 0 ? static_cast<double>(gaps) / counted : 0;
}

/// Moments where state changes of at least two processes fall within 2 ms (dispatches excluded:
/// they follow from the others).
std::vector<double> closeEvents(const RealRun& run) {
    std::vector<std::pair<double, Pid>> changes;
    for (const auto& e : run.simulated.events) {
        if (e.to != engine::ProcessState::Running) {
            changes.emplace_back(static_cast<double>(e.time * run.tickMs), e.process);
        }
    }
    std::vector<double> out;
    for (std::size_t i = 0; i < changes.size();) {
        std::size_t j = i;
        std::set<Pid> who;
        while (j < changes.size() && changes[j].first - changes[i].first <= 2.0) {
            who.insert(changes[j++].second);
        }
        if (who.size() >= 2) {
            out.push_back(changes[i].first);
        }
        i = j;
    }
    return out;
}

std::string fixed(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", value);
    return text;
}

std::string nameOf(const RealRun& run, Pid p) {
    return p < run.workload.processes.size() ? run.workload.processes[p].name : "(idle)";
}

void completionSentences(const RealComparison& c, std::vector<engine::Phrase>& out) {
    std::vector<std::size_t> byError(c.processes.size());
    for (std::size_t i = 0; i < byError.size(); ++i) {
        byError[i] = i;
    }
    std::stable_sort(byError.begin(), byError.end(), [&](std::size_t a, std::size_t b) {
        return std::abs(c.processes[a].completionErrorMs) >
               std::abs(c.processes[b].completionErrorMs);
    });
    for (std::size_t k = 0; k < std::min<std::size_t>(3, byError.size()); ++k) {
        const auto& p = c.processes[byError[k]];
        if (std::abs(p.completionErrorMs) < 0.5) {
            break;
        }
        const bool later = p.completionErrorMs > 0;
        const bool firstRunDiffers = std::abs(p.firstRunErrorMs) >= 1.0;
        std::string_view text =
            later ? (firstRunDiffers
                         ? QT_TRANSLATE_NOOP("schedlab::engine",
                                             "%1 finished %2 ms later than simulated (%3 ms "
                                             "instead of %4 ms); it first ran at %5 ms instead of "
                                             "%6 ms.")
                         : QT_TRANSLATE_NOOP("schedlab::engine",
                                             "%1 finished %2 ms later than simulated (%3 ms "
                                             "instead of %4 ms)."))
                  : (firstRunDiffers
                         ? QT_TRANSLATE_NOOP("schedlab::engine",
                                             "%1 finished %2 ms earlier than simulated (%3 ms "
                                             "instead of %4 ms); it first ran at %5 ms instead of "
                                             "%6 ms.")
                         : QT_TRANSLATE_NOOP("schedlab::engine",
                                             "%1 finished %2 ms earlier than simulated (%3 ms "
                                             "instead of %4 ms)."));
        out.push_back({text,
                       {p.name, fixed(std::abs(p.completionErrorMs)), fixed(p.real.completionMs),
                        fixed(p.simulated.completionMs), fixed(p.real.firstRunMs),
                        fixed(p.simulated.firstRunMs)}});
    }
}

void orderSentence(const RealRun& run, const RealComparison& c, std::vector<engine::Phrase>& out) {
    const auto& s = c.summary;
    if (s.sameOrder) {
        out.push_back({QT_TRANSLATE_NOOP("schedlab::engine",
                                         "The real run dispatched the processes in the simulated "
                                         "order (%1 dispatches)."),
                       {std::to_string(s.simulatedOrder.size())}});
        return;
    }
    std::size_t at = 0;
    while (at < s.simulatedOrder.size() && at < s.realOrder.size() &&
           s.simulatedOrder[at] == s.realOrder[at]) {
        ++at;
    }
    std::vector<std::string> args{
        std::to_string(at + 1),
        at < s.simulatedOrder.size() ? nameOf(run, s.simulatedOrder[at]) : "-",
        at < s.realOrder.size() ? nameOf(run, s.realOrder[at]) : "-"};
    if (s.closeEventsMs.empty()) {
        out.push_back({QT_TRANSLATE_NOOP("schedlab::engine",
                                         "The order differs from dispatch %1 on: the simulation "
                                         "ran %2, the real run %3."),
                       std::move(args)});
        return;
    }
    args.push_back(std::to_string(s.closeEventsMs.size()));
    args.push_back(fixed(s.closeEventsMs.front()));
    out.push_back({QT_TRANSLATE_NOOP("schedlab::engine",
                                     "The order differs from dispatch %1 on: the simulation ran "
                                     "%2, the real run %3 (the simulation has events of several "
                                     "processes at one moment %4 times, first at %5 ms: there a "
                                     "real run may rightly pick another order)."),
                   std::move(args)});
}

}  // namespace

std::vector<RealInterval> differingSpans(const RealRun& run, std::int64_t minUs) {
    auto simulated = simulatedSpans(run);
    auto real = realSpans(run);
    std::set<std::int64_t> cuts{0};
    for (const auto* spans : {&simulated, &real}) {
        for (const auto& s : *spans) {
            cuts.insert(s.start);
            cuts.insert(s.end);
        }
    }
    std::vector<RealInterval> out;
    for (auto it = cuts.begin(); std::next(it) != cuts.end(); ++it) {
        if (runningAt(simulated, *it) == runningAt(real, *it)) {
            continue;
        }
        if (!out.empty() && out.back().endUs == *it) {
            out.back().endUs = *std::next(it);
        } else {
            out.push_back({*it, *std::next(it)});
        }
    }
    std::erase_if(out, [minUs](const RealInterval& i) { return i.endUs - i.startUs < minUs; });
    return out;
}

RealComparison compareRun(const RealRun& run) {
    RealComparison c;
    double sum = 0;
    for (Pid p = 0; p < run.processes.size(); ++p) {
        ProcessComparison row;
        row.name = nameOf(run, p);
        row.simulated = simulatedTimes(run, p);
        row.real = realTimes(run, p);
        row.firstRunErrorMs = row.real.firstRunMs - row.simulated.firstRunMs;
        row.completionErrorMs = row.real.completionMs - row.simulated.completionMs;
        row.cpuErrorMs = row.real.cpuMs - row.simulated.cpuMs;
        row.waitingErrorMs = row.real.waitingMs - row.simulated.waitingMs;
        row.kernel = run.processes[p].kernel;
        sum += std::abs(row.completionErrorMs);
        c.summary.maxAbsCompletionErrorMs =
            std::max(c.summary.maxAbsCompletionErrorMs, std::abs(row.completionErrorMs));
        c.summary.realMakespanMs = std::max(c.summary.realMakespanMs, row.real.completionMs);
        c.processes.push_back(std::move(row));
    }
    auto& s = c.summary;
    s.meanAbsCompletionErrorMs =
        c.processes.empty() ? 0 : sum / static_cast<double>(c.processes.size());
    s.simulatedMakespanMs = static_cast<double>(run.simulated.summary.end * run.tickMs);
    auto simulated = simulatedSpans(run);
    auto real = realSpans(run);
    s.simulatedOrder = order(simulated);
    s.realOrder = order(real);
    s.sameOrder = s.simulatedOrder == s.realOrder;
    s.sameProcessShare = sameShare(simulated, real);
    switchFigures(real, s);
    s.closeEventsMs = closeEvents(run);
    completionSentences(c, c.differences);
    orderSentence(run, c, c.differences);
    if (s.realSwitches > 0) {
        c.differences.push_back({QT_TRANSLATE_NOOP("schedlab::engine",
                                                   "Switching from one child to the next took %1 "
                                                   "us on average (%2 switches); the simulation "
                                                   "counts none."),
                                 {fixed(s.switchOverheadUs), std::to_string(s.realSwitches)}});
    }
    return c;
}

}  // namespace schedlab::real
