// DecisionLogView: follows the controller and keeps the latest decision in view.

#include "ui/decision_log_view.hpp"

#include <gtest/gtest.h>

#include <QScrollBar>
#include <QTest>

#include "engine/simulation.hpp"
#include "models/decision_log_model.hpp"

namespace schedlab::ui {
namespace {

models::RunPtr manyDecisions() {
    engine::Workload w;
    w.policy.name = "rr";
    w.policy.set("quantum", 1);
    for (int i = 0; i < 40; ++i) {
        w.processes.push_back({"P" + std::to_string(i), i, 0, {4}});
    }
    auto result = engine::simulate(w);
    return std::make_shared<const models::Run>(models::Run{std::move(w), std::move(result)});
}

TEST(DecisionLogViewTest, ScrollsToTheLatestDecision) {
    models::PlaybackController controller;
    controller.setRun(manyDecisions());
    DecisionLogView view;
    view.setController(&controller);
    view.resize(500, 200);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    controller.jumpTo(80);
    QCoreApplication::processEvents();
    int last = view.model()->rowCount() - 1;
    ASSERT_GT(last, 20);
    QRect lastRect = view.visualRect(view.model()->index(last, 0));
    EXPECT_TRUE(view.viewport()->rect().intersects(lastRect));
    EXPECT_GT(view.verticalScrollBar()->value(), 0);
    controller.toStart();
    EXPECT_LT(view.model()->rowCount(), 5);
}

}  // namespace
}  // namespace schedlab::ui
