// MetricsView: sorting by any column, either way, keeps the average row last.

#include "ui/metrics_view.hpp"

#include <gtest/gtest.h>

#include <QHeaderView>
#include <QSignalSpy>
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
            EXPECT_TRUE(proxy->index(3, 0).data(models::MetricsModel::IsAverageRole).toBool())
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
        EXPECT_TRUE(proxy->index(3, 0).data(models::MetricsModel::IsAverageRole).toBool());
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

// Ten processes with I/O under round robin: at every instant some times are known, some not.
models::RunPtr tenProcesses() {
    engine::Workload w;
    w.policy = engine::parsePolicySpec("rr:quantum=3").policy.value();
    for (int i = 0; i < 10; ++i) {
        engine::Tick cpu = 2 + (i * 7) % 9;
        std::vector<engine::Tick> bursts = i % 3 == 0 ? std::vector<engine::Tick>{cpu, 1 + i % 4, 2}
                                                      : std::vector<engine::Tick>{cpu};
        w.processes.push_back({"P" + std::to_string(i + 1), (i * 5) % 13, 0, bursts});
    }
    auto result = engine::simulate(w);
    return std::make_shared<const models::Run>(models::Run{std::move(w), std::move(result)});
}

// #12: the pinned Average row is the mean of the rows shown, at every instant of the playback,
// and the status bar's line agrees with it.
TEST(MetricsViewTest, Issue12TheAverageRowIsTheMeanOfTheRowsShownAtEveryInstant) {
    models::PlaybackController controller;
    controller.setRun(tenProcesses());
    MetricsView view;
    view.resize(900, 200);  // fewer rows than processes in sight: the average is pinned
    QString status;
    QObject::connect(&view, &MetricsView::summaryChanged, [&](const QString& s) { status = s; });
    view.setController(&controller);
    const QAbstractItemModel* body = view.model();
    const QAbstractItemModel* footer = view.footer()->model();
    const int average = body->rowCount() - 1;
    ASSERT_EQ(average, 10);
    EXPECT_TRUE(view.isRowHidden(average));  // shown in the footer instead
    for (engine::Tick t = controller.startTime(); t <= controller.endTime(); ++t) {
        controller.jumpTo(t);
        for (int column : {models::MetricsModel::Response, models::MetricsModel::Turnaround,
                           models::MetricsModel::Waiting}) {
            double sum = 0;
            int known = 0;
            for (int row = 0; row < average; ++row) {
                bool ok = false;
                double value = cell(body, row, column).toDouble(&ok);
                sum += ok ? value : 0;
                known += ok ? 1 : 0;
            }
            const QString shown = cell(footer, average, column);
            const QString expected =
                known == 0 ? QStringLiteral("\u2013") : QLocale().toString(sum / known, 'f', 2);
            EXPECT_EQ(shown, expected) << "t=" << t << " column " << column;
        }
        const QString waiting = cell(footer, average, models::MetricsModel::Waiting);
        EXPECT_TRUE(status.contains(waiting)) << "t=" << t << ": " << status.toStdString();
        EXPECT_EQ(t == controller.endTime(), status.contains("makespan")) << "t=" << t;
    }
    EXPECT_EQ(cell(footer, average, models::MetricsModel::Name), "Average");
    controller.jumpTo(controller.endTime() / 2);
    EXPECT_EQ(cell(footer, average, models::MetricsModel::Name), "Average so far");
}

// #12: the footer stays at the bottom of the view whichever way the table is scrolled.
TEST(MetricsViewTest, Issue12TheAverageRowStaysInSight) {
    models::PlaybackController controller;
    controller.setRun(tenProcesses());
    controller.toEnd();
    MetricsView view;
    view.resize(900, 160);
    view.setController(&controller);
    view.show();
    view.scrollToBottom();
    ASSERT_TRUE(view.footer()->isVisible());
    EXPECT_GE(view.footer()->geometry().top(), view.viewport()->geometry().bottom());
    EXPECT_LE(view.footer()->geometry().bottom(), view.height());
    const QModelIndex shown = view.footer()->indexAt(QPoint(4, 4));
    EXPECT_TRUE(shown.data(models::MetricsModel::IsAverageRole).toBool());
    view.scrollToTop();
    EXPECT_TRUE(
        view.footer()->indexAt(QPoint(4, 4)).data(models::MetricsModel::IsAverageRole).toBool());
}

}  // namespace
}  // namespace schedlab::ui
