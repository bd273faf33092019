#pragma once
// Exercise mode's panel: at each scheduling decision of the run it asks which process runs next
// (one button per candidate), says right or wrong with the engine's reason and keeps the score;
// at the end it asks for each process's times. While a question is open the rest of the window
// shows only the past: the panel limits the playback's time and hands the charts the run before
// the question (pastRunChanged). A file with `exercise: true` starts the mode when it opens.

#include <QWidget>

#include "models/exercise_session.hpp"
#include "models/run.hpp"

class QAction;
class QGridLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace schedlab::models {
class PlaybackController;
}

namespace schedlab::ui {

class ExercisePanel : public QWidget {
    Q_OBJECT
public:
    explicit ExercisePanel(QWidget* parent = nullptr);

    void setController(models::PlaybackController* controller);
    /// The run the window shows. An exercise file's run starts Exercise mode.
    void setRun(const models::RunPtr& run);
    bool isActive() const;
    /// True while an exercise is open and the student has not checked their times yet: the
    /// metrics, their averages and the status bar must not show them. #12
    bool answersHidden() const { return m_answersHidden; }
    models::ExerciseSession* session() const { return m_session; }

    /// Exercise mode on and off (checkable), restart, and saving the scenario as an exercise.
    QAction* modeAction() const { return m_modeAction; }
    QAction* restartAction() const { return m_restartAction; }
    QAction* saveAction() const { return m_saveAction; }
    /// The candidate buttons of the open question, in workload order (for tests).
    QList<QPushButton*> candidateButtons() const { return m_buttons; }
    QString feedbackText() const;
    QString scoreText() const;

    /// Writes the run's scenario with `exercise: true` (JSON for .json, else YAML).
    bool saveExercise(const QString& path, QString* error = nullptr) const;

signals:
    /// What the charts should draw: the run before the open question, or the whole run.
    void pastRunChanged(const schedlab::models::RunPtr& run);
    void activeChanged(bool active);
    void answersHiddenChanged(bool hidden);
    /// The panel grew (the table of times, then the corrections appeared): its dock should
    /// make room for it. #12
    void needsRoom();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildLayout();
    void buildActions();
    void setActive(bool on);
    void showQuestion();
    void showFeedback(const models::ExerciseSession::Feedback& feedback);
    void rebuildButtons();
    void showMetricsTable();
    void checkMetrics();
    void updateAnswersHidden();
    void saveDialog();
    void retranslate();
    QString processName(engine::Pid process) const;

    models::ExerciseSession* m_session = nullptr;
    models::PlaybackController* m_controller = nullptr;
    models::RunPtr m_run;
    bool m_lastRunWasExercise = false;
    bool m_timesChecked = false;
    bool m_answersHidden = false;
    QLabel* m_title = nullptr;
    QLabel* m_score = nullptr;
    QLabel* m_now = nullptr;
    QLabel* m_question = nullptr;
    QGridLayout* m_buttonGrid = nullptr;
    QList<QPushButton*> m_buttons;
    QPushButton* m_skip = nullptr;
    QLabel* m_feedback = nullptr;
    QLabel* m_metricsHelp = nullptr;
    QLabel* m_corrections = nullptr;
    QTableWidget* m_metrics = nullptr;
    QPushButton* m_check = nullptr;
    QAction* m_modeAction = nullptr;
    QAction* m_restartAction = nullptr;
    QAction* m_saveAction = nullptr;
};

}  // namespace schedlab::ui
