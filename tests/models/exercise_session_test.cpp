// ExerciseSession: the questions are the run's dispatches and preemptions, the candidates are
// the processes that could run then, the score counts right answers, and nothing after the
// current question's instant is shown (runBefore, the playback's time limit).

#include "models/exercise_session.hpp"

#include <gtest/gtest.h>

#include <QSignalSpy>

#include "engine/policy_spec.hpp"
#include "engine/simulation.hpp"
#include "models/playback_controller.hpp"

namespace schedlab::models {
namespace {

using engine::Pid;

RunPtr runOf(const std::string& spec, std::vector<engine::ProcessSpec> processes) {
    engine::Workload w;
    w.policy = engine::parsePolicySpec(spec).policy.value();
    w.processes = std::move(processes);
    auto result = engine::simulate(w);
    return std::make_shared<const Run>(Run{std::move(w), std::move(result)});
}

// The textbook round robin: P1 24, P2 3, P3 3 at 0, quantum 4.
RunPtr textbookRr() {
    return runOf("rr:quantum=4", {{"P1", 0, 0, {24}}, {"P2", 0, 0, {3}}, {"P3", 0, 0, {3}}});
}

TEST(ExerciseSession, QuestionsAreTheDispatchesWithTheirCandidates) {
    ExerciseSession session;
    session.setRun(textbookRr());
    const auto& q = session.questions();
    // After t=10 P1 is alone: its quantum expiries are "continues", not questions.
    ASSERT_EQ(q.size(), 4u);
    EXPECT_EQ(q[0].time, 0);
    EXPECT_EQ(q[0].candidates, (std::vector<Pid>{0, 1, 2}));
    EXPECT_EQ(q[0].answer, 0u);
    EXPECT_EQ(q[1].time, 4);
    EXPECT_EQ(q[1].candidates, (std::vector<Pid>{0, 1, 2}));
    EXPECT_EQ(q[1].answer, 1u);
    EXPECT_EQ(q[2].time, 7);
    EXPECT_EQ(q[2].candidates, (std::vector<Pid>{0, 2}));
    EXPECT_EQ(q[2].answer, 2u);
    EXPECT_EQ(q[3].time, 10);
    EXPECT_EQ(q[3].candidates, (std::vector<Pid>{0}));
}

TEST(ExerciseSession, AnswersAreScoredWithTheEnginesReason) {
    ExerciseSession session;
    session.setRun(textbookRr());
    QSignalSpy answered(&session, &ExerciseSession::answeredQuestion);
    auto first = session.answer(0);
    EXPECT_TRUE(first.right);
    EXPECT_EQ(first.reason, "t=0: CPU 0 runs P1 (first in the ready queue)");
    auto second = session.answer(2);  // P3 is behind P2
    EXPECT_FALSE(second.right);
    EXPECT_EQ(second.chosen, 2u);
    EXPECT_EQ(second.answer, 1u);
    EXPECT_EQ(second.reason, "t=4: CPU 0 runs P2 (first in the ready queue)");
    EXPECT_EQ(session.right(), 1);
    EXPECT_EQ(session.answered(), 2);
    EXPECT_FALSE(session.skip().right);
    EXPECT_FALSE(session.finished());
    EXPECT_TRUE(session.answer(0).right);
    EXPECT_TRUE(session.finished());
    EXPECT_EQ(session.right(), 2);
    EXPECT_EQ(answered.count(), 4);
    EXPECT_EQ(session.current(), nullptr);
    EXPECT_FALSE(session.answer(0).right);  // nothing left to answer: nothing counted
    EXPECT_EQ(session.answered(), 4);
}

TEST(ExerciseSession, ShowsOnlyWhatHappenedBeforeTheQuestion) {
    ExerciseSession session;
    session.setRun(textbookRr());
    EXPECT_EQ(session.visibleUntil(), -1);  // the first choice is at 0: nothing to show yet
    EXPECT_EQ(session.happeningsNow(), (QStringList{"P1 arrives", "P2 arrives", "P3 arrives"}));
    session.answer(0);
    EXPECT_EQ(session.visibleUntil(), 3);
    EXPECT_EQ(session.happeningsNow(), QStringList{"t=4: P1 used up its quantum on CPU 0"});
    session.answer(1);
    EXPECT_EQ(session.happeningsNow(), QStringList{"t=7: P2 finishes"});
    session.answer(2);
    session.answer(0);
    EXPECT_EQ(session.visibleUntil(), 30);
}

TEST(ExerciseSession, PreemptionsAreQuestionsToo) {
    ExerciseSession session;
    session.setRun(runOf("srtf", {{"P1", 0, 0, {8}}, {"P2", 1, 0, {4}}, {"P3", 6, 0, {1, 2, 1}}}));
    ASSERT_GE(session.questions().size(), 2u);
    const auto& preempt = session.questions()[1];
    EXPECT_EQ(preempt.time, 1);
    EXPECT_EQ(preempt.candidates, (std::vector<Pid>{0, 1}));
    EXPECT_EQ(preempt.answer, 1u);
    session.answer(0);
    EXPECT_EQ(session.answer(1).reason, "t=1: P2 preempts P1 on CPU 0: remaining 4 < 7");
}

TEST(ExerciseSession, MetricsAreCheckedPerField) {
    ExerciseSession session;
    session.setRun(textbookRr());
    // P1: response 0, turnaround 30, waiting 6.
    EXPECT_TRUE(session.checkMetrics(0, 0, 30, 6).all());
    auto check = session.checkMetrics(0, 0, 30, 7);
    EXPECT_TRUE(check.response);
    EXPECT_TRUE(check.turnaround);
    EXPECT_FALSE(check.waiting);
    EXPECT_FALSE(session.checkMetrics(9, 0, 0, 0).all());
}

TEST(ExerciseSession, RunBeforeCutsTheFuture) {
    auto run = textbookRr();
    auto past = runBefore(*run, 6);
    const auto& r = past->result;
    ASSERT_EQ(r.slices.size(), 2u);  // P1 [0,4), P2 [4,6)
    EXPECT_EQ(r.slices[1].end, 6);
    EXPECT_TRUE(std::all_of(r.decisions.begin(), r.decisions.end(),
                            [](const auto& d) { return d.time < 6; }));
    EXPECT_EQ(r.summary.end, 6);
    EXPECT_EQ(r.processes[1].completion, -1);
    EXPECT_EQ(r.processes[1].firstRun, 4);
    // P1 and P3 are ready at 6: their bars are closed there.
    int closing = 0;
    for (const auto& e : r.events) {
        EXPECT_LE(e.time, 6);
        closing += e.time == 6 && e.from == engine::ProcessState::Ready ? 1 : 0;
    }
    EXPECT_EQ(closing, 2);
    EXPECT_EQ(run->result.slices.size(), 8u);  // the run itself is untouched
}

TEST(ExerciseSession, PlaybackStaysWithinTheLimit) {
    PlaybackController playback;
    playback.setRun(textbookRr());
    QSignalSpy limits(&playback, &PlaybackController::limitChanged);
    playback.jumpTo(20);
    playback.setTimeLimit(3);
    EXPECT_EQ(playback.time(), 3);
    EXPECT_EQ(limits.count(), 1);
    playback.jumpTo(25);
    EXPECT_EQ(playback.time(), 3);
    playback.stepForward();
    EXPECT_EQ(playback.time(), 3);
    playback.setTimeLimit(-1);  // before anything happened: nobody has arrived
    EXPECT_EQ(playback.time(), -1);
    const auto& state = playback.state();
    EXPECT_EQ(state.count(engine::ProcessState::New), 3);
    EXPECT_EQ(state.count(engine::ProcessState::Running), 0);
    playback.setTimeLimit(std::nullopt);
    playback.toEnd();
    EXPECT_EQ(playback.time(), 30);
}

// #12: a wrong time gets its rule with the process's own numbers.
TEST(ExerciseSession, Issue12WrongTimesGetTheRuleWithTheirNumbers) {
    ExerciseSession session;
    // P2 arrives at 1, waits for P1 (4 ticks) and ends at 7: response 3, turnaround 6, waiting 3.
    session.setRun(runOf("fcfs", {{"P1", 0, 0, {4}}, {"P2", 1, 0, {3}}}));
    auto check = session.checkMetrics(1, 3, 5, 2);
    EXPECT_TRUE(check.response);
    auto lines = session.corrections(1, check, {"3", "5", ""});
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines[0], "P2: turnaround = completion - arrival = 7 - 1 = 6 (you wrote 5)");
    EXPECT_EQ(lines[1], "P2: waiting = turnaround - CPU - I/O = 6 - 3 - 0 = 3 (left empty)");
    EXPECT_TRUE(session.corrections(0, session.checkMetrics(0, 0, 4, 0), {}).isEmpty());
}

}  // namespace
}  // namespace schedlab::models
