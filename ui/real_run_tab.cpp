#include "ui/real_run_tab.hpp"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "charts/chart_export.hpp"
#include "charts/gantt_chart.hpp"
#include "charts/real_run_chart.hpp"
#include "engine/simulation.hpp"
#include "models/real_error_model.hpp"
#include "models/real_runner.hpp"
#include "ui/vertical_scroll_area.hpp"

namespace schedlab::ui {

RealRunTab::RealRunTab(QWidget* parent) : QWidget(parent) {
    m_runner = new models::RealRunner(this);
    m_model = new models::RealErrorModel(this);
    // The content scrolls up and down on short windows instead of making the window taller
    // than a 1280x720 projector (issue #9).
    auto* content = new QWidget;
    auto* inner = new QVBoxLayout(content);
    inner->addWidget(makeControls());
    inner->addWidget(makeResults(), 1);
    auto* scroll = new VerticalScrollArea;
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    connect(m_runner, &models::RealRunner::progress, this,
            [this](int thousandths) { m_progress->setValue(thousandths); });
    connect(m_runner, &models::RealRunner::finished, this, &RealRunTab::showResult);
    connect(m_runner, &models::RealRunner::failed, this, &RealRunTab::showFailure);
    connect(m_runner, &models::RealRunner::cancelled, this, &RealRunTab::showCancelled);
    setRunning(false);
    updateExplanation();
}

RealRunTab::~RealRunTab() = default;

QWidget* RealRunTab::makeControls() {
    auto* box = new QWidget;
    auto* row = new QHBoxLayout;
    m_mode = new QComboBox;
    m_mode->addItem(tr("Kernel: Linux decides"), QStringLiteral("kernel"));
    m_mode->addItem(tr("Dispatch: SchedLab's policy decides"), QStringLiteral("dispatch"));
    m_mode->addItem(tr("Lockstep: the simulation's own order"), QStringLiteral("lockstep"));
    m_tick = new QSpinBox;
    m_tick->setRange(1, 100);
    m_tick->setValue(10);
    m_tick->setSuffix(tr(" ms per tick"));
    m_runButton = new QPushButton(tr("Run for real"));
    m_cancelButton = new QPushButton(tr("Cancel"));
    m_exportButton = new QPushButton(tr("Export charts..."));
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    // Two short rows, so that the tab fits beside the docks at 1280 pixels (issue #9).
    m_mode->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_mode->setMinimumContentsLength(18);
    row->addWidget(new QLabel(tr("Mode:")));
    row->addWidget(m_mode, 1);
    row->addWidget(m_tick);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_runButton);
    actions->addWidget(m_cancelButton);
    actions->addWidget(m_progress, 1);
    actions->addWidget(m_exportButton);
    m_explanation = new QLabel;
    m_explanation->setWordWrap(true);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(row);
    column->addLayout(actions);
    column->addWidget(m_explanation);
    column->addWidget(m_status);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &RealRunTab::updateExplanation);
    connect(m_tick, &QSpinBox::valueChanged, this, &RealRunTab::updateExplanation);
    connect(m_runButton, &QPushButton::clicked, this, &RealRunTab::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &RealRunTab::cancel);
    connect(m_exportButton, &QPushButton::clicked, this, &RealRunTab::exportCharts);
    return box;
}

QWidget* RealRunTab::makeResults() {
    m_simulated = new GanttChart;
    m_real = new GanttChart;
    linkTimeAxes(*m_simulated, *m_real);
    m_table = new QTableView;
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_differences = new QPlainTextEdit;
    m_differences->setReadOnly(true);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_simulated);
    split->addWidget(m_real);
    split->addWidget(m_table);
    split->addWidget(m_differences);
    split->setChildrenCollapsible(false);
    split->setSizes({260, 260, 140, 90});
    return split;
}

void RealRunTab::setWorkload(engine::Workload workload) {
    m_workload = std::move(workload);
    m_hasWorkload = true;
    updateExplanation();
    setRunning(m_runner->isRunning());
}

void RealRunTab::setMode(const QString& name) {
    int index = m_mode->findData(name);
    if (index >= 0) {
        m_mode->setCurrentIndex(index);
    }
}

void RealRunTab::setTickMs(int ms) { m_tick->setValue(ms); }

void RealRunTab::updateExplanation() {
    QString what;
    switch (m_mode->currentIndex()) {
        case 1:
            what =
                tr("SchedLab's own policy stops and continues the real processes as their "
                   "events really happen.");
            break;
        case 2:
            what =
                tr("The real processes run the simulation's slices in its order: only the "
                   "real overheads differ.");
            break;
        default:
            what =
                tr("Linux schedules the real processes: fcfs as SCHED_FIFO, rr as SCHED_RR, "
                   "sjf as SCHED_FIFO by burst length, others under the default scheduler.");
    }
    QString problem;
    double seconds = 0;
    if (m_hasWorkload) {
        problem = QString::fromStdString(real::checkRealWorkload(m_workload, m_tick->value()));
        if (problem.isEmpty()) {
            auto result = engine::simulate(m_workload);
            seconds = double(real::estimateRealMs(result, m_tick->value())) / 1000.0;
        }
    }
    QString how = problem.isEmpty()
                      ? tr("One real process per scenario process, all on one CPU; about %1 s.")
                            .arg(seconds, 0, 'f', 1)
                      : tr("This scenario cannot run for real: %1").arg(problem);
    m_explanation->setText(what + QLatin1Char(' ') + how);
}

void RealRunTab::setRunning(bool running) {
    m_runButton->setEnabled(!running && m_hasWorkload);
    m_cancelButton->setEnabled(running);
    m_mode->setEnabled(!running);
    m_tick->setEnabled(!running);
    m_exportButton->setEnabled(!running && m_runner->result() != nullptr);
}

void RealRunTab::run() {
    auto mode = real::parseMode(m_mode->currentData().toString().toStdString());
    if (!m_hasWorkload || !mode || !m_runner->start(m_workload, *mode, m_tick->value())) {
        return;
    }
    m_progress->setValue(0);
    m_status->setText(tr("Running %n real process(es)...", "", int(m_workload.processes.size())));
    setRunning(true);
}

void RealRunTab::cancel() { m_runner->cancel(); }

void RealRunTab::showResult() {
    const auto& result = m_runner->result();
    showRealRun(*m_simulated, *m_real, result);
    m_model->setResult(result);
    const auto& s = result->comparison.summary;
    m_status->setText(tr("Mean completion error %1 ms; same order as the simulation: %2; the "
                         "same process ran %3% of the time.")
                          .arg(s.meanAbsCompletionErrorMs, 0, 'f', 1)
                          .arg(s.sameOrder ? tr("yes") : tr("no"))
                          .arg(100.0 * s.sameProcessShare, 0, 'f', 1));
    QStringList lines = realRunFindings(*result);
    for (QString& line : lines) {
        line.prepend(QStringLiteral("• "));
    }
    m_differences->setPlainText(lines.join(QLatin1Char('\n')));
    m_progress->setValue(1000);
    setRunning(false);
    emit finished();
}

void RealRunTab::showFailure(const QString& message) {
    m_status->setText(message);
    m_progress->setValue(0);
    setRunning(false);
    emit failed(message);
}

void RealRunTab::showCancelled() {
    m_status->setText(tr("Cancelled: every child process was stopped."));
    m_progress->setValue(0);
    setRunning(false);
}

void RealRunTab::exportCharts() {
    if (!m_runner->result()) {
        return;
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Export charts"), {},
                                                tr("PNG image (*.png);;SVG (*.svg);;PDF (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    RealRunChart chart(m_runner->result());
    QString error;
    bool ok = exportChart(chart, path, ExportSettings{}, ChartStyle{}, &error);
    m_status->setText(ok ? tr("Exported %1").arg(path) : tr("Export failed: %1").arg(error));
}

}  // namespace schedlab::ui
