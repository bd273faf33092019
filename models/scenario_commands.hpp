#pragma once
// The undo commands of ScenarioDocument. Each one only calls the document's apply functions,
// which emit the row signals the table model needs, so undo and redo update every view.

#include <QList>
#include <QUndoCommand>
#include <utility>

#include "models/scenario_check.hpp"

namespace schedlab::models {

class ScenarioDocument;

/// The base of every command: the one friend of ScenarioDocument.
class ScenarioCommand : public QUndoCommand {
public:
    ScenarioCommand(ScenarioDocument* document, const QString& text);

protected:
    void applyCell(int row, int column, const QString& text);
    void applyInsert(int at, const QList<ProcessRow>& rows);
    void applyRemove(int at, int count);
    void applyMove(int from, int to);
    void applySettings(const ScenarioSettings& settings);

private:
    ScenarioDocument* m_document;
};

class EditCellCommand : public ScenarioCommand {
public:
    EditCellCommand(ScenarioDocument* document, int row, int column, QString before, QString after,
                    const QString& text);
    void redo() override { applyCell(m_row, m_column, m_after); }
    void undo() override { applyCell(m_row, m_column, m_before); }

private:
    int m_row;
    int m_column;
    QString m_before;
    QString m_after;
};

/// Inserts a block of rows at one index (add and duplicate).
class InsertRowsCommand : public ScenarioCommand {
public:
    InsertRowsCommand(ScenarioDocument* document, int at, QList<ProcessRow> rows,
                      const QString& text);
    void redo() override { applyInsert(m_at, m_rows); }
    void undo() override { applyRemove(m_at, static_cast<int>(m_rows.size())); }

private:
    int m_at;
    QList<ProcessRow> m_rows;
};

/// Removes any set of rows, as contiguous blocks.
class RemoveRowsCommand : public ScenarioCommand {
public:
    using Block = std::pair<int, QList<ProcessRow>>;  ///< first index, rows; ascending
    RemoveRowsCommand(ScenarioDocument* document, QList<Block> blocks, const QString& text);
    void redo() override;
    void undo() override;

private:
    QList<Block> m_blocks;
};

/// Moves one row so that it ends up at index `to`.
class MoveRowCommand : public ScenarioCommand {
public:
    MoveRowCommand(ScenarioDocument* document, int from, int to, const QString& text);
    void redo() override { applyMove(m_from, m_to); }
    void undo() override { applyMove(m_to, m_from); }

private:
    int m_from;
    int m_to;
};

/// Any settings change. Consecutive changes with the same mergeId (>= 0), such as the steps
/// of a spin box, merge into one.
class SettingsCommand : public ScenarioCommand {
public:
    SettingsCommand(ScenarioDocument* document, ScenarioSettings before, ScenarioSettings after,
                    const QString& text, int mergeId);
    void redo() override { applySettings(m_after); }
    void undo() override { applySettings(m_before); }
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    ScenarioSettings m_before;
    ScenarioSettings m_after;
    int m_mergeId;
};

}  // namespace schedlab::models
