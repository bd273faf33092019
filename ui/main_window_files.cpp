// File handling of the main window: open, save, recent files, drag and drop, and asking
// before unsaved edits would be lost.
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QTabWidget>

#include "models/playback_controller.hpp"
#include "models/scenario_document.hpp"
#include "ui/examples.hpp"
#include "ui/exercise_panel.hpp"
#include "ui/file_problems_page.hpp"
#include "ui/main_window.hpp"

namespace schedlab::ui {
namespace {

constexpr int kMaxRecent = 8;

QString scenarioFilter() {
    return QObject::tr("Scenarios (*.yaml *.yml *.json);;All files (*)");
}

}  // namespace

void MainWindow::buildFileMenu() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New"), QKeySequence::New, this, &MainWindow::newScenario);
    file->addAction(tr("&Open..."), QKeySequence::Open, this, &MainWindow::openDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    buildExamplesMenu(file->addMenu(tr("E&xamples")));
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    file->addAction(tr("Save &As..."), QKeySequence::SaveAs, this, &MainWindow::saveAs);
    file->addAction(m_exercise->saveAction());
    file->addSeparator();
    file->addAction(tr("&Export Chart..."), QKeySequence(Qt::CTRL | Qt::Key_E), this,
                    &MainWindow::exportChartDialog);
    file->addAction(tr("&Batch Compare..."), this, &MainWindow::showBatchWindow);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
}

// The bundled scenarios, each with the textbook line its file opens with.
void MainWindow::buildExamplesMenu(QMenu* menu) {
    constexpr int kLineChars = 110;  // longer descriptions end at a word, whole in the tooltip
    menu->setToolTipsVisible(true);
    for (const Example& example : bundledExamples()) {
        const QString description = exampleDescription(example);
        QString text = description.isEmpty()
                           ? example.name
                           : tr("%1 — %2").arg(example.name, elideAtWord(description, kLineChars));
        QAction* action = menu->addAction(text.replace('&', QLatin1String("&&")), this,
                                          [this, path = example.path] {
                                              if (maybeSave()) {
                                                  openFile(path);
                                              }
                                          });
        action->setStatusTip(QFileInfo(example.path).fileName());
        if (!description.isEmpty()) {  // rich text, so that a long one wraps
            action->setToolTip(QStringLiteral("<p>%1</p>").arg(description.toHtmlEscaped()));
        }
    }
    menu->setEnabled(!menu->isEmpty());
}

void MainWindow::newScenario() {
    if (maybeSave()) {
        m_document->newDocument();
        statusBar()->showMessage(tr("New scenario"), 4000);
    }
}

void MainWindow::openDialog() {
    if (!maybeSave()) {
        return;
    }
    QString path = QFileDialog::getOpenFileName(this, tr("Open scenario"), {}, scenarioFilter());
    if (!path.isEmpty()) {
        openFile(path);
    }
}

bool MainWindow::loadFile(const QString& path, QStringList* problems) {
    if (!m_document->load(path, problems)) {
        return false;
    }
    rememberRecent(path);
    return true;
}

bool MainWindow::openFile(const QString& path) {
    QStringList messages;
    if (!loadFile(path, &messages)) {
        showFileProblems(path, messages);
        return false;
    }
    closeFileProblems();
    QString note = messages.isEmpty()
                       ? QString()
                       : tr(" (%n warning(s))", "", static_cast<int>(messages.size()));
    statusBar()->showMessage(tr("Opened %1%2").arg(path, note), 6000);
    return true;
}

// The page goes first among the tabs until the file opens or the user closes it.
void MainWindow::showFileProblems(const QString& path, const QStringList& problems) {
    if (!m_fileProblems) {
        m_fileProblems = new FileProblemsPage;
        connect(m_fileProblems, &FileProblemsPage::reopenRequested, this,
                [this](const QString& file) { openFile(file); });
        connect(m_fileProblems, &FileProblemsPage::closeRequested, this,
                &MainWindow::closeFileProblems);
    }
    m_fileProblems->showProblems(path, problems);
    if (m_tabs->indexOf(m_fileProblems) < 0) {
        m_tabs->insertTab(0, m_fileProblems, {});
    }
    m_tabs->setTabText(m_tabs->indexOf(m_fileProblems),
                       tr("Problems in %1").arg(QFileInfo(path).fileName()));
    m_tabs->setCurrentWidget(m_fileProblems);
    statusBar()->showMessage(tr("%1 could not be opened: fix it on the first tab").arg(path), 8000);
}

void MainWindow::closeFileProblems() {
    if (m_fileProblems && m_tabs->indexOf(m_fileProblems) >= 0) {
        m_tabs->removeTab(m_tabs->indexOf(m_fileProblems));
        m_tabs->setCurrentIndex(0);
    }
}

bool MainWindow::save() {
    // A bundled example is kept as it is: its edits go to a file of the user's.
    const QString path = m_document->filePath();
    return path.isEmpty() || isBundledExample(path) ? saveAs() : saveTo(path);
}

bool MainWindow::saveAs() {
    QString path = QFileDialog::getSaveFileName(this, tr("Save scenario"),
                                                m_document->filePath(), scenarioFilter());
    return !path.isEmpty() && saveTo(path);
}

bool MainWindow::saveTo(const QString& path) {
    QStringList messages;
    if (!m_document->save(path, &messages)) {
        QMessageBox box(QMessageBox::Warning, tr("Cannot save"),
                        tr("The scenario was not saved."), QMessageBox::Ok, this);
        box.setDetailedText(messages.join('\n'));
        box.exec();
        return false;
    }
    rememberRecent(path);
    statusBar()->showMessage(tr("Saved %1").arg(path), 4000);
    return true;
}

// True when it is fine to drop the current document: saved, or the user said so.
bool MainWindow::maybeSave() {
    if (!m_document->isModified()) {
        return true;
    }
    auto answer = QMessageBox::question(
        this, tr("Unsaved changes"),
        tr("%1 has changes that are not saved. Save them first?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) {
        return save();
    }
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    saveWindowState();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event) {
    const auto urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile() && maybeSave()) {
        openFile(urls.first().toLocalFile());
    }
}

void MainWindow::rememberRecent(const QString& path) {
    QString full = QFileInfo(path).absoluteFilePath();
    m_recent.removeAll(full);
    m_recent.prepend(full);
    while (m_recent.size() > kMaxRecent) {
        m_recent.removeLast();
    }
    updateRecentMenu();
}

void MainWindow::updateRecentMenu() {
    if (!m_recentMenu) {
        return;
    }
    m_recentMenu->clear();
    for (const QString& path : m_recent) {
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] {
            if (maybeSave()) {
                openFile(path);
            }
        })->setToolTip(path);
    }
    m_recentMenu->setEnabled(!m_recent.isEmpty());
}

}  // namespace schedlab::ui
