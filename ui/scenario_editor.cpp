#include "ui/scenario_editor.hpp"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>
#include <algorithm>

#include "models/process_table_model.hpp"
#include "models/scenario_document.hpp"

namespace schedlab::ui {
namespace {

constexpr int kShownProblems = 6;  // the rest are summed up in one line

QString columnTitle(int column) {
    switch (column) {
        case models::NameColumn:
            return ScenarioEditor::tr("Name");
        case models::ArrivalColumn:
            return ScenarioEditor::tr("Arrival");
        case models::PriorityColumn:
            return ScenarioEditor::tr("Priority");
        default:
            return ScenarioEditor::tr("Bursts");
    }
}

QString problemLine(const models::Problem& problem) {
    const QString message = problem.message.toHtmlEscaped();
    if (problem.row < 0) {
        return ScenarioEditor::tr("Settings: %1").arg(message);
    }
    const QString place =
        ScenarioEditor::tr("Row %1, %2").arg(problem.row + 1).arg(columnTitle(problem.column));
    return QStringLiteral("<a href=\"cell:%1:%2\">%3</a>: %4")
        .arg(problem.row)
        .arg(problem.column)
        .arg(place, message);
}

}  // namespace

ScenarioEditor::ScenarioEditor(models::ScenarioDocument* document, QWidget* parent)
    : QWidget(parent),
      m_document(document),
      m_model(new models::ProcessTableModel(document, this)) {
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);  // the bursts take the rest
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("problemsLabel"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::RichText);
    m_problems->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_problems, &QLabel::linkActivated, this, &ScenarioEditor::onProblemLink);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createToolBar());
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problems);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ScenarioEditor::updateActions);
    connect(m_document, &models::ScenarioDocument::changed, this, &ScenarioEditor::updateActions);
    connect(m_document, &models::ScenarioDocument::problemsChanged, this,
            &ScenarioEditor::updateProblems);
    connect(m_document, &models::ScenarioDocument::resetDone, this,
            &ScenarioEditor::updateProblems);
    updateActions();
    updateProblems();
}

QToolBar* ScenarioEditor::createToolBar() {
    m_add = createAction(tr("Add"), tr("Add a process after the selected one"), "list-add",
                         QStyle::SP_FileIcon, &ScenarioEditor::addRow);
    m_remove =
        createAction(tr("Remove"), tr("Remove the selected processes (Delete)"), "list-remove",
                     QStyle::SP_TrashIcon, &ScenarioEditor::removeSelectedRows);
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_duplicate =
        createAction(tr("Duplicate"), tr("Copy the selected processes below them"), "edit-copy",
                     QStyle::SP_FileDialogDetailedView, &ScenarioEditor::duplicateSelectedRows);
    m_up = createAction(tr("Up"), tr("Move the selected processes up (earlier in file order)"),
                        "go-up", QStyle::SP_ArrowUp, &ScenarioEditor::moveSelectionUp);
    m_down = createAction(tr("Down"), tr("Move the selected processes down (later in file order)"),
                          "go-down", QStyle::SP_ArrowDown, &ScenarioEditor::moveSelectionDown);
    auto* bar = new QToolBar(tr("Processes"), this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addActions({m_add, m_remove, m_duplicate, m_up, m_down});
    return bar;
}

QAction* ScenarioEditor::createAction(const QString& text, const QString& tip, const QString& theme,
                                      int fallbackIcon, void (ScenarioEditor::*slot)()) {
    auto fallback = style()->standardIcon(static_cast<QStyle::StandardPixmap>(fallbackIcon));
    auto* action = new QAction(QIcon::fromTheme(theme, fallback), text, this);
    action->setToolTip(tip);
    action->setStatusTip(tip);
    QWidget::addAction(action);  // so that its shortcut works in the editor
    connect(action, &QAction::triggered, this, slot);
    return action;
}

QList<int> ScenarioEditor::selectedRows() const {
    QList<int> rows;
    for (const auto& index : m_table->selectionModel()->selectedRows()) {
        rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

void ScenarioEditor::addRow() {
    auto rows = selectedRows();
    int at = m_document->addRow(rows.isEmpty() ? -1 : rows.last());
    selectRows(at, 1);
}

void ScenarioEditor::removeSelectedRows() {
    auto rows = selectedRows();
    if (rows.isEmpty()) {
        return;
    }
    m_document->removeRows(rows);
    int next = std::min(rows.first(), m_document->rowCount() - 1);
    if (next >= 0) {
        selectRows(next, 1);
    }
}

void ScenarioEditor::duplicateSelectedRows() {
    auto rows = selectedRows();
    int at = m_document->duplicateRows(rows);
    if (at >= 0) {
        selectRows(at, static_cast<int>(rows.size()));
    }
}

void ScenarioEditor::moveSelectionUp() { moveSelection(-1); }

void ScenarioEditor::moveSelectionDown() { moveSelection(+1); }

// A selection with gaps moves as the block from its first to its last row.
void ScenarioEditor::moveSelection(int delta) {
    auto rows = selectedRows();
    if (rows.isEmpty()) {
        return;
    }
    int count = rows.last() - rows.first() + 1;
    if (m_document->moveRows(rows.first(), count, delta)) {
        selectRows(rows.first() + delta, count);
    }
}

void ScenarioEditor::selectRows(int first, int count) {
    auto* selection = m_table->selectionModel();
    QItemSelection range(m_model->index(first, 0),
                         m_model->index(first + count - 1, m_model->columnCount() - 1));
    selection->select(range, QItemSelectionModel::ClearAndSelect);
    selection->setCurrentIndex(m_model->index(first, 0), QItemSelectionModel::NoUpdate);
    m_table->scrollTo(m_model->index(first, 0));
}

void ScenarioEditor::showCell(int row, int column) {
    auto index = m_model->index(row, column);
    if (!index.isValid()) {
        return;
    }
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    m_table->setFocus();
}

void ScenarioEditor::onProblemLink(const QString& link) {
    const auto parts = link.split(':');
    if (parts.size() == 3 && parts[0] == QLatin1String("cell")) {
        showCell(parts[1].toInt(), parts[2].toInt());
    }
}

void ScenarioEditor::updateActions() {
    auto rows = selectedRows();
    bool any = !rows.isEmpty();
    m_remove->setEnabled(any);
    m_duplicate->setEnabled(any);
    m_up->setEnabled(any && rows.first() > 0);
    m_down->setEnabled(any && rows.last() < m_document->rowCount() - 1);
}

void ScenarioEditor::updateProblems() {
    const auto& problems = m_document->problems();
    if (problems.isEmpty()) {
        m_problems->setText(tr("No problems."));
        m_problems->setStyleSheet({});
        return;
    }
    QStringList lines;
    for (int i = 0; i < std::min<int>(kShownProblems, int(problems.size())); ++i) {
        lines.append(problemLine(problems[i]));
    }
    if (problems.size() > kShownProblems) {
        lines.append(tr("... and %n more", nullptr, int(problems.size()) - kShownProblems));
    }
    m_problems->setText(lines.join(QStringLiteral("<br>")));
    m_problems->setStyleSheet(QStringLiteral("color: #a00000;"));
}

}  // namespace schedlab::ui
