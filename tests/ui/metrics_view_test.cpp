// MetricsView: sorting by any column, either way, keeps the average row last.

#include "ui/metrics_view.hpp"

#include <gtest/gtest.h>

#include <QHeaderView>
#include <QSortFilterProxyModel>

#include "engine/policy_spec.hpp"
#include "engine/simulation.hpp"
#include "models/metrics_model.hpp"

namespace schedlab::ui {
namespace {

models::RunPtr sample() {
    engine::Workload w;
    w.policy = engine::parsePolicySpec("rr:quantum=4").policy.value();
    w.processes = {{"P1", 0, 0, {24}}, {"P10", 1, 0, {3}}, {"P2", 2, 0, {3, 2, 1}}};
    auto result = engine::simulate(w);
    return std::make_shared<const models::Run>(models::Run{std::move(w), std::move(result)});
}

QString cell(const QAbstractItemModel* model, int row, int column) {
    return model->index(row, column).data().toString();
}

TEST(MetricsViewTest, SortingKeepsTheAverageLast) {
    models::PlaybackController controller;
    controller.setRun(sample());
    controller.jumpTo(12);
    MetricsView view;
    view.setController(&controller);
    const QAbstractItemModel* proxy = view.model();
    ASSERT_EQ(proxy->rowCount(), 4);
    EXPECT_EQ(cell(proxy, 0, models::MetricsModel::Name), "P1");  // the file's order at first
    for (int column = 0; column < models::MetricsModel::ColumnCount; ++column) {
        for (auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            view.sortByColumn(column, order);
            EXPECT_EQ(cell(proxy, 3, models::MetricsModel::Name), "Average")
                << "column " << column << " order " << order;
        }
    }
    view.sortByColumn(models::MetricsModel::Name, Qt::AscendingOrder);
    EXPECT_EQ(cell(proxy, 1, models::MetricsModel::Name), "P2");  // natural order
    EXPECT_EQ(cell(proxy, 2, models::MetricsModel::Name), "P10");
}

TEST(MetricsViewTest, StaysSortedAsTimeMoves) {
    models::PlaybackController controller;
    controller.setRun(sample());
    MetricsView view;
    view.setController(&controller);
    view.sortByColumn(models::MetricsModel::Waiting, Qt::DescendingOrder);
    const QAbstractItemModel* proxy = view.model();
    for (engine::Tick t = 0; t <= controller.endTime(); ++t) {
        controller.jumpTo(t);
        for (int row = 0; row + 2 < proxy->rowCount(); ++row) {
            auto value = [&](int r) {
                return proxy->index(r, models::MetricsModel::Waiting)
                    .data(models::MetricsModel::SortRole)
                    .toLongLong();
            };
            EXPECT_GE(value(row), value(row + 1)) << "t=" << t << " row " << row;
        }
        EXPECT_EQ(cell(proxy, 3, models::MetricsModel::Name), "Average");
    }
}

TEST(MetricsViewTest, FollowsTheController) {
    models::PlaybackController controller;
    MetricsView view;
    view.setController(&controller);
    EXPECT_EQ(view.model()->rowCount(), 0);
    controller.setRun(sample());
    EXPECT_EQ(view.model()->rowCount(), 4);
    controller.toEnd();
    EXPECT_EQ(view.metricsModel()->time(), controller.endTime());
    EXPECT_NE(cell(view.metricsModel(), 0, models::MetricsModel::Completion), "\u2013");
}

}  // namespace
}  // namespace schedlab::ui
