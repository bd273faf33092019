#pragma once
// The scenario the app edits: settings and process rows, every change an undoable command, and
// a check after every change that gives the command line's messages per table cell.

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <optional>

#include "engine/workload.hpp"
#include "models/scenario_check.hpp"

class QUndoStack;

namespace schedlab::models {

class ScenarioCommand;

class ScenarioDocument : public QObject {
    Q_OBJECT

public:
    explicit ScenarioDocument(QObject* parent = nullptr);
    ~ScenarioDocument() override;

    // --- Files. Loading and starting anew clear the undo history. ---
    /// A small default scenario (three processes, FCFS), unsaved and unmodified.
    void newDocument();
    /// Reads a .yaml/.yml/.json file. On failure the document is left as it was and `messages`
    /// gets the diagnostics as "FILE:LINE:COLUMN: error: WHAT"; on success, any warnings.
    bool load(const QString& path, QStringList* messages = nullptr);
    /// Writes the scenario (JSON for a .json path, else YAML) only when it is valid; otherwise
    /// `messages` gets the problems. Marks the document clean and remembers the path.
    bool save(const QString& path, QStringList* messages = nullptr);
    QString filePath() const { return m_filePath; }
    /// The file name, or "Untitled" for a new document: for window titles.
    QString displayName() const;
    bool isModified() const;
    void setClean();
    QUndoStack* undoStack() const { return m_undo; }

    // --- Process rows: the cell texts as typed. ---
    int rowCount() const { return static_cast<int>(m_rows.size()); }
    const ProcessRow& row(int index) const { return m_rows.at(index); }
    const QList<ProcessRow>& rows() const { return m_rows; }
    QString cell(int row, int column) const;
    void setCell(int row, int column, const QString& text);
    /// Appends a process with a fresh name (P4, ...) after `after` (-1: at the end); its index.
    int addRow(int after = -1);
    void removeRows(QList<int> rows);
    /// Copies the rows (with fresh names) right after the last of them; the first copy's index.
    int duplicateRows(QList<int> rows);
    /// Moves the block [first, first + count) one row up (-1) or down (+1); false at an edge.
    bool moveRows(int first, int count, int delta);

    // --- Settings. Each setter pushes one command; equal values push nothing. ---
    const ScenarioSettings& settings() const { return m_settings; }
    void setSettings(const ScenarioSettings& settings, const QString& text, int mergeId = -1);
    void setName(const QString& name);
    void setCpus(int cpus);
    void setContextSwitch(engine::Tick ticks);
    void setMultiprogramming(bool on);
    void setRules(engine::Rules rules);
    void setPriorityOrder(engine::PriorityOrder order);
    void setPolicy(const engine::PolicyConfig& policy);

    // --- The check, redone after every change. ---
    bool isValid() const { return m_check.workload.has_value(); }
    /// The scenario to simulate, set only when there are no problems.
    std::optional<scenario::Scenario> workload() const { return m_check.workload; }
    const QList<Problem>& problems() const { return m_check.problems; }
    /// The problems of one cell, joined by line breaks; empty when the cell is fine.
    QString cellProblem(int row, int column) const;
    /// The problems of a setting ("cpus", "quantum", "levels", "policy", ...).
    QStringList settingProblems(const QString& field) const;

signals:
    void changed();
    void validityChanged(bool valid);
    void problemsChanged();
    void settingsChanged();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);
    // For the table model: emitted around every row change, by commands, undo and redo alike.
    void rowsAboutToBeInserted(int first, int last);
    void rowsInserted(int first, int last);
    void rowsAboutToBeRemoved(int first, int last);
    void rowsRemoved(int first, int last);
    /// Row `from` is about to move so that it ends up at index `to`.
    void rowAboutToBeMoved(int from, int to);
    void rowMoved(int from, int to);
    void cellChanged(int row, int column);
    void aboutToReset();
    void resetDone();

private:
    friend class ScenarioCommand;  // the only way in for the undo commands

    void applyCell(int row, int column, const QString& text);
    void applyInsert(int at, const QList<ProcessRow>& rows);
    void applyRemove(int at, int count);
    void applyMove(int from, int to);
    void applySettings(const ScenarioSettings& settings);
    /// `checked`: the workload these settings and rows were made from, already checked (a file
    /// just read); it saves checking every row again.
    void replaceAll(const ScenarioSettings& settings, const QList<ProcessRow>& rows,
                    std::optional<scenario::Scenario> checked = std::nullopt);
    void recheck(std::optional<scenario::Scenario> checked = std::nullopt);
    void setFilePath(const QString& path);
    QString freshName(const QString& base, const QStringList& taken) const;
    QString rowLabel(int row) const;

    QUndoStack* m_undo = nullptr;
    ScenarioSettings m_settings;
    QList<ProcessRow> m_rows;
    CheckResult m_check;
    QHash<qint64, QString> m_cellProblems;  ///< row * kProcessColumnCount + column -> messages
    QString m_filePath;
};

}  // namespace schedlab::models
