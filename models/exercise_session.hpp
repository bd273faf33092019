#pragma once
// Exercise mode: the student replays a finished run one scheduling decision at a time. At each
// dispatch or preemption the session asks which process runs next, among the processes that
// could (those ready at that instant and the ones the CPUs take then), checks the answer against
// the engine's choice, gives the engine's reason and keeps the score. The run then goes on as
// the engine ran it, right or wrong, so one slip does not spoil the rest.
//
// What may be shown stops just before the current question's instant (visibleUntil()): the
// views of the run must not give the answer away.

#include <QObject>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>
#include <vector>

#include "engine/types.hpp"
#include "models/run.hpp"

namespace schedlab::models {

class ExerciseSession : public QObject {
    Q_OBJECT
public:
    struct Question {
        std::size_t decision = 0;  ///< index in the run's decisions
        engine::Tick time = 0;
        int cpu = 0;
        std::vector<engine::Pid> candidates;  ///< in workload order; holds the answer
        engine::Pid answer = engine::kNoProcess;
    };

    struct Feedback {
        bool right = false;
        engine::Pid chosen = engine::kNoProcess;
        engine::Pid answer = engine::kNoProcess;
        QString reason;  ///< the engine's sentence for the decision, translated, with its time
    };

    /// Right or wrong for each of a process's three times (response, turnaround, waiting).
    struct MetricsCheck {
        bool response = false;
        bool turnaround = false;
        bool waiting = false;
        bool all() const { return response && turnaround && waiting; }
    };

    explicit ExerciseSession(QObject* parent = nullptr);

    /// Starts over on `run` (nullptr: no exercise): first question, score 0.
    void setRun(RunPtr run);
    const RunPtr& run() const { return m_run; }

    const std::vector<Question>& questions() const { return m_questions; }
    /// The index of the question to answer; questions().size() once all are answered.
    std::size_t currentIndex() const { return m_current; }
    const Question* current() const;
    bool finished() const { return m_run && m_current >= m_questions.size(); }

    /// Checks `chosen` against the current question and moves on to the next one. A process
    /// that is not a candidate counts as wrong.
    Feedback answer(engine::Pid chosen);
    /// Moves on without answering (counts as wrong), e.g. for "show me".
    Feedback skip() { return answer(engine::kNoProcess); }

    int right() const { return m_right; }
    int answered() const { return static_cast<int>(m_current); }

    /// The last time the views may show: just before the current question's instant (-1 when
    /// it is at 0: nothing yet), the end of the run once finished.
    engine::Tick visibleUntil() const;
    /// What happens at the current question's instant before the choice, one line each:
    /// arrivals, returns from I/O, and the engine's decisions (quantum used up, finished, ...).
    QStringList happeningsNow() const;

    /// Checks a student's times for one process against the run.
    MetricsCheck checkMetrics(engine::Pid process, engine::Tick response, engine::Tick turnaround,
                              engine::Tick waiting) const;
    /// For each time `check` found wrong, the rule with this process's numbers, e.g.
    /// "P2: turnaround = completion - arrival = 14 - 1 = 13 (you wrote 12)". #12
    QStringList corrections(engine::Pid process, const MetricsCheck& check,
                            const std::array<QString, 3>& written) const;

signals:
    void runChanged();
    /// After each answer (or skip), with what the student is told.
    void answeredQuestion(const schedlab::models::ExerciseSession::Feedback& feedback);
    /// The current question changed (also when the last one is answered).
    void questionChanged();

private:
    void collectQuestions();
    std::vector<engine::Pid> candidatesAt(std::size_t decision) const;

    RunPtr m_run;
    std::vector<Question> m_questions;
    std::size_t m_current = 0;
    int m_right = 0;
};

/// The part of `run` before `time`: slices and context switches cut at `time`, state changes,
/// decisions and first runs/completions before it, summary end at `time`. For charts that must
/// not show the future (Exercise mode); a process still ready or blocked at `time` keeps its bar
/// up to `time`.
RunPtr runBefore(const Run& run, engine::Tick time);

}  // namespace schedlab::models
