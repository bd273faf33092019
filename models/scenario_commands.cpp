#include "models/scenario_commands.hpp"

#include "models/scenario_document.hpp"

namespace schedlab::models {

ScenarioCommand::ScenarioCommand(ScenarioDocument* document, const QString& text)
    : QUndoCommand(text), m_document(document) {}

void ScenarioCommand::applyCell(int row, int column, const QString& text) {
    m_document->applyCell(row, column, text);
}

void ScenarioCommand::applyInsert(int at, const QList<ProcessRow>& rows) {
    m_document->applyInsert(at, rows);
}

void ScenarioCommand::applyRemove(int at, int count) { m_document->applyRemove(at, count); }

void ScenarioCommand::applyMove(int from, int to) { m_document->applyMove(from, to); }

void ScenarioCommand::applySettings(const ScenarioSettings& settings) {
    m_document->applySettings(settings);
}

EditCellCommand::EditCellCommand(ScenarioDocument* document, int row, int column, QString before,
                                 QString after, const QString& text)
    : ScenarioCommand(document, text),
      m_row(row),
      m_column(column),
      m_before(std::move(before)),
      m_after(std::move(after)) {}

InsertRowsCommand::InsertRowsCommand(ScenarioDocument* document, int at, QList<ProcessRow> rows,
                                     const QString& text)
    : ScenarioCommand(document, text), m_at(at), m_rows(std::move(rows)) {}

RemoveRowsCommand::RemoveRowsCommand(ScenarioDocument* document, QList<Block> blocks,
                                     const QString& text)
    : ScenarioCommand(document, text), m_blocks(std::move(blocks)) {}

// From the last block back, so that the earlier blocks keep their indices.
void RemoveRowsCommand::redo() {
    for (auto it = m_blocks.crbegin(); it != m_blocks.crend(); ++it) {
        applyRemove(it->first, static_cast<int>(it->second.size()));
    }
}

void RemoveRowsCommand::undo() {
    for (const auto& [first, rows] : m_blocks) {
        applyInsert(first, rows);
    }
}

MoveRowCommand::MoveRowCommand(ScenarioDocument* document, int from, int to, const QString& text)
    : ScenarioCommand(document, text), m_from(from), m_to(to) {}

SettingsCommand::SettingsCommand(ScenarioDocument* document, ScenarioSettings before,
                                 ScenarioSettings after, const QString& text, int mergeId)
    : ScenarioCommand(document, text),
      m_before(std::move(before)),
      m_after(std::move(after)),
      m_mergeId(mergeId) {}

bool SettingsCommand::mergeWith(const QUndoCommand* other) {
    if (other->id() != m_mergeId) {
        return false;
    }
    m_after = static_cast<const SettingsCommand*>(other)->m_after;
    setObsolete(m_after == m_before);  // stepped back to where it started: nothing to undo
    return true;
}

}  // namespace schedlab::models
