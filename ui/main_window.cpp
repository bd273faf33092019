#include "ui/main_window.hpp"

#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include "charts/gantt_chart.hpp"
#include "charts/queue_view.hpp"
#include "charts/state_diagram.hpp"
#include "charts/utilization_chart.hpp"
#include "engine/policy_spec.hpp"
#include "models/metrics_model.hpp"
#include "models/playback_controller.hpp"
#include "models/scenario_document.hpp"
#include "models/simulation_runner.hpp"
#include "ui/compare_tab.hpp"
#include "ui/decision_log_view.hpp"
#include "ui/exercise_panel.hpp"
#include "ui/file_problems_page.hpp"
#include "ui/metrics_view.hpp"
#include "ui/playback_bar.hpp"
#include "ui/policy_panel.hpp"
#include "ui/presentation_mode.hpp"
#include "ui/real_run_tab.hpp"
#include "ui/run_page.hpp"
#include "ui/scenario_editor.hpp"
#include "ui/stale_banner.hpp"
#include "ui/vertical_scroll_area.hpp"
#include "ui/window_layout.hpp"

namespace schedlab::ui {
namespace {

// Panels scroll up and down when the window is short, never sideways: the scroll area is as
// wide as the panel needs.
QScrollArea* scrollable(QWidget* widget) {
    auto* area = new VerticalScrollArea;
    area->setWidget(widget);
    return area;
}

#ifndef SCHEDLAB_HAVE_REAL
// Without the real mode (not Linux, or SCHEDLAB_REAL=OFF) the Real run tab says why it is empty.
QWidget* realRunUnavailable() {
    auto* label = new QLabel(MainWindow::tr(
        "Real runs start real processes and need Linux; this SchedLab was built without them."));
    label->setObjectName("RealRunUnavailable");
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    return label;
}
#endif

}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    m_document = new models::ScenarioDocument(this);
    m_runner = new models::SimulationRunner(this);
    m_playback = new models::PlaybackController(this);
    setObjectName("MainWindow");
    setAcceptDrops(true);
    buildPanels();
    buildDocks();
    buildMenus();
    buildStatusBar();
    connectRun();
    restoreWindowState();
    if (!m_document->load(QStringLiteral(":/scenarios/classroom-io.yaml"))) {
        m_document->newDocument();   // the bundled classroom scenario is missing: start small
    }
    updateTitle();
    startRun();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildPanels() {
    m_runPage = new RunPage;
    m_gantt = m_runPage->gantt();
    m_utilization = m_runPage->utilization();
    m_playbackBar = m_runPage->playbackBar();
    m_playbackBar->setController(m_playback);
    m_stale = new StaleBanner;
    m_runPage->addBanner(m_stale);  // above the charts it speaks of
    auto* runPage = m_runPage;
    m_compare = new CompareTab;
    m_tabs = new QTabWidget;
    m_tabs->addTab(runPage, tr("Run"));
    m_tabs->addTab(scrollable(m_compare), tr("Compare policies"));
#ifdef SCHEDLAB_HAVE_REAL  // real processes need Linux: elsewhere the tab only says so
    m_realRun = new RealRunTab;
    m_tabs->addTab(m_realRun, tr("Real run"));
#else
    m_tabs->addTab(realRunUnavailable(), tr("Real run"));
#endif
    setCentralWidget(m_tabs);
}

// Each panel lives in a dock so that a teacher can arrange the window for the projector.
void MainWindow::buildDocks() {
    auto dock = [this](QWidget* widget, const QString& title, const QString& name,
                       Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(name);
        // Splitters and tables size and scroll their own contents.
        const bool own = qobject_cast<QSplitter*>(widget) || qobject_cast<QAbstractScrollArea*>(widget);
        d->setWidget(own ? widget : scrollable(widget));
        addDockWidget(area, d);
        return d;
    };
    m_editor = new ScenarioEditor(m_document);
    m_policy = new PolicyPanel(m_document);
    auto* scenario = new QSplitter(Qt::Vertical);
    scenario->addWidget(m_editor);
    scenario->addWidget(scrollable(m_policy));  // the settings scroll; the table keeps its rows
    scenario->setChildrenCollapsible(false);
    scenario->setStretchFactor(1, 1);
    dock(scenario, tr("Scenario"), "ScenarioDock", Qt::LeftDockWidgetArea);
    m_queues = new QueueView;
    m_queues->setController(m_playback);
    m_states = new StateDiagram;
    m_states->setController(m_playback);
    auto* now = new QSplitter(Qt::Vertical);
    now->addWidget(scrollable(m_queues));
    now->addWidget(m_states);  // it scales itself down to its minimum: never cut off
    now->setChildrenCollapsible(false);
    now->setStretchFactor(0, 1);
    now->setStretchFactor(1, 1);
    now->setSizes({m_queues->sizeHint().height(), m_states->sizeHint().height()});
    dock(now, tr("Now: queues and states"), "NowDock", Qt::RightDockWidgetArea);
    m_metrics = new MetricsView;
    m_metrics->setController(m_playback);
    m_decisions = new DecisionLogView;
    m_decisions->setController(m_playback);
    auto* metrics = dock(m_metrics, tr("Metrics"), "MetricsDock", Qt::BottomDockWidgetArea);
    auto* log = dock(m_decisions, tr("Decisions"), "DecisionsDock", Qt::BottomDockWidgetArea);
    splitDockWidget(metrics, log, Qt::Horizontal);
    buildExercise();
    m_windowLayout = new WindowLayout(this);
    m_windowLayout->watchTable(m_editor->findChild<QTableView*>());
    m_windowLayout->watchTable(m_metrics);
}

// Exercise mode: its panel above the queues; while it is on, the charts show only the past.
void MainWindow::buildExercise() {
    m_exercise = new ExercisePanel;
    m_exercise->setController(m_playback);
    auto* dock = new QDockWidget(tr("Exercise"), this);
    dock->setObjectName("ExerciseDock");
    dock->setWidget(scrollable(m_exercise));
    addDockWidget(Qt::RightDockWidgetArea, dock);
    splitDockWidget(dock, findChild<QDockWidget*>("NowDock"), Qt::Vertical);
    dock->hide();
    connect(m_exercise, &ExercisePanel::activeChanged, this,
            [this, dock](bool on) { showExercise(dock, on); });
    // The metrics and the status bar keep the student's answers hidden until checked; the
    // metrics and decision docks, with nothing to show meanwhile, make way for the panel.
    connect(m_exercise, &ExercisePanel::answersHiddenChanged, m_metrics->metricsModel(),
            &models::MetricsModel::setConcealed);
    connect(m_exercise, &ExercisePanel::answersHiddenChanged, this,
            &MainWindow::makeWayForExercise);
    // #12: the table of times and Check my times in sight at 1280x720, not below the fold.
    connect(m_exercise, &ExercisePanel::needsRoom, this, [this, dock] {
        if (m_exercise->isActive() && !m_exercise->answersHidden()) {
            makeWayForCorrections();
        }
        QTimer::singleShot(0, this, [this, dock] {
            const int frame = dock->height() - dock->widget()->height() + 4;
            const int want = m_exercise->sizeHint().height() + frame;
            if (want > dock->height()) {
                resizeDocks({dock}, {want}, Qt::Vertical);
            }
        });
    });
    connect(m_exercise, &ExercisePanel::pastRunChanged, this, [this](const models::RunPtr& run) {
        m_gantt->setRun(run);
        m_utilization->setRun(run);
    });
}

// An exercise on: its dock shown and given room for the question, the candidates and the
// answer (once laid out), the Run tab in front, and the comparison and the real run, which show
// the answers, closed while the student works. Off: the dock hidden, the tabs open again.
void MainWindow::showExercise(QDockWidget* dock, bool on) {
    dock->setVisible(on);
    if (!on) {
        makeWayForExercise(false);
    }
    // The comparison and the real run show the answers: closed while the student works.
    for (int i = 0; i < m_tabs->count(); ++i) {
        QWidget* page = m_tabs->widget(i);
        if (page->isAncestorOf(m_compare) || page == m_compare || page->isAncestorOf(m_realRun) ||
            page == m_realRun) {
            m_tabs->setTabEnabled(i, !on);
        }
    }
    if (!on) {
        return;
    }
    m_tabs->setCurrentIndex(0);
    QTimer::singleShot(0, this, [this, dock] {
        resizeDocks({dock}, {std::max(dock->height(), height() * 11 / 20)}, Qt::Vertical);
    });
}

// While the answers are hidden the bottom docks step aside (the Exercise dock then has the
// whole right-hand side at 1280x720); they come back as they were afterwards.
void MainWindow::makeWayForExercise(bool on) {
    for (QDockWidget* dock : std::exchange(m_madeWay, {})) {  // what made way before comes back
        dock->show();
    }
    if (on) {
        for (const char* name : {"MetricsDock", "DecisionsDock"}) {
            auto* dock = findChild<QDockWidget*>(QLatin1String(name));
            if (!dock->isHidden()) {  // also before the window is first shown
                m_madeWay.append(dock);
                dock->hide();
            }
        }
    }
}

// Once the times are checked the run is over and the Metrics dock is back: the Now dock makes
// way, so that the student's corrections are in sight under the table at 1280x720 (#12).
void MainWindow::makeWayForCorrections() {
    auto* now = findChild<QDockWidget*>(QStringLiteral("NowDock"));
    if (!now->isHidden()) {
        m_madeWay.append(now);
        now->hide();
    }
}

void MainWindow::buildMenus() {
    buildFileMenu();
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("Copy &Chart"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this,
                    &MainWindow::copyChart);
    QMenu* play = menuBar()->addMenu(tr("&Playback"));
    play->addAction(m_playbackBar->playAction());
    play->addAction(m_playbackBar->stepBackAction());
    play->addAction(m_playbackBar->stepForwardAction());
    play->addAction(m_playbackBar->toStartAction());
    play->addAction(m_playbackBar->toEndAction());
    QMenu* exercise = menuBar()->addMenu(tr("E&xercise"));
    exercise->addActions({m_exercise->modeAction(), m_exercise->restartAction()});
    buildViewMenu();
}

void MainWindow::buildViewMenu() {
    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* byCpu = view->addAction(tr("Colour the Gantt chart by &CPU"));
    byCpu->setCheckable(true);
    connect(byCpu, &QAction::toggled, this, [this](bool on) {
        m_gantt->setColorMode(on ? GanttChart::ColorMode::ByCpu : GanttChart::ColorMode::ByProcess);
    });
    QAction* fit = view->addAction(tr("&Fit charts to the run"));
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(fit, &QAction::triggered, this, [this] {
        m_runPage->shareHeight();
        m_gantt->fit();
        m_utilization->fit();
    });
    QAction* allRows = view->addAction(tr("Fit &all rows"));
    allRows->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_0));
    allRows->setStatusTip(tr("Every process and CPU row in view, however thin"));
    connect(allRows, &QAction::triggered, m_gantt, &GanttChart::fitAllRows);
    view->addAction(m_runPage->utilizationAction());
    view->addSeparator();
    for (auto* dock : findChildren<QDockWidget*>()) {
        view->addAction(dock->toggleViewAction());
    }
    view->addSeparator();
    QList<QDockWidget*> editing;
    for (const char* name : {"ScenarioDock", "MetricsDock", "DecisionsDock"}) {
        editing.append(findChild<QDockWidget*>(QLatin1String(name)));
    }
    m_presentation =
        new PresentationMode(this, editing, {findChild<QDockWidget*>(QStringLiteral("NowDock"))});
    connect(m_presentation, &PresentationMode::activeChanged, m_runPage, &RunPage::setGanttOnly);
    view->addAction(m_presentation->action());
}

void MainWindow::connectRun() {
    m_runDelay.setSingleShot(true);
    m_runDelay.setInterval(150);   // typing a number re-runs once, not per key stroke
    connect(&m_runDelay, &QTimer::timeout, this, &MainWindow::startRun);
    connect(m_document, &models::ScenarioDocument::changed, this, &MainWindow::scheduleRun);
    connect(m_document, &models::ScenarioDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &models::ScenarioDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &models::ScenarioDocument::settingsChanged, this, &MainWindow::updateTitle);
    connect(m_runner, &models::SimulationRunner::finished, this,
            [this] { showRun(m_runner->result()); });
    connect(m_runner, &models::SimulationRunner::started, this, [this] { setRunning(true); });
    connect(m_runner, &models::SimulationRunner::progress, m_progress, &QProgressBar::setValue);
    connect(m_runner, &models::SimulationRunner::cancelled, this, [this] {
        setRunning(false);
        m_statusRun->setText(tr("Simulation cancelled"));
    });
    connect(m_runner, &models::SimulationRunner::failed, this, [this](const QString& message) {
        setRunning(false);
        statusBar()->showMessage(tr("The simulation failed: %1").arg(message));
    });
    connect(m_gantt, &GanttChart::timeClicked, m_playback, &models::PlaybackController::jumpTo);
    connect(m_utilization, &UtilizationChart::timeClicked, m_playback,
            &models::PlaybackController::jumpTo);
    connect(m_metrics, &MetricsView::summaryChanged, m_statusRun, &QLabel::setText);
    connect(m_playback, &models::PlaybackController::timeChanged, this, [this](engine::Tick t) {
        m_gantt->setTime(t);
        m_utilization->setTime(t);
    });
}

// The run's summary, and while a big scenario simulates, its progress and a way to stop it.
void MainWindow::buildStatusBar() {
    m_statusRun = new QLabel;
    m_progress = new QProgressBar;
    m_progress->setMaximumWidth(160);
    m_cancel = new QToolButton;
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the simulation that is running"));
    connect(m_cancel, &QToolButton::clicked, m_runner, &models::SimulationRunner::cancel);
    // The line changes with the instant: it takes the room there is, never widens the window.
    m_statusRun->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_statusRun->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    statusBar()->addPermanentWidget(m_statusRun, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    setRunning(false);
}

void MainWindow::setRunning(bool running) {
    m_progress->setVisible(running);
    m_progress->setValue(0);
    m_cancel->setVisible(running);
}

void MainWindow::scheduleRun() { m_runDelay.start(); }

void MainWindow::runNow() {
    m_runDelay.stop();
    startRun();
}

void MainWindow::startRun() {
    auto workload = m_document->workload();
    if (!workload) {
        m_statusRun->setText(tr("Fix the marked problems to run the scenario"));
        m_stale->setStale(m_run != nullptr);  // the charts still show the last valid run
        return;
    }
    m_statusRun->setText(tr("Simulating %n process(es)...", "", int(workload->processes.size())));
    m_runner->start(std::move(*workload));
}

void MainWindow::showRun(const models::RunPtr& run) {
    m_run = run;
    m_stale->setStale(false);
    setRunning(false);
    m_gantt->setRun(run);
    m_utilization->setRun(run);
    m_runPage->shareHeight();  // the Gantt's rows first
    m_playback->setRun(run);
    m_compare->setWorkload(run->workload, m_document->filePath());
#ifdef SCHEDLAB_HAVE_REAL
    m_realRun->setWorkload(run->workload);
#endif
    m_windowLayout->fitTables();  // new names and numbers in the tables
    m_exercise->setRun(run);
    m_statusRun->setText(m_metrics->metricsModel()->summaryText());
    emit runShown();
}

bool MainWindow::applyPolicySpec(const QString& spec, QString* error) {
    auto parsed = engine::parsePolicySpec(spec.toStdString());
    if (!parsed.policy) {
        if (error) {
            *error = QString::fromStdString(parsed.error);
        }
        return false;
    }
    m_document->setPolicy(*parsed.policy);
    return true;
}

void MainWindow::updateTitle() {
    // The scenario's own name, as in the Gantt chart's title; the file name when it has none.
    const QString name = m_document->settings().name.trimmed();
    setWindowTitle(tr("%1[*] - SchedLab").arg(name.isEmpty() ? m_document->displayName() : name));
    setWindowModified(m_document->isModified());
}

void MainWindow::changeEvent(QEvent* event) {
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        updateTitle();
    }
}

void MainWindow::restoreWindowState() {
    m_windowLayout->restore();
    QSettings settings;
    findChild<QDockWidget*>("ExerciseDock")->setVisible(m_exercise->isActive());
    m_recent = settings.value("files/recent").toStringList();
    updateRecentMenu();
}

void MainWindow::saveWindowState() {
    m_presentation->setActive(false);  // the next start opens as the user arranged it
    makeWayForExercise(false);
    m_windowLayout->save();
    QSettings settings;
    settings.setValue("files/recent", m_recent);
}

}  // namespace schedlab::ui
