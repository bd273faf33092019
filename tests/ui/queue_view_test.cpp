// QueueView: draws every example scenario at every instant without trouble, shows the ready
// queue in order, and elides long rows. Pictures for looking at: scripts/gallery.

#include "charts/queue_view.hpp"

#include <gtest/gtest.h>

#include <QImage>
#include <filesystem>

#include "engine/simulation.hpp"
#include "scenario/scenario_io.hpp"

namespace schedlab::ui {
namespace {

models::RunPtr runOf(engine::Workload w) {
    auto result = engine::simulate(w);
    return std::make_shared<const models::Run>(models::Run{std::move(w), std::move(result)});
}

models::RunPtr scenarioRun(const std::string& file) {
    auto loaded = scenario::loadScenarioFile(SCHEDLAB_SOURCE_DIR "/scenarios/" + file);
    EXPECT_TRUE(loaded.workload) << file;
    return loaded.workload ? runOf(*loaded.workload) : nullptr;
}

QImage render(QWidget& widget) {
    QImage image(widget.size(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    widget.render(&image);
    return image;
}

TEST(QueueViewTest, DrawsEveryScenarioAtEveryInstant) {
    int scenarios = 0;
    for (const auto& entry :
         std::filesystem::directory_iterator(SCHEDLAB_SOURCE_DIR "/scenarios")) {
        if (!entry.is_regular_file()) {
            continue;   // scenarios/lessons/: programs, checked in scenario_tests
        }
        ++scenarios;
        models::PlaybackController controller;
        controller.setRun(scenarioRun(entry.path().filename().string()));
        QueueView view;
        view.setController(&controller);
        view.resize(1600, 420);  // room for ten processes' boxes in a row: none folded away
        for (engine::Tick t : controller.instants()) {
            controller.jumpTo(t);
            QImage image = render(view);
            ASSERT_FALSE(image.isNull());
            const auto& state = controller.state();
            std::size_t ready = 0;
            for (const auto& queue : state.readyQueues) {
                ready += queue.size();
            }
            std::size_t busy = std::count_if(state.cpus.begin(), state.cpus.end(), [](auto& c) {
                return c.process != engine::kNoProcess;
            });
            EXPECT_EQ(view.hits().size(), ready + busy + state.blocked.size());
        }
    }
    EXPECT_GE(scenarios, 10);  // scenarios/ was found
}

TEST(QueueViewTest, TheReadyQueueIsDrawnInOrder) {
    models::PlaybackController controller;
    controller.setRun(scenarioRun("textbook-rr.yaml"));
    QueueView view;
    view.setController(&controller);
    view.resize(900, 420);
    controller.jumpTo(0);
    render(view);
    // At t=0 P1 runs and P2, P3 wait in that order.
    ASSERT_EQ(view.hits().size(), 3u);
    EXPECT_EQ(view.hits()[0].process, 0u);
    EXPECT_EQ(view.hits()[1].process, 1u);
    EXPECT_EQ(view.hits()[2].process, 2u);
    EXPECT_LT(view.hits()[1].rect.left(), view.hits()[2].rect.left());
}

TEST(QueueViewTest, HundredsOfProcessesAreElided) {
    engine::Workload w;
    w.policy.name = "rr";
    for (int i = 0; i < 500; ++i) {
        w.processes.push_back({"P" + std::to_string(i), 0, 0, {3, 4, 2}});
    }
    models::PlaybackController controller;
    controller.setRun(runOf(w));
    QueueView view;
    view.setController(&controller);
    view.resize(900, 420);
    controller.jumpTo(0);
    render(view);
    EXPECT_GT(view.hits().size(), 3u);
    EXPECT_LT(view.hits().size(), 40u);
    for (const auto& hit : view.hits()) {
        EXPECT_LE(hit.rect.right(), view.width());
    }
}

TEST(QueueViewTest, WithoutARunItDrawsAHint) {
    QueueView view;
    view.resize(400, 200);
    EXPECT_FALSE(render(view).isNull());
    EXPECT_TRUE(view.hits().empty());
}

}  // namespace
}  // namespace schedlab::ui
