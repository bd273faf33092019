#include "models/scenario_check.hpp"

#include <QRegularExpression>
#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "scenario/bursts_text.hpp"
#include "scenario/scenario_io.hpp"

namespace schedlab::models {
namespace {

using scenario::BurstsError;
using scenario::formatBursts;
using scenario::parseBursts;

using ColumnStarts = std::array<int, kProcessColumnCount>;  // 1-based byte columns; 0 = absent

// The scenario text the check reads (one process per line), and where everything in it came from.
struct Layout {
    std::string text;
    std::vector<QString> headerFields;  ///< the setting on each header line (line 1 first)
    int firstProcessLine = 0;           ///< the line of row 0
    std::vector<ColumnStarts> columns;  ///< per row: where each key starts
    QList<Problem> problems;            ///< found before reading: the bursts cells
};

std::string hex4(unsigned value) {
    static constexpr char kDigits[] = "0123456789ABCDEF";
    std::string out = "\\u";
    for (int shift = 12; shift >= 0; shift -= 4) {
        out += kDigits[(value >> shift) & 0xF];
    }
    return out;
}

// A string, valid in JSON and YAML alike: whatever the user typed stays one value on one line.
std::string quoted(const QString& text) {
    const std::string utf8 = text.toStdString();
    std::string out = "\"";
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        auto c = static_cast<unsigned char>(utf8[i]);
        std::string_view rest = std::string_view(utf8).substr(i, 3);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c < 0x20 || c == 0x7F) {
            out += hex4(c);
        } else if (rest.substr(0, 2) == "\xC2\x85") {
            out += hex4(0x85);
            i += 1;
        } else if (rest == "\xE2\x80\xA8" || rest == "\xE2\x80\xA9") {
            out += hex4(rest[2] == '\xA8' ? 0x2028 : 0x2029);
            i += 2;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out + "\"";
}

QString burstsMessage(const BurstsError& error) {
    const QString token = QString::fromStdString(error.token);
    switch (error.kind) {
        case BurstsError::Kind::ExpectedCpuFirst:
            return ScenarioText::tr("expected CPU first: bursts start with a CPU burst, not '%1'")
                .arg(token);
        case BurstsError::Kind::MustAlternate:
            return ScenarioText::tr("CPU and I/O must alternate: '%1' is out of turn").arg(token);
        case BurstsError::Kind::MissingNumber:
            return ScenarioText::tr("'%1' needs a number after it").arg(token);
        case BurstsError::Kind::NotANumber:
            break;
    }
    return ScenarioText::tr("a burst must be a whole number > 0: '%1'").arg(token);
}

// "[5, 3, 2]"; a bursts cell that does not parse becomes "[1]" and keeps its own problem.
std::string burstsValue(const ProcessRow& row, int index, QList<Problem>& problems) {
    auto parsed = parseBursts(row.bursts.toStdString());
    if (const auto* error = std::get_if<BurstsError>(&parsed)) {
        problems.append({index, BurstsColumn, columnField(BurstsColumn), burstsMessage(*error)});
        return "[1]";
    }
    const auto& bursts = std::get<std::vector<engine::Tick>>(parsed);
    std::string out = "[";
    for (std::size_t i = 0; i < bursts.size(); ++i) {
        out += (i > 0 ? ", " : "") + std::to_string(bursts[i]);
    }
    return out + "]";
}

// Appends "\"key\": value" (after a comma but for the first), noting where the key starts.
void appendField(std::string& line, ColumnStarts& starts, int column, const std::string& value) {
    if (column != NameColumn) {
        line += ", ";
    }
    static constexpr std::array<std::string_view, kProcessColumnCount> kKeys = {
        "\"name\": ", "\"arrival\": ", "\"priority\": ", "\"bursts\": "};
    auto index = static_cast<std::size_t>(column);
    starts[index] = static_cast<int>(line.size()) + 1;
    line.append(kKeys[index]).append(value);
}

std::string processLine(Layout& layout, const ProcessRow& row, int index) {
    ColumnStarts starts{};
    std::string line = "    {";
    appendField(line, starts, NameColumn, quoted(row.name));
    for (int column : {ArrivalColumn, PriorityColumn}) {
        const QString text = row[column].trimmed();
        if (!text.isEmpty()) {  // blank: the default
            appendField(line, starts, column, quoted(text));
        }
    }
    appendField(line, starts, BurstsColumn, burstsValue(row, index, layout.problems));
    layout.columns.push_back(starts);
    return line + "}";
}

scenario::Scenario settingsWorkload(const ScenarioSettings& settings) {
    scenario::Scenario w;
    w.name = settings.name.toStdString();
    w.cpus = settings.cpus;
    w.contextSwitch = settings.contextSwitch;
    w.multiprogramming = settings.multiprogramming;
    w.rules = settings.rules;
    w.priorityOrder = settings.priorityOrder;
    w.policy = settings.policy;
    w.exercise = settings.exercise;
    return w;
}

// The setting a header line of the scenario writer's JSON holds: its key, or "policy" for the
// policy's own name (the only line indented deeper that is called "name").
QString headerField(const QString& line) {
    const QString text = line.trimmed();
    if (!text.startsWith('"')) {
        return line.startsWith(QLatin1String("  }")) ? QStringLiteral("policy") : QString();
    }
    QString key = text.section('"', 1, 1);
    return key == QLatin1String("name") && line.startsWith(QLatin1String("    "))
               ? QStringLiteral("policy")
               : key;
}

// The settings as the scenario writer puts them, then "processes": [ with nothing after it.
void appendHeader(Layout& layout, const ScenarioSettings& settings, bool withProcesses) {
    std::string header = scenario::toJson(settingsWorkload(settings));
    if (withProcesses) {
        header.resize(header.rfind("[]"));
        header += "[\n";
    }
    for (const QString& line : QString::fromStdString(header).split('\n', Qt::SkipEmptyParts)) {
        layout.headerFields.push_back(headerField(line));
    }
    layout.text = header;
    layout.firstProcessLine = static_cast<int>(layout.headerFields.size()) + 1;
}

// JSON rather than YAML (JSON is YAML too): the same messages, read about 15 times faster,
// which keeps editing a scenario of 100 000 processes responsive.
Layout layOut(const ScenarioSettings& settings, const QList<ProcessRow>& rows) {
    Layout layout;
    appendHeader(layout, settings, !rows.isEmpty());
    if (rows.isEmpty()) {
        return layout;
    }
    for (int i = 0; i < rows.size(); ++i) {
        layout.text += processLine(layout, rows[i], i) + (i + 1 < rows.size() ? ",\n" : "\n");
    }
    layout.text += "  ]\n}\n";
    return layout;
}

int columnAt(const ColumnStarts& starts, int byteColumn) {
    int found = NameColumn;
    for (int column = 0; column < kProcessColumnCount; ++column) {
        int start = starts[static_cast<std::size_t>(column)];
        if (start > 0 && start <= byteColumn) {
            found = column;
        }
    }
    return found;
}

// Line numbers of the generated text mean nothing to the user: name rows instead.
QString adaptMessage(const Layout& layout, const std::string& message) {
    static const QRegularExpression kLine(QStringLiteral("\\(first on line (\\d+)\\)"));
    QString text = QString::fromStdString(message);
    auto match = kLine.match(text);
    if (match.hasMatch()) {
        int row = match.captured(1).toInt() - layout.firstProcessLine + 1;
        text.replace(match.capturedStart(), match.capturedLength(),
                     ScenarioText::tr("(first in row %1)").arg(row));
    }
    return text;
}

Problem locate(const Layout& layout, const scenario::Diagnostic& diagnostic) {
    const QString message = adaptMessage(layout, diagnostic.message);
    const int lastRowLine = layout.firstProcessLine + static_cast<int>(layout.columns.size()) - 1;
    if (diagnostic.line > lastRowLine) {  // the closing brackets: nothing is wrong there
        return {-1, -1, QStringLiteral("processes"), message};
    }
    if (diagnostic.line < layout.firstProcessLine) {
        auto index = static_cast<std::size_t>(std::max(diagnostic.line - 1, 0));
        QString field = index < layout.headerFields.size() ? layout.headerFields[index] : "";
        return {-1, -1, field, message};
    }
    int row = diagnostic.line - layout.firstProcessLine;
    int column = columnAt(layout.columns[static_cast<std::size_t>(row)], diagnostic.column);
    return {row, column, columnField(column), message};
}

}  // namespace

QString& ProcessRow::operator[](int column) {
    return column == NameColumn       ? name
           : column == ArrivalColumn  ? arrival
           : column == PriorityColumn ? priority
                                      : bursts;
}

const QString& ProcessRow::operator[](int column) const {
    return const_cast<ProcessRow&>(*this)[column];
}

QString columnField(int column) {
    static const std::array<QString, kProcessColumnCount> kFields = {
        QStringLiteral("name"), QStringLiteral("arrival"), QStringLiteral("priority"),
        QStringLiteral("bursts")};
    return kFields.at(static_cast<std::size_t>(column));
}

CheckResult checkScenario(const ScenarioSettings& settings, const QList<ProcessRow>& rows) {
    Layout layout = layOut(settings, rows);
    scenario::LoadOptions options;
    options.collectSources = false;
    auto loaded = scenario::parseScenario(layout.text, "scenario", scenario::Format::Json, options);
    CheckResult result;
    result.problems = layout.problems;
    for (const auto& diagnostic : loaded.diagnostics) {
        result.problems.append(locate(layout, diagnostic));
    }
    std::stable_sort(result.problems.begin(), result.problems.end(),
                     [](const Problem& a, const Problem& b) { return a.row < b.row; });
    if (result.problems.isEmpty() && loaded.workload) {
        result.workload = std::move(loaded.workload);
        result.workload->policy = settings.policy;
    }
    return result;
}

ScenarioSettings settingsOf(const scenario::Scenario& workload) {
    ScenarioSettings settings;
    settings.name = QString::fromStdString(workload.name);
    settings.cpus = workload.cpus;
    settings.contextSwitch = workload.contextSwitch;
    settings.multiprogramming = workload.multiprogramming;
    settings.rules = workload.rules;
    settings.priorityOrder = workload.priorityOrder;
    settings.policy = workload.policy;
    settings.exercise = workload.exercise;
    return settings;
}

QList<ProcessRow> rowsOf(const engine::Workload& workload) {
    QList<ProcessRow> rows;
    rows.reserve(static_cast<qsizetype>(workload.processes.size()));
    for (const auto& process : workload.processes) {
        rows.append({QString::fromStdString(process.name), QString::number(process.arrival),
                     QString::number(process.priority),
                     QString::fromStdString(formatBursts(process.bursts))});
    }
    return rows;
}

}  // namespace schedlab::models
