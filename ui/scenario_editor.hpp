#pragma once
// The process table of a scenario with its row commands (Add, Remove, Duplicate, Up, Down) and a
// line of the current problems below it. Every change goes through the document's undo stack.

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QTableView;
class QToolBar;

namespace schedlab::models {
class ProcessTableModel;
class ScenarioDocument;
}  // namespace schedlab::models

namespace schedlab::ui {

class ScenarioEditor : public QWidget {
    Q_OBJECT

public:
    explicit ScenarioEditor(models::ScenarioDocument* document, QWidget* parent = nullptr);

    models::ScenarioDocument* document() const { return m_document; }
    models::ProcessTableModel* model() const { return m_model; }
    QTableView* tableView() const { return m_table; }

    // The row commands, for the main window's menus as well as the toolbar.
    QAction* addRowAction() const { return m_add; }
    QAction* removeRowsAction() const { return m_remove; }
    QAction* duplicateRowsAction() const { return m_duplicate; }
    QAction* moveUpAction() const { return m_up; }
    QAction* moveDownAction() const { return m_down; }

    /// Selected rows, ascending.
    QList<int> selectedRows() const;

public slots:
    void addRow();
    void removeSelectedRows();
    void duplicateSelectedRows();
    void moveSelectionUp();
    void moveSelectionDown();
    /// Selects a cell and scrolls to it (the problems line links here).
    void showCell(int row, int column);

private:
    QToolBar* createToolBar();
    QAction* createAction(const QString& text, const QString& tip, const QString& theme,
                          int fallbackIcon, void (ScenarioEditor::*slot)());
    void selectRows(int first, int count);
    void moveSelection(int delta);
    void updateActions();
    void updateProblems();
    void onProblemLink(const QString& link);

    models::ScenarioDocument* m_document;
    models::ProcessTableModel* m_model;
    QTableView* m_table = nullptr;
    QLabel* m_problems = nullptr;
    QAction* m_add = nullptr;
    QAction* m_remove = nullptr;
    QAction* m_duplicate = nullptr;
    QAction* m_up = nullptr;
    QAction* m_down = nullptr;
};

}  // namespace schedlab::ui
