#include "models/scenario_document.hpp"

#include <string_view>

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUndoStack>
#include <algorithm>

#include "models/scenario_commands.hpp"
#include "scenario/scenario_io.hpp"

namespace schedlab::models {
namespace {

QStringList formatted(const std::vector<scenario::Diagnostic>& diagnostics) {
    QStringList lines;
    for (const auto& diagnostic : diagnostics) {
        lines.append(QString::fromStdString(scenario::formatDiagnostic(diagnostic)));
    }
    return lines;
}

QString columnTitle(int column) {
    switch (column) {
        case NameColumn:
            return ScenarioDocument::tr("name");
        case ArrivalColumn:
            return ScenarioDocument::tr("arrival");
        case PriorityColumn:
            return ScenarioDocument::tr("priority");
        default:
            return ScenarioDocument::tr("bursts");
    }
}

// Sorted, unique, in range.
QList<int> cleanRows(QList<int> rows, int count) {
    rows.erase(std::remove_if(rows.begin(), rows.end(), [&](int r) { return r < 0 || r >= count; }),
               rows.end());
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

}  // namespace

ScenarioDocument::ScenarioDocument(QObject* parent)
    : QObject(parent), m_undo(new QUndoStack(this)) {
    connect(m_undo, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
    newDocument();
}

ScenarioDocument::~ScenarioDocument() = default;

void ScenarioDocument::newDocument() {
    QList<ProcessRow> rows = {{"P1", "0", "0", "24"}, {"P2", "0", "0", "3"}, {"P3", "0", "0", "3"}};
    replaceAll(ScenarioSettings{}, rows);
    setFilePath({});
}

namespace {

// Files on disk, or scenarios bundled in the app's resources (":/scenarios/...").
scenario::LoadResult readScenario(const QString& path) {
    if (!path.startsWith(QStringLiteral(":/"))) {
        return scenario::loadScenarioFile(QFile::encodeName(path).toStdString());
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        scenario::LoadResult result;
        result.diagnostics.push_back({path.toStdString(), 0, 0, "cannot read the bundled file"});
        return result;
    }
    QByteArray text = file.readAll();
    return scenario::parseScenario(std::string_view(text.constData(), size_t(text.size())),
                                   path.toStdString());
}

}  // namespace

bool ScenarioDocument::load(const QString& path, QStringList* messages) {
    auto loaded = readScenario(path);
    if (!loaded.workload) {
        if (messages) {
            *messages = formatted(loaded.diagnostics);
        }
        return false;
    }
    if (messages) {
        *messages = formatted(loaded.warnings);
    }
    auto settings = settingsOf(*loaded.workload);
    auto rows = rowsOf(*loaded.workload);
    replaceAll(settings, rows, std::move(loaded.workload));   // the reader checked it already
    setFilePath(path.startsWith(QStringLiteral(":/")) ? QString() : path);   // bundled: Save asks
    return true;
}

bool ScenarioDocument::save(const QString& path, QStringList* messages) {
    auto report = [&](const QStringList& lines) {
        if (messages) {
            *messages = lines;
        }
        return false;
    };
    if (!isValid()) {
        QStringList lines;
        for (const auto& problem : problems()) {
            lines.append(problem.row < 0 ? problem.message
                                         : tr("row %1, %2: %3")
                                               .arg(problem.row + 1)
                                               .arg(columnTitle(problem.column), problem.message));
        }
        return report(lines);
    }
    bool json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    std::string text = json ? scenario::toJson(*workload()) : scenario::toYaml(*workload());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(text.data(), static_cast<qint64>(text.size())) < 0 || !file.commit()) {
        return report({tr("%1: cannot write: %2").arg(path, file.errorString())});
    }
    setFilePath(path);
    m_undo->setClean();
    return true;
}

QString ScenarioDocument::displayName() const {
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

bool ScenarioDocument::isModified() const { return !m_undo->isClean(); }

void ScenarioDocument::setClean() { m_undo->setClean(); }

QString ScenarioDocument::cell(int row, int column) const { return m_rows.at(row)[column]; }

void ScenarioDocument::setCell(int row, int column, const QString& text) {
    const QString after = text.trimmed();
    const QString before = cell(row, column);
    if (after == before) {
        return;
    }
    auto label = tr("Edit %1 of %2").arg(columnTitle(column), rowLabel(row));
    m_undo->push(new EditCellCommand(this, row, column, before, after, label));
}

int ScenarioDocument::addRow(int after) {
    int at = after < 0 || after >= rowCount() ? rowCount() : after + 1;
    QStringList taken;
    for (const auto& r : m_rows) {
        taken.append(r.name);
    }
    ProcessRow row{freshName(QStringLiteral("P"), taken), "0", "0", "5"};
    m_undo->push(new InsertRowsCommand(this, at, {row}, tr("Add process %1").arg(row.name)));
    return at;
}

void ScenarioDocument::removeRows(QList<int> rows) {
    rows = cleanRows(std::move(rows), rowCount());
    if (rows.isEmpty()) {
        return;
    }
    QList<RemoveRowsCommand::Block> blocks;
    for (int r : rows) {
        if (blocks.isEmpty() || blocks.last().first + blocks.last().second.size() != r) {
            blocks.append(RemoveRowsCommand::Block{r, {}});
        }
        blocks.last().second.append(m_rows[r]);
    }
    auto label = rows.size() == 1 ? tr("Remove %1").arg(rowLabel(rows.first()))
                                  : tr("Remove %n processes", nullptr, int(rows.size()));
    m_undo->push(new RemoveRowsCommand(this, blocks, label));
}

int ScenarioDocument::duplicateRows(QList<int> rows) {
    rows = cleanRows(std::move(rows), rowCount());
    if (rows.isEmpty()) {
        return -1;
    }
    QStringList taken;
    for (const auto& r : m_rows) {
        taken.append(r.name);
    }
    QList<ProcessRow> copies;
    for (int r : rows) {
        ProcessRow copy = m_rows[r];
        static const QRegularExpression kTrailingDigits(QStringLiteral("\\d+$"));
        copy.name = freshName(QString(copy.name).remove(kTrailingDigits), taken);
        taken.append(copy.name);
        copies.append(copy);
    }
    auto label = rows.size() == 1 ? tr("Duplicate %1").arg(rowLabel(rows.first()))
                                  : tr("Duplicate %n processes", nullptr, int(rows.size()));
    int at = rows.last() + 1;
    m_undo->push(new InsertRowsCommand(this, at, copies, label));
    return at;
}

// A block moves by moving its neighbour to the other side of it.
bool ScenarioDocument::moveRows(int first, int count, int delta) {
    if (count < 1 || first < 0 || first + count > rowCount() || (delta != -1 && delta != 1)) {
        return false;
    }
    int neighbour = delta < 0 ? first - 1 : first + count;
    if (neighbour < 0 || neighbour >= rowCount()) {
        return false;
    }
    int to = delta < 0 ? first + count - 1 : first;
    auto label = count == 1
                     ? (delta < 0 ? tr("Move %1 up") : tr("Move %1 down")).arg(rowLabel(first))
                 : delta < 0 ? tr("Move %n processes up", nullptr, count)
                             : tr("Move %n processes down", nullptr, count);
    m_undo->push(new MoveRowCommand(this, neighbour, to, label));
    return true;
}

QString ScenarioDocument::cellProblem(int row, int column) const {
    return m_cellProblems.value(qint64(row) * kProcessColumnCount + column);
}

QStringList ScenarioDocument::settingProblems(const QString& field) const {
    QStringList messages;
    for (const auto& problem : m_check.problems) {
        if (problem.row < 0 && problem.field == field) {
            messages.append(problem.message);
        }
    }
    return messages;
}

QString ScenarioDocument::freshName(const QString& base, const QStringList& taken) const {
    const QString prefix = base.isEmpty() ? QStringLiteral("P") : base;
    for (int n = 1;; ++n) {
        QString name = prefix + QString::number(n);
        if (!taken.contains(name)) {
            return name;
        }
    }
}

QString ScenarioDocument::rowLabel(int row) const {
    const QString& name = m_rows.at(row).name;
    return name.isEmpty() ? tr("row %1").arg(row + 1) : name;
}

}  // namespace schedlab::models
