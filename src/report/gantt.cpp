#include "report/gantt.hpp"

#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

#include "report/format.hpp"
#include "report/localize.hpp"
#include "report/timeline.hpp"

namespace schedlab::report {
namespace {

using engine::Tick;
using i18n::Language;

/// [start, end) drawn with one symbol. A row is a list of runs sorted by start, never overlapping.
struct Run {
    Tick start = 0;
    Tick end = 0;
    char symbol = ' ';
};
using Row = std::vector<Run>;

struct Frame {
    Tick start = 0;   ///< first tick shown
    Tick end = 0;     ///< one past the last tick shown
    Tick scale = 1;   ///< ticks per column
    Tick origin = 0;  ///< time at the left edge of column 0, a multiple of scale
    std::size_t columns = 0;
};

struct Symbols {
    std::vector<char> symbol;         ///< per process, for CPU rows
    std::vector<std::string> legend;  ///< "1=P1", ...; empty when symbols are the names
};

constexpr std::string_view kCpuDigits = "0123456789abcdefghijklmnopqrstuvwxyz";
constexpr std::string_view kIndexSymbols =
    "123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
constexpr std::size_t kNameWidth = 12;

Tick floorTo(Tick value, Tick step) {
    Tick q = value / step;
    return (value % step != 0 && value < 0 ? q - 1 : q) * step;
}

char cpuChar(int cpu) {
    return cpu >= 0 && cpu < static_cast<int>(kCpuDigits.size()) ? kCpuDigits[cpu] : '#';
}

void pushRun(Row& row, Tick start, Tick end, char symbol) {
    if (end <= start || symbol == ' ') {
        return;
    }
    if (!row.empty() && row.back().end == start && row.back().symbol == symbol) {
        row.back().end = end;
        return;
    }
    row.push_back({start, end, symbol});
}

void sortRows(std::vector<Row>& rows) {
    for (auto& row : rows) {
        std::sort(row.begin(), row.end(),
                  [](const Run& a, const Run& b) { return a.start < b.start; });
    }
}

char spanSymbol(const StateSpan& span, int cpus) {
    switch (span.kind) {
        case StateKind::Running:
            return cpus > 1 ? cpuChar(span.cpu) : '#';
        case StateKind::Ready:
            return '.';
        case StateKind::Blocked:
            return '=';
        case StateKind::Waiting:
            return ':';
    }
    return ' ';
}

// From the one timeline every chart draws (report/timeline.hpp): runs of one symbol merged.
std::vector<Row> processRows(const engine::Workload& workload,
                             const engine::SimulationResult& result, Tick end) {
    std::vector<Row> rows(result.processes.size());
    for (const StateSpan& span : processStates(workload, result, end)) {
        if (span.process < rows.size()) {
            rows[span.process].push_back({span.start, span.end, spanSymbol(span, result.cpus)});
        }
    }
    sortRows(rows);
    for (Row& row : rows) {
        Row merged;
        for (const Run& run : row) {
            pushRun(merged, run.start, run.end, run.symbol);
        }
        row = std::move(merged);
    }
    return rows;
}

std::vector<Row> cpuRows(const engine::SimulationResult& result, const Symbols& symbols) {
    std::vector<Row> rows(static_cast<std::size_t>(std::max(result.cpus, 1)));
    for (const auto& slice : result.slices) {
        if (slice.cpu >= 0 && static_cast<std::size_t>(slice.cpu) < rows.size()) {
            char symbol =
                slice.process < symbols.symbol.size() ? symbols.symbol[slice.process] : '?';
            rows[slice.cpu].push_back({slice.start, slice.end, symbol});
        }
    }
    for (const auto& change : result.switches) {
        if (change.cpu >= 0 && static_cast<std::size_t>(change.cpu) < rows.size()) {
            rows[change.cpu].push_back({change.start, change.end, '~'});
        }
    }
    sortRows(rows);
    return rows;
}

std::string nameOf(const engine::Workload& workload, std::size_t p) {
    return p < workload.processes.size() ? workload.processes[p].name : "#" + std::to_string(p);
}

bool usableSymbol(char c) { return c > ' ' && c < 127 && c != '-' && c != '~'; }

/// Whether the first characters of the names tell every process apart; fills them into `first`.
bool uniqueFirstCharacters(const engine::Workload& workload, std::size_t count,
                           std::string& first) {
    for (std::size_t p = 0; p < count; ++p) {
        std::string name = nameOf(workload, p);
        char c = name.empty() ? ' ' : name[0];
        if (!usableSymbol(c) || first.find(c) != std::string::npos) {
            return false;
        }
        first += c;
    }
    return true;
}

/// Each process's first character when those are all different, else 1..9, A..Z, a..z; '#' for
/// every process when there are more processes than that.
Symbols processSymbols(const engine::Workload& workload, std::size_t count, Language language) {
    Symbols out;
    std::string first;
    bool unique = uniqueFirstCharacters(workload, count, first);
    if (!unique && count > kIndexSymbols.size()) {
        out.symbol.assign(count, '#');
        out.legend.push_back(
            "#=" + localize(QT_TRANSLATE_NOOP("schedlab::report", "a process (too many to name)"),
                            language));
        return out;
    }
    bool legendNeeded = false;
    for (std::size_t p = 0; p < count; ++p) {
        std::string name = nameOf(workload, p);
        char c = unique ? first[p] : kIndexSymbols[p];
        out.symbol.push_back(c);
        legendNeeded = legendNeeded || name != std::string(1, c);
        out.legend.push_back(std::string(1, c) + "=" + name);
    }
    if (!legendNeeded) {
        out.legend.clear();
    }
    return out;
}

/// The symbol covering most of [a, b); ties go to the earliest symbol, the gap loses ties.
char majority(const Row& row, std::size_t from, Tick a, Tick b, char gap) {
    std::vector<std::pair<char, Tick>> seen;
    Tick covered = 0;
    for (std::size_t i = from; i < row.size() && row[i].start < b; ++i) {
        Tick overlap = std::min(row[i].end, b) - std::max(row[i].start, a);
        if (overlap <= 0) {
            continue;
        }
        covered += overlap;
        auto it = std::find_if(seen.begin(), seen.end(),
                               [&](const auto& entry) { return entry.first == row[i].symbol; });
        if (it == seen.end()) {
            seen.emplace_back(row[i].symbol, overlap);
        } else {
            it->second += overlap;
        }
    }
    char best = gap;
    Tick bestCount = (b - a) - covered;
    for (const auto& [symbol, count] : seen) {
        if (count > bestCount || (count == bestCount && best == gap)) {
            best = symbol;
            bestCount = count;
        }
    }
    return best;
}

std::string renderRow(const Row& row, const Frame& frame, char gap) {
    std::string out(frame.columns, gap);
    std::size_t next = 0;
    for (std::size_t c = 0; c < frame.columns; ++c) {
        Tick a = std::max(frame.origin + static_cast<Tick>(c) * frame.scale, frame.start);
        Tick b = std::min(frame.origin + static_cast<Tick>(c + 1) * frame.scale, frame.end);
        while (next < row.size() && row[next].end <= a) {
            ++next;
        }
        out[c] = b > a ? majority(row, next, a, b, gap) : gap;
    }
    return out;
}

/// Ticks of each column that runs drawn with `symbol` cover.
std::vector<Tick> columnCoverage(const Row& row, char symbol, const Frame& frame) {
    std::vector<Tick> out(frame.columns, 0);
    for (const Run& run : row) {
        Tick t = std::max(run.start, frame.start);
        const Tick end = std::min(run.end, frame.end);
        while (run.symbol == symbol && t < end) {
            const auto column = static_cast<std::size_t>((t - frame.origin) / frame.scale);
            const Tick next =
                std::min(end, frame.origin + static_cast<Tick>(column + 1) * frame.scale);
            out[column] += next - t;
            t = next;
        }
    }
    return out;
}

/// Columns for symbols, each symbol at most one column of those it fills (a bipartite
/// matching, grown by augmenting paths): `owner[c]` is the symbol given column c, or -1.
class ColumnMatching {
public:
    ColumnMatching(std::vector<std::vector<std::size_t>> candidates, std::size_t columns)
        : m_candidates(std::move(candidates)), m_owner(columns, -1) {}

    void assign(std::size_t column, int symbol) { m_owner[column] = symbol; }
    int owner(std::size_t column) const { return m_owner[column]; }

    /// Finds `symbol` a column, moving others to another of theirs when needed.
    bool place(int symbol) {
        std::vector<bool> visited(m_owner.size(), false);
        return augment(symbol, visited);
    }

private:
    bool augment(int symbol, std::vector<bool>& visited) {
        for (std::size_t c : m_candidates[static_cast<std::size_t>(symbol)]) {
            if (visited[c]) {
                continue;
            }
            visited[c] = true;
            if (m_owner[c] < 0 || augment(m_owner[c], visited)) {
                m_owner[c] = symbol;
                return true;
            }
        }
        return false;
    }

    std::vector<std::vector<std::size_t>> m_candidates;  ///< per symbol, fullest column first
    std::vector<int> m_owner;
};

/// The columns `symbol` fills, the fullest first (the earliest of equals).
std::vector<std::size_t> columnsFilled(const Row& row, char symbol, const Frame& frame) {
    const auto coverage = columnCoverage(row, symbol, frame);
    std::vector<std::size_t> out;
    for (std::size_t c = 0; c < coverage.size(); ++c) {
        if (coverage[c] > 0) {
            out.push_back(c);
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [&](std::size_t a, std::size_t b) { return coverage[a] > coverage[b]; });
    return out;
}

/// A scaled chart shows each column's majority, so a short run can lose every column to its
/// neighbours (#12: processes that ran drawn as blank rows). Every symbol of `kept` that the row
/// has gets a column it fills: the one where the majority shows it, else one given up by a
/// symbol shown in another column too, so that no other kept symbol disappears. Returns those
/// that found none (more processes ran in a stretch than it has columns).
std::string keepEverySymbol(std::string& text, const Row& row, const Frame& frame,
                            std::string_view kept) {
    std::vector<std::vector<std::size_t>> candidates;
    for (char symbol : kept) {
        candidates.push_back(columnsFilled(row, symbol, frame));
    }
    ColumnMatching matching(std::move(candidates), text.size());
    std::vector<int> missing;
    for (std::size_t k = 0; k < kept.size(); ++k) {
        const std::size_t shown = text.find(kept[k]);
        if (shown == std::string::npos) {
            missing.push_back(static_cast<int>(k));
        } else {
            matching.assign(shown, static_cast<int>(k));
        }
    }
    std::string hidden;
    for (int symbol : missing) {
        if (!matching.place(symbol)) {
            hidden += kept[static_cast<std::size_t>(symbol)];
        }
    }
    for (std::size_t c = 0; c < text.size() && !missing.empty(); ++c) {
        if (matching.owner(c) >= 0) {
            text[c] = kept[static_cast<std::size_t>(matching.owner(c))];
        }
    }
    return hidden;
}

/// Lines under a row for the symbols it could not show: each in the column it fills most, on
/// the first line where that column is free.
std::vector<std::string> overflowLines(std::string_view hidden, const Row& row,
                                       const Frame& frame) {
    std::vector<std::string> lines;
    for (char symbol : hidden) {
        const std::size_t column = columnsFilled(row, symbol, frame).front();
        auto free = std::find_if(lines.begin(), lines.end(),
                                 [column](const std::string& line) { return line[column] == ' '; });
        if (free == lines.end()) {
            free = lines.insert(lines.end(), std::string(frame.columns, ' '));
        }
        (*free)[column] = symbol;
    }
    return lines;
}

/// The symbols of runs on the CPU: every one but ready, blocked and context switch.
std::string runningSymbols(const Row& row) {
    std::string out;
    for (const Run& run : row) {
        if (std::string_view(".=~").find(run.symbol) == std::string_view::npos &&
            out.find(run.symbol) == std::string::npos) {
            out += run.symbol;
        }
    }
    return out;
}

struct LabeledRow {
    std::string label;
    std::string chart;
};

/// The row drawn in the frame under `label`, every process that ran in it visible: those that
/// won no column of the row on unlabelled lines under it.
void addRunningRow(std::vector<LabeledRow>& out, std::string label, const Row& row,
                   const Frame& frame, char gap) {
    std::string text = renderRow(row, frame, gap);
    const std::string hidden = keepEverySymbol(text, row, frame, runningSymbols(row));
    out.push_back({std::move(label), std::move(text)});
    for (std::string& line : overflowLines(hidden, row, frame)) {
        out.push_back({"", std::move(line)});
    }
}

Frame makeFrame(const engine::SimulationResult& result, const GanttOptions& options) {
    int width = options.width;
    Frame frame;
    frame.start = result.summary.start;
    frame.end = result.summary.end;
    for (const auto& slice : result.slices) {
        frame.start = std::min(frame.start, slice.start);
        frame.end = std::max(frame.end, slice.end);
    }
    if (options.end > options.start) {
        frame.start = options.start;
        frame.end = options.end;
    }
    if (frame.end <= frame.start) {
        return frame;
    }
    frame.scale = ganttScale(frame.start, frame.end, width);
    frame.origin = floorTo(frame.start, frame.scale);
    frame.columns =
        static_cast<std::size_t>((frame.end - frame.origin + frame.scale - 1) / frame.scale);
    return frame;
}

/// Two lines: '|' marks and time labels every 10 columns, at column 0 and at the end.
std::pair<std::string, std::string> axis(const Frame& frame) {
    std::string marks(frame.columns + 1, ' ');
    std::string labels;
    for (std::size_t c = 0; c <= frame.columns; ++c) {
        Tick time = frame.origin + static_cast<Tick>(c) * frame.scale;
        bool edge = c == 0 || (c == frame.columns && time == frame.end);
        if ((time % (frame.scale * 10) != 0 && !edge) || (c > 0 && c <= labels.size())) {
            continue;
        }
        marks[c] = '|';
        labels.resize(c, ' ');
        labels += formatInt(time);
    }
    marks.erase(marks.find_last_not_of(' ') + 1);
    return {marks, labels};
}

std::string header(const Frame& frame, const GanttOptions& options, Language language) {
    if (options.unitOne == "ms") {  // the real-process mode's charts
        return (frame.scale == 1
                    ? localize(
                          QT_TRANSLATE_NOOP("schedlab::report", "Gantt chart (1 column = 1 ms)"),
                          language)
                    : i18n::arg(localize(QT_TRANSLATE_NOOP("schedlab::report",
                                                           "Gantt chart (1 column = %1 ms, each "
                                                           "showing what filled most of them)"),
                                         language),
                                {formatInt(frame.scale)})) +
               "\n";
    }
    if (options.unitOne != "tick") {  // another unit: English
        if (frame.scale == 1) {
            return "Gantt chart (1 column = 1 " + options.unitOne + ")\n";
        }
        return "Gantt chart (1 column = " + formatInt(frame.scale) + " " + options.unitMany +
               ", each showing what filled most of them)\n";
    }
    if (frame.scale == 1) {
        return localize(QT_TRANSLATE_NOOP("schedlab::report", "Gantt chart (1 column = 1 tick)"),
                        language) +
               "\n";
    }
    return i18n::arg(localize(QT_TRANSLATE_NOOP("schedlab::report",
                                                "Gantt chart (1 column = %1 ticks, each showing "
                                                "what filled most of them)"),
                              language),
                     {formatInt(frame.scale)}) +
           "\n";
}

// Whether a program's process ever waited for a child, a lock or a queue (#14).
bool waits(const engine::SimulationResult& result) {
    return std::any_of(result.events.begin(), result.events.end(), [](const auto& e) {
        return e.to == engine::ProcessState::Blocked && e.reason != engine::BlockReason::Io;
    });
}

std::string symbolsLegend(const engine::SimulationResult& result, Language language) {
    auto say = [language](const char* english) { return localize(english, language); };
    return (result.cpus > 1
                ? "0-9 " + say(QT_TRANSLATE_NOOP("schedlab::report", "running on that CPU"))
                : "# " + say(QT_TRANSLATE_NOOP("schedlab::report", "running"))) +
           "  . " + say(QT_TRANSLATE_NOOP("schedlab::report", "ready")) + "  = " +
           say(QT_TRANSLATE_NOOP("schedlab::report", "blocked (I/O)")) +
           (waits(result) ? "  : " + say(QT_TRANSLATE_NOOP("schedlab::report",
                                                            "waiting (join, lock, queue)"))
                          : "") +
           "  - " +
           say(QT_TRANSLATE_NOOP("schedlab::report", "idle")) + "  ~ " +
           say(QT_TRANSLATE_NOOP("schedlab::report", "context switch")) + "\n";
}

std::string legend(const engine::SimulationResult& result, const Symbols& symbols,
                   Language language) {
    std::string out = symbolsLegend(result, language);
    std::string line = localize(QT_TRANSLATE_NOOP("schedlab::report", "CPU rows:"), language);
    const std::string indent(i18n::displayWidth(line), ' ');
    for (const auto& entry : symbols.legend) {
        if (i18n::displayWidth(line) + 1 + i18n::displayWidth(entry) > 100) {
            out += line + "\n";
            line = indent;
        }
        line += " " + entry;
    }
    return symbols.legend.empty() ? out : out + line + "\n";
}

/// The longest start of `text` that takes at most `width` terminal columns, whole characters.
std::string fitWidth(const std::string& text, std::size_t width) {
    std::size_t end = 0;
    while (end < text.size()) {
        std::size_t next = end + 1;
        while (next < text.size() && (static_cast<unsigned char>(text[next]) & 0xC0) == 0x80) {
            ++next;
        }
        if (i18n::displayWidth(std::string_view(text).substr(0, next)) > width) {
            break;
        }
        end = next;
    }
    return text.substr(0, end);
}

std::string labelCell(const std::string& label, std::size_t width) {
    std::string shown = fitWidth(label, width);
    return shown + std::string(width - i18n::displayWidth(shown) + 2, ' ');
}

std::string trimRight(std::string text) {
    text.erase(text.find_last_not_of(' ') + 1);
    return text;
}

std::vector<LabeledRow> processChartRows(const engine::Workload& workload,
                                         const engine::SimulationResult& result,
                                         const Frame& frame) {
    auto rows = processRows(workload, result, frame.end);
    std::vector<LabeledRow> out;
    for (std::size_t p = 0; p < rows.size(); ++p) {
        addRunningRow(out, nameOf(workload, p), rows[p], frame, ' ');
    }
    return out;
}

/// The rows under labels of one width, then the time axis.
std::string renderChart(const std::vector<LabeledRow>& rows, const Frame& frame) {
    std::size_t width = 0;
    for (const auto& row : rows) {
        width = std::max(width, std::min(i18n::displayWidth(row.label), kNameWidth));
    }
    std::string out;
    for (const auto& row : rows) {
        out += trimRight(labelCell(row.label, width) + row.chart) + "\n";
    }
    auto [marks, labels] = axis(frame);
    return out + labelCell("", width) + marks + "\n" + labelCell("", width) + labels + "\n";
}

}  // namespace

bool ganttNeedsEvents(std::size_t processCount, const GanttOptions& options) {
    return processCount <= options.maxProcessRows;
}

Tick ganttScale(Tick start, Tick end, int width) {
    Tick columns = std::max(width, 1);
    for (Tick base = 1;; base *= 10) {
        for (Tick factor : {1, 2, 5}) {
            Tick scale = base * factor;
            Tick origin = floorTo(start, scale);
            if ((end - origin + scale - 1) / scale <= columns) {
                return scale;
            }
        }
    }
}

std::string writeGantt(const engine::Workload& workload, const engine::SimulationResult& result,
                       const GanttOptions& options, Language language) {
    Frame frame = makeFrame(result, options);
    if (frame.columns == 0) {
        return localize(QT_TRANSLATE_NOOP("schedlab::report", "Gantt chart: nothing ran"),
                        language) +
               "\n";
    }
    Symbols symbols = processSymbols(workload, result.processes.size(), language);
    bool showProcesses = ganttNeedsEvents(result.processes.size(), options);
    std::vector<LabeledRow> rows;
    if (showProcesses) {
        rows = processChartRows(workload, result, frame);
    }
    auto cpus = cpuRows(result, symbols);
    for (std::size_t cpu = 0; cpu < cpus.size(); ++cpu) {
        addRunningRow(rows, "CPU" + std::to_string(cpu), cpus[cpu], frame, '-');
    }
    std::string out = header(frame, options, language) + renderChart(rows, frame);
    if (!showProcesses) {
        out += i18n::arg(localize(QT_TRANSLATE_NOOP("schedlab::report",
                                                    "(%1 processes: rows per process are drawn "
                                                    "for at most %2)"),
                                  language),
                         {std::to_string(result.processes.size()),
                          std::to_string(options.maxProcessRows)}) +
               "\n";
    }
    out += legend(result, symbols, language);
    if (std::any_of(rows.begin(), rows.end(), [](const auto& row) { return row.label.empty(); })) {
        out += localize(QT_TRANSLATE_NOOP("schedlab::report",
                                          "A line without a name under a row: processes that ran "
                                          "there too briefly to fill a column of the row"),
                        language) +
               "\n";
    }
    return out;
}

}  // namespace schedlab::report
