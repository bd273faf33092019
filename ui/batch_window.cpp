#include "ui/batch_window.hpp"

#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

#include "charts/chart_style.hpp"
#include "charts/compare_chart.hpp"
#include "compare/scenario_folder.hpp"
#include "engine/policy_spec.hpp"
#include "models/batch_model.hpp"
#include "models/batch_runner.hpp"
#include "models/policy_checklist_model.hpp"
#include "ui/policy_checklist.hpp"

namespace schedlab::ui {
namespace {

QGroupBox* group(const QString& title, QWidget* content) {
    auto* box = new QGroupBox(title);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(content);
    return box;
}

}  // namespace

BatchWindow::BatchWindow(QWidget* parent)
    : QMainWindow(parent),
      m_model(new models::BatchModel(this)),
      m_runner(new models::BatchRunner(this)) {
    setObjectName("BatchWindow");
    setWindowTitle(tr("Batch comparison - SchedLab"));
    setAttribute(Qt::WA_DeleteOnClose, false);  // the main window keeps it for the next time
    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(makePolicyPanel());
    splitter->addWidget(makeResults());
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 900});
    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(makeFolderRow());
    layout->addWidget(splitter, 1);
    layout->addWidget(makeBottomRow());
    setCentralWidget(central);
    m_progress = new QProgressBar;
    m_progress->setMaximumWidth(200);
    m_status = new QLabel(tr("Choose a folder of scenario files, check the policies, then Run."));
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);
    connect(m_runner, &models::BatchRunner::progress, this, &BatchWindow::showProgress);
    connect(m_runner, &models::BatchRunner::finished, this, &BatchWindow::showResults);
    connect(m_runner, &models::BatchRunner::cancelled, this, [this] {
        setRunning(false);
        m_status->setText(tr("Comparison cancelled; the table shows the previous one."));
        emit cancelled();
    });
    fillPolicies();
    setRunning(false);
    const QScreen* screen = parent ? parent->screen() : QGuiApplication::primaryScreen();
    fitInto(screen ? screen->availableGeometry() : QRect(0, 0, 1200, 760));
}

// 1200x760 where there is room; on a smaller screen (a 1280x720 projector) the available area,
// less room for the title bar, so that the export row and Close stay on screen (#12).
void BatchWindow::fitInto(const QRect& available) {
    constexpr int kFrame = 40;  // the window manager's title bar and borders
    const QSize size(std::min(1200, available.width() - 16),
                     std::min(760, available.height() - kFrame));
    resize(size.expandedTo(minimumSizeHint()));
    move(available.x() + (available.width() - width()) / 2,
         available.y() + std::max(0, (available.height() - kFrame - height()) / 2));
}

BatchWindow::~BatchWindow() = default;

// The exports (enabled once there are results), then Close, which Escape also does.
QWidget* BatchWindow::makeBottomRow() {
    auto* row = new QWidget;
    auto* box = new QHBoxLayout(row);
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(makeExportRow(), 1);
    auto* close = new QPushButton(tr("Close"));
    close->setObjectName(QStringLiteral("closeButton"));
    close->setToolTip(tr("Close this window (Esc)"));
    box->addWidget(close);
    connect(close, &QPushButton::clicked, this, &QWidget::close);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &QWidget::close);
    return row;
}

QWidget* BatchWindow::makeFolderRow() {
    auto* row = new QWidget;
    auto* box = new QHBoxLayout(row);
    box->setContentsMargins(0, 0, 0, 0);
    m_folder = new QLineEdit;
    m_folder->setPlaceholderText(tr("A folder with .yaml, .yml or .json scenario files"));
    auto* choose = new QPushButton(tr("C&hoose..."));
    auto* label = new QLabel(tr("&Folder:"));
    label->setBuddy(m_folder);
    box->addWidget(label);
    box->addWidget(m_folder, 1);
    box->addWidget(choose);
    connect(choose, &QPushButton::clicked, this, &BatchWindow::chooseFolder);
    connect(m_folder, &QLineEdit::returnPressed, this, &BatchWindow::run);
    return row;
}

QWidget* BatchWindow::makePolicyPanel() {
    auto* panel = new QGroupBox(tr("Policies"));
    auto* box = new QVBoxLayout(panel);
    m_policies = new PolicyChecklist;
    m_spec = new QLineEdit;
    m_spec->setPlaceholderText(tr("Add a SPEC, e.g. rr:quantum=2"));
    m_spec->setToolTip(tr("A policy with parameters as schedlab-cli --policies takes it; Enter adds it"));
    m_runButton = new QPushButton(tr("&Run"));
    m_runButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("Cancel"));
    box->addWidget(m_policies, 1);
    box->addWidget(m_spec);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_cancelButton);
    box->addLayout(buttons);
    connect(m_spec, &QLineEdit::returnPressed, this, &BatchWindow::addPolicyFromField);
    connect(m_runButton, &QPushButton::clicked, this, &BatchWindow::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &BatchWindow::cancel);
    return panel;
}

QWidget* BatchWindow::makeResults() {
    m_table = new QTableView;
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(models::BatchModel::ValueRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);  // file order, then policy order
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setVisible(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BatchWindow::currentRowChanged);
    m_chart = new CompareChart;
    m_problems = new QListWidget;
    m_problems->setWordWrap(true);
    m_problems->setMaximumHeight(m_problems->fontMetrics().height() * 6);  // scrolls beyond that
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(group(tr("Every file under every policy (best of each file marked)"), m_table));
    splitter->addWidget(group(tr("The selected file"), m_chart));
    m_problemsBox = group(tr("Problems (files with errors are left out)"), m_problems);
    m_problemsBox->setVisible(false);  // room for the table until a file has a problem
    splitter->addWidget(m_problemsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 1);
    splitter->setChildrenCollapsible(false);
    return splitter;
}

// Every policy with its defaults; those compared by default are checked.
void BatchWindow::fillPolicies() { m_policies->policies()->fillWithEveryPolicy(); }

bool BatchWindow::addPolicy(const QString& spec, QString* error) {
    auto parsed = engine::parsePolicySpec(spec.trimmed().toStdString());
    if (!parsed.policy) {
        if (error) {
            *error = QString::fromStdString(parsed.error);
        }
        return false;
    }
    m_policies->policies()->add(*parsed.policy);
    return true;
}

void BatchWindow::addPolicyFromField() {
    QString error;
    if (addPolicy(m_spec->text(), &error)) {
        m_spec->clear();
        m_status->setText(tr("Policy added and checked."));
    } else {
        m_status->setText(tr("Not a policy: %1").arg(error));
    }
}

QStringList BatchWindow::policySpecs() const { return m_policies->policies()->specs(); }

QStringList BatchWindow::checkedPolicies() const { return m_policies->policies()->checkedSpecs(); }

void BatchWindow::setPolicyChecked(const QString& nameOrSpec, bool checked) {
    m_policies->policies()->setChecked(nameOrSpec, checked);
}

void BatchWindow::setFolder(const QString& folder) { m_folder->setText(folder); }

QString BatchWindow::folder() const { return m_folder->text().trimmed(); }

void BatchWindow::chooseFolder() {
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Folder of scenario files"), folder());
    if (!dir.isEmpty()) {
        setFolder(dir);
        run();
    }
}

bool BatchWindow::isRunning() const { return m_runner->isRunning(); }

void BatchWindow::setRunning(bool running) {
    m_runButton->setEnabled(!running);
    m_cancelButton->setEnabled(running);
    m_progress->setVisible(running);
    m_exportRow->setEnabled(!running && m_model->rowCount() > 0);
}

void BatchWindow::run() {
    const auto configs = m_policies->policies()->checkedConfigs();
    if (configs.empty()) {
        m_status->setText(tr("Check at least one policy."));
        return;
    }
    std::error_code error;
    const QString dir = folder();
    auto files = dir.isEmpty() ? std::vector<std::string>{}
                               : compare::scenarioFilesIn(dir.toStdString(), error);
    if (dir.isEmpty() || error || files.empty()) {
        m_status->setText(dir.isEmpty() ? tr("Choose a folder first.")
                          : error ? tr("%1: cannot read the folder: %2")
                                        .arg(dir, QString::fromStdString(error.message()))
                                  : tr("%1: no .yaml, .yml or .json file in this folder.").arg(dir));
        return;
    }
    m_comparedFolder = dir;
    m_progress->setRange(0, int(files.size()));
    m_progress->setValue(0);
    m_status->setText(tr("Comparing %n file(s)...", "", int(files.size())));
    m_runner->start(std::move(files), configs);
    setRunning(true);
}

void BatchWindow::cancel() { m_runner->cancel(); }

void BatchWindow::showProgress(int done, int total) {
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}

void BatchWindow::showResults() {
    const auto& result = m_runner->result();
    m_model->setResult(result, m_comparedFolder);
    m_problems->clear();
    for (const QString& problem : problems()) {
        m_problems->addItem(problem);
    }
    m_problemsBox->setVisible(m_problems->count() > 0);
    setRunning(false);
    const int compared = int(m_model->files().size());
    m_status->setText(
        result.badFiles
            ? tr("%n file(s) compared; %1 could not be used (listed below).", "", compared)
                  .arg(result.badFiles)
            : tr("%n file(s) compared.", "", compared));
    m_table->selectRow(0);
    showFile(m_model->files().isEmpty() ? -1 : 0);
    emit finished();
}

QStringList BatchWindow::problems() const {
    QStringList list;
    for (const auto& outcome : m_runner->result().files) {
        for (const auto& problem : outcome.problems) {
            list.append(QString::fromStdString(problem));
        }
    }
    return list;
}

void BatchWindow::currentRowChanged() {
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid()) {
        showFile(current.data(models::BatchModel::FileIndexRole).toInt());
    }
}

}  // namespace schedlab::ui
