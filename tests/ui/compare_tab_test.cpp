// CompareTab: the policy list follows the workload, comparisons run off the GUI thread and fill
// the model and the chart.

#include "ui/compare_tab.hpp"

#include <gtest/gtest.h>
#include <qcustomplot.h>

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>

#include "chart_test_runs.hpp"
#include "charts/compare_chart.hpp"
#include "compare/batch_comparison.hpp"
#include "engine/policy_registry.hpp"
#include "engine/policy_spec.hpp"
#include "models/compare_model.hpp"
#include "scenario/scenario_io.hpp"
#include "ui/compare_table_export.hpp"

namespace schedlab::ui {
namespace {

engine::Workload rrWorkload() {
    auto w = testing::ioWorkload();
    w.policy.set("quantum", 3);
    return w;
}

TEST(CompareTabTest, ListsEveryPolicyAndChecksTheUsualOnes) {
    CompareTab tab;
    tab.setAutoRun(false);
    tab.setWorkload(rrWorkload());
    EXPECT_EQ(tab.policySpecs().size(), static_cast<qsizetype>(engine::policyEntries().size()));
    EXPECT_TRUE(tab.policySpecs().contains("rr:quantum=3"));  // the workload's own quantum
    EXPECT_EQ(tab.checkedPolicies(), QStringList({"fcfs", "sjf", "rr:quantum=3"}));

    auto mlfq = rrWorkload();
    mlfq.policy.name = "mlfq";
    mlfq.policy.set("boost", 40);
    tab.setWorkload(mlfq);
    EXPECT_TRUE(tab.checkedPolicies().contains("rr:quantum=4"));  // rr at its default now
    EXPECT_EQ(tab.checkedPolicies().size(), 4);
    EXPECT_TRUE(tab.checkedPolicies().last().startsWith("mlfq:"));
    EXPECT_TRUE(tab.checkedPolicies().last().contains("boost=40"));
}

TEST(CompareTabTest, RunFillsTheModelAndTheChart) {
    CompareTab tab;
    QSignalSpy finished(&tab, &CompareTab::finished);
    tab.setWorkload(rrWorkload());  // auto-run
    ASSERT_TRUE(finished.wait(20000));
    const auto* model = tab.model();
    ASSERT_EQ(model->rowCount(), 3);
    EXPECT_EQ(model->index(0, models::CompareModel::Policy).data().toString(), "fcfs");
    for (int column = models::CompareModel::AvgWaiting; column < models::CompareModel::ColumnCount;
         ++column) {
        // Some row is best, unless every policy scored the same.
        bool any = false;
        QSet<QString> values;
        for (int row = 0; row < model->rowCount(); ++row) {
            any = any || model->index(row, column).data(models::CompareModel::IsBestRole).toBool();
            values.insert(model->index(row, column).data().toString());
        }
        EXPECT_EQ(any, values.size() > 1) << "column " << column;
    }
    ASSERT_EQ(tab.chart()->bars().size(), 5);
    EXPECT_EQ(tab.chart()->bars()[0]->data()->size(), 3);

    tab.setPolicyChecked("sjf", false);  // a new selection runs again
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_EQ(tab.model()->rowCount(), 2);
    tab.setPolicyChecked("srtf", true);
    tab.setPolicyChecked("hrrn", true);
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_EQ(tab.model()->rowCount(), 4);
    EXPECT_FALSE(tab.isRunning());
}

TEST(CompareTabTest, RunButtonWithoutAutoRun) {
    CompareTab tab;
    tab.setAutoRun(false);
    tab.setWorkload(testing::textbookRr());
    QSignalSpy finished(&tab, &CompareTab::finished);
    EXPECT_FALSE(tab.isRunning());  // nothing runs or waits to run by itself
    QCoreApplication::processEvents();
    EXPECT_EQ(finished.count(), 0);
    tab.run();
    ASSERT_TRUE(finished.wait(20000));
    // rr:quantum=4 on the textbook workload: average waiting 17/3.
    const auto* model = tab.model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == "rr:quantum=4") {
            EXPECT_NEAR(model->index(row, models::CompareModel::AvgWaiting)
                            .data(models::CompareModel::ValueRole)
                            .toDouble(),
                        17.0 / 3.0, 1e-9);
        }
    }
}

TEST(CompareTabTest, ExportedTablesAreTheCommandsOutput) {
    const std::string file = SCHEDLAB_SOURCE_DIR "/scenarios/textbook-rr.yaml";
    auto loaded = scenario::loadScenarioFile(file);
    ASSERT_TRUE(loaded.workload);
    CompareTab tab;
    QSignalSpy finished(&tab, &CompareTab::finished);
    tab.setWorkload(*loaded.workload, QString::fromStdString(file));
    ASSERT_TRUE(finished.wait(20000));
    // schedlab-cli compare FILE --policies <the checked ones> --format csv|md
    std::vector<engine::PolicyConfig> policies;
    for (const QString& spec : tab.checkedPolicies()) {
        policies.push_back(*engine::parsePolicySpec(spec.toStdString()).policy);
    }
    const std::vector<std::string> files{file};
    const auto rows = compare::compareFiles(files, policies).rows();
    ASSERT_EQ(rows.size(), 3U);
    EXPECT_EQ(compareTableText(tab.compareRows(), TableFormat::Csv), report::writeCompareCsv(rows));
    EXPECT_EQ(compareTableText(tab.compareRows(), TableFormat::Markdown),
              report::writeCompareMarkdown(rows));
    QTemporaryDir dir;
    QString error;
    ASSERT_TRUE(writeCompareTable(tab.compareRows(), dir.filePath("t.md"), &error))
        << error.toStdString();
    QFile written(dir.filePath("t.md"));
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_EQ(written.readAll().toStdString(), report::writeCompareMarkdown(rows));
    EXPECT_FALSE(writeCompareTable(tab.compareRows(), dir.filePath("t.txt"), &error));
    EXPECT_TRUE(error.contains("unknown table type")) << error.toStdString();
    EXPECT_FALSE(writeCompareTable({}, dir.filePath("t.csv"), &error));
}

}  // namespace
}  // namespace schedlab::ui
