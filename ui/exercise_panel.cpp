#include "ui/exercise_panel.hpp"

#include <QAction>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

#include "models/playback_controller.hpp"
#include "scenario/scenario_io.hpp"

namespace schedlab::ui {
namespace {

constexpr int kButtonsPerRow = 3;
const QColor kRight(0x2e, 0x7d, 0x32);  // readable on light and dark backgrounds alike
const QColor kWrong(0xc6, 0x28, 0x28);

QString coloured(const QString& text, const QColor& color) {
    return QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>")
        .arg(color.name(), text.toHtmlEscaped());
}

QLabel* wrappingLabel() {
    auto* label = new QLabel;
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

}  // namespace

ExercisePanel::ExercisePanel(QWidget* parent) : QWidget(parent) {
    m_session = new models::ExerciseSession(this);
    buildLayout();
    buildActions();
    connect(m_session, &models::ExerciseSession::answeredQuestion, this,
            &ExercisePanel::showFeedback);
    connect(m_session, &models::ExerciseSession::questionChanged, this,
            &ExercisePanel::showQuestion);
    connect(m_session, &models::ExerciseSession::runChanged, this, [this] {
        m_timesChecked = false;
        updateAnswersHidden();
    });
    retranslate();
    showQuestion();
}

void ExercisePanel::buildLayout() {
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel;
    QFont big = font();
    big.setPointSizeF(font().pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_score = new QLabel;
    m_score->setFont(big);
    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_score);
    layout->addLayout(top);
    m_now = wrappingLabel();
    m_question = wrappingLabel();
    m_buttonGrid = new QGridLayout;
    m_skip = new QPushButton;
    connect(m_skip, &QPushButton::clicked, m_session, &models::ExerciseSession::skip);
    m_feedback = wrappingLabel();
    m_metricsHelp = wrappingLabel();
    m_corrections = wrappingLabel();
    m_metrics = new QTableWidget;
    m_metrics->verticalHeader()->hide();
    m_metrics->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_check = new QPushButton;
    connect(m_check, &QPushButton::clicked, this, &ExercisePanel::checkMetrics);
    // The verdict on the last answer first, then the next question under it.
    for (QWidget* w : std::initializer_list<QWidget*>{m_feedback, m_now, m_question}) {
        layout->addWidget(w);
    }
    layout->addLayout(m_buttonGrid);
    layout->addWidget(m_skip, 0, Qt::AlignLeft);
    layout->addWidget(m_metricsHelp);
    layout->addWidget(m_metrics, 1);
    layout->addWidget(m_check, 0, Qt::AlignLeft);
    layout->addWidget(m_corrections);
    layout->addStretch();
}

void ExercisePanel::buildActions() {
    m_modeAction = new QAction(this);
    m_modeAction->setCheckable(true);
    connect(m_modeAction, &QAction::toggled, this, &ExercisePanel::setActive);
    m_restartAction = new QAction(this);
    connect(m_restartAction, &QAction::triggered, this, [this] {
        if (isActive()) {
            m_session->setRun(m_run);
        }
    });
    m_saveAction = new QAction(this);
    connect(m_saveAction, &QAction::triggered, this, &ExercisePanel::saveDialog);
}

void ExercisePanel::setController(models::PlaybackController* controller) {
    m_controller = controller;
}

bool ExercisePanel::isActive() const { return m_modeAction->isChecked(); }

void ExercisePanel::setRun(const models::RunPtr& run) {
    m_run = run;
    bool exercise = run && run->workload.exercise;
    bool opensExercise = exercise && !m_lastRunWasExercise;
    m_lastRunWasExercise = exercise;
    if (opensExercise && !isActive()) {
        m_modeAction->setChecked(true);  // starts the session through setActive
        return;
    }
    m_session->setRun(isActive() ? run : nullptr);
}

void ExercisePanel::setActive(bool on) {
    m_session->setRun(on ? m_run : nullptr);  // updates answersHidden() through runChanged
    if (!on && m_controller) {
        m_controller->setTimeLimit(std::nullopt);
        emit pastRunChanged(m_run);
    }
    emit activeChanged(on);
}

// Limits what the window shows to the time before the open question, then asks it.
void ExercisePanel::showQuestion() {
    const auto* question = m_session->current();
    if (m_controller && isActive() && m_run) {
        m_controller->setTimeLimit(question ? std::optional(m_session->visibleUntil())
                                            : std::nullopt);
        m_controller->toEnd();
        emit pastRunChanged(question ? models::runBefore(*m_run, question->time) : m_run);
    }
    rebuildButtons();
    m_score->setText(scoreText());
    m_skip->setVisible(question != nullptr);
    if (question == nullptr) {
        m_now->clear();
        m_question->setText(m_run && isActive()
                                ? tr("Finished: %1 of %2 decisions right.")
                                      .arg(m_session->right())
                                      .arg(m_session->questions().size())
                                : tr("Exercise mode is off. Open an exercise file or turn it on "
                                     "in the Exercise menu."));
    } else {
        QString text = tr("<b>t = %1</b>").arg(question->time);
        for (const QString& line : m_session->happeningsNow()) {
            text += "<br>" + line.toHtmlEscaped();
        }
        m_now->setText(text);
        m_question->setText(tr("Which process runs next on CPU %1?").arg(question->cpu));
    }
    showMetricsTable();
}

void ExercisePanel::rebuildButtons() {
    qDeleteAll(m_buttons);
    m_buttons.clear();
    const auto* question = m_session->current();
    if (question == nullptr) {
        return;
    }
    for (engine::Pid p : question->candidates) {
        auto* button = new QPushButton(processName(p));
        button->setMinimumWidth(64);
        connect(button, &QPushButton::clicked, m_session, [this, p] { m_session->answer(p); });
        auto index = static_cast<int>(m_buttons.size());
        m_buttonGrid->addWidget(button, index / kButtonsPerRow, index % kButtonsPerRow);
        m_buttons.append(button);
    }
}

void ExercisePanel::showFeedback(const models::ExerciseSession::Feedback& feedback) {
    QString verdict;
    if (feedback.right) {
        verdict = coloured(tr("Right."), kRight);
    } else if (feedback.chosen == engine::kNoProcess) {
        verdict = coloured(tr("Skipped: %1 runs.").arg(processName(feedback.answer)), kWrong);
    } else {
        verdict = coloured(tr("Not quite: you chose %1, but %2 runs.")
                               .arg(processName(feedback.chosen), processName(feedback.answer)),
                           kWrong);
    }
    m_feedback->setText(verdict + "<br>" + feedback.reason.toHtmlEscaped());
}

QString ExercisePanel::feedbackText() const { return m_feedback->text(); }

QString ExercisePanel::scoreText() const {
    if (!isActive() || !m_run) {
        return {};
    }
    return tr("Score: %1 / %2").arg(m_session->right()).arg(m_session->answered());
}

// At the end: each process's times, to be filled in and checked.
void ExercisePanel::showMetricsTable() {
    bool show = m_session->finished();
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_metricsHelp, m_metrics, m_check, m_corrections}) {
        w->setVisible(show);
    }
    m_corrections->clear();
    if (!show) {
        return;
    }
    const auto& processes = m_run->workload.processes;
    m_metrics->clear();
    m_metrics->setRowCount(static_cast<int>(processes.size()));
    m_metrics->setColumnCount(4);
    m_metrics->setHorizontalHeaderLabels(
        {tr("Process"), tr("Response"), tr("Turnaround"), tr("Waiting")});
    for (int row = 0; row < m_metrics->rowCount(); ++row) {
        auto* name = new QTableWidgetItem(processName(static_cast<engine::Pid>(row)));
        name->setFlags(Qt::ItemIsEnabled);
        m_metrics->setItem(row, 0, name);
        for (int column = 1; column < 4; ++column) {
            m_metrics->setItem(row, column, new QTableWidgetItem);
        }
    }
    // Every row in sight: the student copies times from the Gantt chart into all of them; and no
    // taller, so that Check my times stays in sight at 1280x720 (#12).
    m_metrics->setFixedHeight(m_metrics->horizontalHeader()->sizeHint().height() +
                                m_metrics->verticalHeader()->defaultSectionSize() *
                                    m_metrics->rowCount() +
                                2 * m_metrics->frameWidth());
    emit needsRoom();
}

void ExercisePanel::checkMetrics() {
    int right = 0;
    QStringList corrections;
    for (int row = 0; row < m_metrics->rowCount(); ++row) {
        auto text = [&](int column) { return m_metrics->item(row, column)->text().trimmed(); };
        auto value = [&](int column) {
            bool ok = false;
            auto number = text(column).toLongLong(&ok);
            return ok ? number : engine::Tick{-1};
        };
        const auto process = static_cast<engine::Pid>(row);
        auto check = m_session->checkMetrics(process, value(1), value(2), value(3));
        corrections << m_session->corrections(process, check, {text(1), text(2), text(3)});
        bool fields[] = {check.response, check.turnaround, check.waiting};
        for (int column = 1; column < 4; ++column) {
            m_metrics->item(row, column)
                ->setBackground(fields[column - 1] ? kRight.lighter(190) : kWrong.lighter(190));
            m_metrics->item(row, column)->setForeground(Qt::black);
            right += fields[column - 1] ? 1 : 0;
        }
    }
    m_metricsHelp->setText(tr("%1 of %2 times right.").arg(right).arg(m_metrics->rowCount() * 3));
    m_corrections->setText(corrections.join("\n").toHtmlEscaped().replace("\n", "<br>"));
    m_timesChecked = true;  // the answers may show everywhere now
    updateAnswersHidden();
    emit needsRoom();  // for the corrections
}

void ExercisePanel::updateAnswersHidden() {
    const bool hidden = isActive() && m_run && !m_timesChecked;
    if (hidden != m_answersHidden) {
        m_answersHidden = hidden;
        emit answersHiddenChanged(hidden);
    }
}

bool ExercisePanel::saveExercise(const QString& path, QString* error) const {
    if (!m_run) {
        return false;
    }
    auto workload = m_run->workload;
    workload.exercise = true;
    bool json = path.endsWith(".json", Qt::CaseInsensitive);
    QSaveFile file(path);
    auto text = json ? scenario::toJson(workload) : scenario::toYaml(workload);
    bool ok = file.open(QIODevice::WriteOnly) &&
              file.write(text.data(), static_cast<qint64>(text.size())) ==
                  static_cast<qint64>(text.size()) &&
              file.commit();
    if (!ok && error) {
        *error = file.errorString();
    }
    return ok;
}

void ExercisePanel::saveDialog() {
    QString path = QFileDialog::getSaveFileName(this, tr("Save as exercise"), {},
                                                tr("Scenarios (*.yaml *.yml *.json)"));
    QString error;
    if (!path.isEmpty() && !saveExercise(path, &error)) {
        m_feedback->setText(coloured(tr("Cannot save %1: %2").arg(path, error), kWrong));
    }
}

QString ExercisePanel::processName(engine::Pid process) const {
    const auto& processes = m_run->workload.processes;
    return process < processes.size() ? QString::fromStdString(processes[process].name) : "?";
}

void ExercisePanel::retranslate() {
    m_title->setText(tr("Exercise"));
    m_skip->setText(tr("Show me"));
    m_skip->setToolTip(tr("Go on with the engine's choice; counts as wrong"));
    m_check->setText(tr("Check my times"));
    m_metricsHelp->setText(
        tr("Fill in each process's response, turnaround and waiting time "
           "(in ticks), then check them."));
    m_modeAction->setText(tr("&Exercise Mode"));
    m_modeAction->setToolTip(tr("Hide the run's future and choose each next process yourself"));
    m_restartAction->setText(tr("&Restart Exercise"));
    m_saveAction->setText(tr("Save as E&xercise..."));
}

void ExercisePanel::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showQuestion();
    }
}

}  // namespace schedlab::ui
