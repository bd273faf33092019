// PlaybackController: stepping visits exactly the instants of the run, and state() at any time
// equals what a fresh simulation shows after runUntil(t), whichever way time moved.

#include "models/playback_controller.hpp"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <algorithm>
#include <filesystem>
#include <numeric>

#include "engine/simulation.hpp"
#include "scenario/scenario_io.hpp"

namespace schedlab::models {
namespace {

RunPtr runOf(engine::Workload workload) {
    auto result = engine::simulate(workload);
    return std::make_shared<const Run>(Run{std::move(workload), std::move(result)});
}

// Every example scenario, as the app would run it.
std::vector<RunPtr> scenarioRuns() {
    std::vector<RunPtr> runs;
    for (const auto& entry :
         std::filesystem::directory_iterator(SCHEDLAB_SOURCE_DIR "/scenarios")) {
        if (!entry.is_regular_file()) {
            continue;   // scenarios/lessons/: programs, checked in scenario_tests
        }
        auto loaded = scenario::loadScenarioFile(entry.path().string());
        EXPECT_TRUE(loaded.workload) << entry.path();
        if (loaded.workload) {
            runs.push_back(runOf(*loaded.workload));
        }
    }
    EXPECT_GE(runs.size(), 10u);
    return runs;
}

std::vector<engine::Tick> expectedInstants(const Run& run) {
    std::vector<engine::Tick> times;
    for (const auto& e : run.result.events) {
        times.push_back(e.time);
    }
    for (const auto& d : run.result.decisions) {
        times.push_back(d.time);
    }
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());
    return times;
}

void expectSameAsFresh(const Run& run, const InstantState& state) {
    engine::Simulation sim{run.workload};
    sim.runUntil(state.time);
    auto cpus = sim.cpus();
    ASSERT_EQ(state.cpus.size(), cpus.size());
    for (std::size_t c = 0; c < cpus.size(); ++c) {
        EXPECT_EQ(state.cpus[c].mode, cpus[c].mode) << "t=" << state.time;
        EXPECT_EQ(state.cpus[c].process, cpus[c].process) << "t=" << state.time;
        EXPECT_EQ(state.cpus[c].since, cpus[c].since) << "t=" << state.time;
    }
    EXPECT_EQ(state.readyQueues, sim.readyQueues()) << "t=" << state.time;
    auto blocked = sim.blocked();
    ASSERT_EQ(state.blocked.size(), blocked.size());
    for (std::size_t i = 0; i < blocked.size(); ++i) {
        EXPECT_EQ(state.blocked[i].process, blocked[i].process);
        EXPECT_EQ(state.blocked[i].ioLeft, blocked[i].ioLeft - (state.time - sim.now()));
    }
    for (engine::Pid p = 0; p < run.workload.processes.size(); ++p) {
        EXPECT_EQ(state.states[p], sim.state(p)) << "t=" << state.time << " pid " << p;
        EXPECT_EQ(state.levels[p], sim.level(p)) << "t=" << state.time << " pid " << p;
    }
}

TEST(PlaybackControllerTest, StepForwardVisitsExactlyTheInstantsInOrder) {
    for (const auto& run : scenarioRuns()) {
        PlaybackController controller;
        controller.setRun(run);
        auto expected = expectedInstants(*run);
        EXPECT_EQ(controller.instants(), expected);
        std::vector<engine::Tick> visited;
        if (!expected.empty() && expected.front() == controller.time()) {
            visited.push_back(controller.time());
        }
        for (engine::Tick before = -1; before != controller.time();) {
            before = controller.time();
            controller.stepForward();
            if (controller.time() != before) {
                visited.push_back(controller.time());
            }
        }
        EXPECT_EQ(visited, expected) << run->result.scenario;
        EXPECT_TRUE(controller.atEnd());
        EXPECT_EQ(controller.time(), run->result.summary.end);
    }
}

TEST(PlaybackControllerTest, StepBackReturnsThroughTheSameInstants) {
    for (const auto& run : scenarioRuns()) {
        PlaybackController controller;
        controller.setRun(run);
        controller.toEnd();
        auto expected = expectedInstants(*run);
        std::vector<engine::Tick> visited{controller.time()};
        while (!controller.atStart()) {
            controller.stepBack();
            visited.push_back(controller.time());
        }
        if (expected.front() != 0) {
            visited.pop_back();  // the start (0) is not an instant
        }
        std::reverse(visited.begin(), visited.end());
        EXPECT_EQ(visited, expected) << run->result.scenario;
    }
}

TEST(PlaybackControllerTest, StateAtEveryInstantEqualsAFreshSimulation) {
    for (const auto& run : scenarioRuns()) {
        PlaybackController controller;
        controller.setRun(run);
        auto times = expectedInstants(*run);
        for (engine::Tick t = 0; t <= controller.endTime(); t += 3) {
            times.push_back(t);  // between instants too
        }
        std::reverse(times.begin(), times.end());  // backwards first, then forwards
        auto forwards = times;
        std::reverse(forwards.begin(), forwards.end());
        times.insert(times.end(), forwards.begin(), forwards.end());
        for (engine::Tick t : times) {
            controller.jumpTo(t);
            ASSERT_EQ(controller.state().time, t);
            expectSameAsFresh(*run, controller.state());
        }
    }
}

TEST(PlaybackControllerTest, CountsSumToTheProcessesAndChangesAreThisInstants) {
    for (const auto& run : scenarioRuns()) {
        PlaybackController controller;
        controller.setRun(run);
        for (engine::Tick t : controller.instants()) {
            controller.jumpTo(t);
            const auto& state = controller.state();
            int sum = std::accumulate(state.counts.begin(), state.counts.end(), 0);
            EXPECT_EQ(sum, static_cast<int>(run->workload.processes.size()));
            auto at = std::count_if(run->result.events.begin(), run->result.events.end(),
                                    [t](const auto& e) { return e.time == t; });
            EXPECT_EQ(static_cast<long>(state.changes.size()), at);
            for (const auto& change : state.changes) {
                EXPECT_EQ(change.time, t);
                EXPECT_TRUE(state.changedNow(change.process));
            }
        }
        controller.toEnd();
        EXPECT_EQ(controller.state().count(engine::ProcessState::Terminated),
                  static_cast<int>(run->workload.processes.size()));
    }
}

TEST(PlaybackControllerTest, SignalsAndClamping) {
    PlaybackController controller;
    QSignalSpy runChanged(&controller, &PlaybackController::runChanged);
    QSignalSpy timeChanged(&controller, &PlaybackController::timeChanged);
    auto run = scenarioRuns().front();
    controller.setRun(run);
    EXPECT_EQ(runChanged.count(), 1);
    controller.jumpTo(-5);
    EXPECT_EQ(controller.time(), 0);
    controller.jumpTo(controller.endTime() + 100);
    EXPECT_EQ(controller.time(), controller.endTime());
    EXPECT_EQ(timeChanged.last().at(0).value<engine::Tick>(), controller.endTime());
    int before = static_cast<int>(timeChanged.count());
    controller.stepForward();  // at the end: nothing happens
    EXPECT_EQ(timeChanged.count(), before);
}

TEST(PlaybackControllerTest, PlayAdvancesAndStopsAtTheEnd) {
    PlaybackController controller;
    QSignalSpy playing(&controller, &PlaybackController::playingChanged);
    engine::Workload w;
    w.policy.name = "rr";
    w.processes = {{"P1", 0, 0, {24}}, {"P2", 0, 0, {3}}, {"P3", 0, 0, {3}}};
    controller.setRun(runOf(w));
    controller.setSpeed(200);
    controller.play();
    EXPECT_TRUE(controller.isPlaying());
    ASSERT_EQ(playing.count(), 1);
    EXPECT_TRUE(playing.at(0).at(0).toBool());
    ASSERT_TRUE(playing.wait(30000));
    EXPECT_FALSE(playing.last().at(0).toBool());
    EXPECT_TRUE(controller.atEnd());
    controller.play();  // at the end: starts over
    EXPECT_LT(controller.time(), controller.endTime());
    controller.pause();
    EXPECT_FALSE(controller.isPlaying());
}

TEST(PlaybackControllerTest, InstantModeVisitsOnlyInstants) {
    PlaybackController controller;
    auto run = scenarioRuns().front();
    controller.setRun(run);
    controller.setPlayMode(PlaybackController::PlayMode::Instants);
    controller.setSpeed(25);
    QSignalSpy timeChanged(&controller, &PlaybackController::timeChanged);
    QSignalSpy playing(&controller, &PlaybackController::playingChanged);
    controller.play();
    ASSERT_TRUE(playing.wait(60000));
    EXPECT_GT(timeChanged.count(), 1);  // it did move
    const auto& instants = controller.instants();
    for (const auto& args : timeChanged) {
        auto t = args.at(0).value<engine::Tick>();
        EXPECT_TRUE(std::binary_search(instants.begin(), instants.end(), t)) << t;
    }
}

}  // namespace
}  // namespace schedlab::models
