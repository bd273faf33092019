// StateDiagram: draws every example scenario at every instant, shows the counts per state of
// the current instant and highlights the transitions taken right now. Pictures for looking at:
// scripts/gallery.

#include "charts/state_diagram.hpp"

#include <gtest/gtest.h>

#include <QImage>
#include <filesystem>
#include <numeric>

#include "engine/simulation.hpp"
#include "language_scope.hpp"
#include "scenario/scenario_io.hpp"

namespace schedlab::ui {
namespace {

models::RunPtr scenarioRun(const std::string& path) {
    auto loaded = scenario::loadScenarioFile(path);
    EXPECT_TRUE(loaded.workload) << path;
    if (!loaded.workload) {
        return nullptr;
    }
    auto result = engine::simulate(*loaded.workload);
    return std::make_shared<const models::Run>(
        models::Run{std::move(*loaded.workload), std::move(result)});
}

QImage render(QWidget& widget) {
    QImage image(widget.size(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    widget.render(&image);
    return image;
}

TEST(StateDiagramTest, CountsAndTransitionsMatchEveryInstant) {
    int scenarios = 0;
    for (const auto& entry :
         std::filesystem::directory_iterator(SCHEDLAB_SOURCE_DIR "/scenarios")) {
        if (!entry.is_regular_file()) {
            continue;   // scenarios/lessons/: programs, checked in scenario_tests
        }
        ++scenarios;
        models::PlaybackController controller;
        auto run = scenarioRun(entry.path().string());
        controller.setRun(run);
        StateDiagram diagram;
        diagram.setController(&controller);
        diagram.resize(720, 420);
        for (engine::Tick t : controller.instants()) {
            controller.jumpTo(t);
            ASSERT_FALSE(render(diagram).isNull());
            const auto& state = controller.state();
            EXPECT_EQ(diagram.shownCounts(), state.counts);
            const auto& counts = diagram.shownCounts();
            EXPECT_EQ(std::accumulate(counts.begin(), counts.end(), 0),
                      static_cast<int>(run->workload.processes.size()));
            int shown = 0;
            for (std::size_t i = 0; i < StateDiagram::transitions().size(); ++i) {
                const auto& tr = StateDiagram::transitions()[i];
                EXPECT_EQ(diagram.shownTransitions()[i], state.transitions(tr.from, tr.to));
                shown += diagram.shownTransitions()[i];
            }
            EXPECT_EQ(shown, static_cast<int>(state.changes.size())) << "t=" << t;
        }
    }
    EXPECT_GE(scenarios, 10);  // scenarios/ was found
}

TEST(StateDiagramTest, DrawsAtSmallSizesAndWithoutARun) {
    StateDiagram diagram;
    diagram.resize(200, 120);
    EXPECT_FALSE(render(diagram).isNull());
    models::PlaybackController controller;
    controller.setRun(scenarioRun(SCHEDLAB_SOURCE_DIR "/scenarios/textbook-rr.yaml"));
    diagram.setController(&controller);
    EXPECT_FALSE(render(diagram).isNull());
    EXPECT_EQ(diagram.shownCounts()[static_cast<std::size_t>(engine::ProcessState::Ready)], 2);
}

// #12: "admit ×1" covered the New box's list of processes and "timeout / preempt ×1" the Blocked
// box's name. At the sizes the dock has on classroom screens, in both languages, at every
// instant of a run with I/O: no label covers a box or another label, and each is inside.
TEST(StateDiagramTest, Issue12LabelsCoverNoBoxAndNoOtherLabel) {
    models::PlaybackController controller;
    controller.setRun(scenarioRun(SCHEDLAB_SOURCE_DIR "/scenarios/classroom-io.yaml"));
    for (const QString language : {"en", "zh_CN"}) {
        testing::LanguageScope scope(language);
        ASSERT_TRUE(scope.ok());
        for (QSize size : {QSize(300, 220), QSize(400, 240), QSize(480, 320), QSize(640, 260),
                           QSize(720, 420), QSize(900, 330)}) {
            StateDiagram diagram;
            diagram.setController(&controller);
            diagram.resize(size);
            for (engine::Tick t : controller.instants()) {
                controller.jumpTo(t);
                render(diagram);
                const auto& labels = diagram.shownLabelRects();
                ASSERT_EQ(labels.size(), 6);
                for (qsizetype i = 0; i < labels.size(); ++i) {
                    SCOPED_TRACE(language.toStdString() + " " + std::to_string(size.width()) + "x" +
                                 std::to_string(size.height()) + " t=" + std::to_string(t) +
                                 " label " + std::to_string(i));
                    EXPECT_TRUE(QRectF(diagram.rect()).contains(labels[i]));
                    for (const QRectF& box : diagram.shownBoxRects()) {
                        EXPECT_FALSE(labels[i].intersects(box));
                    }
                    for (qsizetype j = i + 1; j < labels.size(); ++j) {
                        EXPECT_FALSE(labels[i].intersects(labels[j])) << j;
                    }
                }
            }
        }
    }
}

}  // namespace
}  // namespace schedlab::ui
