#include "models/exercise_session.hpp"

#include <algorithm>

#include "models/decision_log_model.hpp"

namespace schedlab::models {
namespace {

using engine::DecisionKind;
using engine::Pid;
using engine::ProcessState;
using engine::Tick;

bool isQuestion(const engine::Decision& d) {
    return d.kind == DecisionKind::Dispatch || d.kind == DecisionKind::Preempt;
}

// Each process's state after everything at `time` has happened.
std::vector<ProcessState> statesAfter(const engine::SimulationResult& result, Tick time) {
    std::vector<ProcessState> states(result.processes.size(), ProcessState::New);
    for (const auto& e : result.events) {
        if (e.time > time) {
            break;
        }
        states[e.process] = e.to;
    }
    return states;
}

}  // namespace

ExerciseSession::ExerciseSession(QObject* parent) : QObject(parent) {}

void ExerciseSession::setRun(RunPtr run) {
    m_run = std::move(run);
    m_current = 0;
    m_right = 0;
    collectQuestions();
    emit runChanged();
    emit questionChanged();
}

void ExerciseSession::collectQuestions() {
    m_questions.clear();
    if (!m_run) {
        return;
    }
    const auto& decisions = m_run->result.decisions;
    for (std::size_t i = 0; i < decisions.size(); ++i) {
        const auto& d = decisions[i];
        if (isQuestion(d)) {
            m_questions.push_back({i, d.time, d.cpu, candidatesAt(i), d.process});
        }
    }
}

// Who could have been chosen: whoever is ready once the instant is over, and whoever a CPU
// takes at this instant from this decision on (they are running by then).
std::vector<Pid> ExerciseSession::candidatesAt(std::size_t decision) const {
    const auto& decisions = m_run->result.decisions;
    const Tick time = decisions[decision].time;
    auto states = statesAfter(m_run->result, time);
    std::vector<bool> candidate(states.size(), false);
    for (std::size_t p = 0; p < states.size(); ++p) {
        candidate[p] = states[p] == ProcessState::Ready;
    }
    for (std::size_t i = decision; i < decisions.size() && decisions[i].time == time; ++i) {
        if (isQuestion(decisions[i]) && decisions[i].process < candidate.size()) {
            candidate[decisions[i].process] = true;
        }
    }
    std::vector<Pid> out;
    for (std::size_t p = 0; p < candidate.size(); ++p) {
        if (candidate[p]) {
            out.push_back(static_cast<Pid>(p));
        }
    }
    return out;
}

const ExerciseSession::Question* ExerciseSession::current() const {
    return m_run && m_current < m_questions.size() ? &m_questions[m_current] : nullptr;
}

ExerciseSession::Feedback ExerciseSession::answer(Pid chosen) {
    const Question* question = current();
    if (question == nullptr) {
        return {};
    }
    Feedback feedback;
    feedback.chosen = chosen;
    feedback.answer = question->answer;
    feedback.right = chosen == question->answer;
    feedback.reason =
        DecisionLogModel::describe(m_run->result.decisions[question->decision], m_run->workload);
    m_right += feedback.right ? 1 : 0;
    ++m_current;
    emit answeredQuestion(feedback);
    emit questionChanged();
    return feedback;
}

Tick ExerciseSession::visibleUntil() const {
    if (const Question* question = current()) {
        return question->time - 1;
    }
    return m_run ? m_run->result.summary.end : 0;
}

QStringList ExerciseSession::happeningsNow() const {
    const Question* question = current();
    if (question == nullptr) {
        return {};
    }
    QStringList out;
    const auto& workload = m_run->workload;
    for (const auto& e : m_run->result.events) {
        if (e.time != question->time || e.to != ProcessState::Ready) {
            continue;
        }
        auto name = QString::fromStdString(workload.processes[e.process].name);
        if (e.from == ProcessState::New) {
            out << tr("%1 arrives").arg(name);
        } else if (e.from == ProcessState::Blocked) {
            out << tr("%1 is back from I/O").arg(name);
        }
    }
    const auto& decisions = m_run->result.decisions;
    std::size_t first = question->decision;
    while (first > 0 && decisions[first - 1].time == question->time) {
        --first;
    }
    for (std::size_t i = first; i < question->decision; ++i) {
        out << DecisionLogModel::describe(decisions[i], workload);
    }
    return out;
}

ExerciseSession::MetricsCheck ExerciseSession::checkMetrics(Pid process, Tick response,
                                                            Tick turnaround, Tick waiting) const {
    if (!m_run || process >= m_run->result.processes.size()) {
        return {};
    }
    const auto& m = m_run->result.processes[process];
    return {m.response == response, m.turnaround == turnaround, m.waiting == waiting};
}

// Waiting is the ready time; without context switches on the way it is also turnaround - CPU -
// I/O, the rule students use, so that rule is given when it holds.
QStringList ExerciseSession::corrections(Pid process, const MetricsCheck& check,
                                         const std::array<QString, 3>& written) const {
    if (!m_run || process >= m_run->result.processes.size()) {
        return {};
    }
    const auto& m = m_run->result.processes[process];
    const auto name = QString::fromStdString(m_run->workload.processes[process].name);
    auto you = [&](int i) {
        return written[i].isEmpty() ? tr("(left empty)") : tr("(you wrote %1)").arg(written[i]);
    };
    QStringList out;
    if (!check.response) {
        out << tr("%1: response = first run - arrival = %2 - %3 = %4 %5")
                   .arg(name)
                   .arg(m.firstRun)
                   .arg(m.arrival)
                   .arg(m.response)
                   .arg(you(0));
    }
    if (!check.turnaround) {
        out << tr("%1: turnaround = completion - arrival = %2 - %3 = %4 %5")
                   .arg(name)
                   .arg(m.completion)
                   .arg(m.arrival)
                   .arg(m.turnaround)
                   .arg(you(1));
    }
    if (!check.waiting && m.turnaround - m.cpu - m.io == m.waiting) {
        out << tr("%1: waiting = turnaround - CPU - I/O = %2 - %3 - %4 = %5 %6")
                   .arg(name)
                   .arg(m.turnaround)
                   .arg(m.cpu)
                   .arg(m.io)
                   .arg(m.waiting)
                   .arg(you(2));
    } else if (!check.waiting) {
        out << tr("%1: waiting = ticks spent ready = %2 %3").arg(name).arg(m.waiting).arg(you(2));
    }
    return out;
}

}  // namespace schedlab::models
