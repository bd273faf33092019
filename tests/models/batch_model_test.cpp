// BatchRunner and BatchModel: files compared off the GUI thread with compareFiles' rows, bad files
// reported, Cancel that stops even an endless file; the table checked by QAbstractItemModelTester,
// bests marked per file, sortable through a proxy.

#include "models/batch_model.hpp"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QThread>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>

#include "compare/scenario_folder.hpp"
#include "engine/policy_spec.hpp"
#include "models/batch_runner.hpp"
#include "report/compare_report.hpp"
#include "runner_test_support.hpp"

namespace schedlab::models {
namespace {

constexpr int kMetrics = BatchModel::FirstCompareColumn;  // where CompareModel's columns start

std::vector<engine::PolicyConfig> policies(std::initializer_list<const char*> specs) {
    std::vector<engine::PolicyConfig> out;
    for (const char* spec : specs) {
        out.push_back(*engine::parsePolicySpec(spec).policy);
    }
    return out;
}

/// A folder with three good scenarios (a.yaml, b.yaml, sub/c.json) and one bad one.
class Folder {
public:
    Folder() {
        QDir(m_dir.path()).mkdir("sub");
        write("a.yaml", "name: Alpha\nprocesses:\n  - {name: P1, arrival: 0, bursts: [8]}\n"
                        "  - {name: P2, arrival: 1, bursts: [2]}\n");
        write("b.yaml", "name: Beta\nprocesses:\n  - {name: P1, arrival: 0, bursts: [3, 2, 3]}\n"
                        "  - {name: P2, arrival: 0, bursts: [6]}\n");
        write("sub/c.json", R"({"name": "Gamma", "processes": [{"name": "P1", "arrival": 0,)"
                            R"( "bursts": [4]}]})");
        write("bad.yaml", "name: Bad\nprocesses:\n  - {name: P1, arrival: -1, bursts: [5]}\n");
    }
    QString path() const { return m_dir.path(); }
    std::vector<std::string> files() const {
        std::error_code error;
        return compare::scenarioFilesIn(m_dir.path().toStdString(), error);
    }
    void write(const QString& name, const QByteArray& text) const {
        QFile file(m_dir.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text);
    }

private:
    QTemporaryDir m_dir;
};

compare::BatchResult runBatch(const Folder& folder, std::vector<engine::PolicyConfig> list) {
    BatchRunner runner;
    QSignalSpy finished(&runner, &BatchRunner::finished);
    QSignalSpy progress(&runner, &BatchRunner::progress);
    bool onGuiThread = true;  // #13: progress used to be emitted from the worker
    QObject::connect(
        &runner, &BatchRunner::progress, &runner,
        [&](int, int) { onGuiThread = onGuiThread && QThread::currentThread() == runner.thread(); },
        Qt::DirectConnection);
    runner.start(folder.files(), std::move(list));
    EXPECT_TRUE(runner.isRunning());
    EXPECT_TRUE(finished.wait(60000));
    EXPECT_FALSE(runner.isRunning());
    EXPECT_TRUE(testing::settleWorkers());
    EXPECT_FALSE(progress.isEmpty());
    EXPECT_EQ(progress.last().at(0).toInt(), 4);  // done
    EXPECT_TRUE(onGuiThread);
    return runner.result();
}

TEST(BatchRunnerTest, GoodFilesAreComparedAndTheBadOneReported) {
    Folder folder;
    ASSERT_EQ(folder.files().size(), 4U);
    const auto list = policies({"fcfs", "sjf", "rr:quantum=2"});
    auto result = runBatch(folder, list);
    EXPECT_EQ(result.badFiles, 1U);
    ASSERT_EQ(result.rows().size(), 9U);
    const auto expected = compare::compareFiles(folder.files(), list);
    EXPECT_EQ(report::writeCompareCsv(result.rows()), report::writeCompareCsv(expected.rows()));
    const auto& bad = result.files[2];  // a.yaml, b.yaml, bad.yaml, sub/c.json
    EXPECT_FALSE(bad.loaded);
    ASSERT_EQ(bad.problems.size(), 1U);
    EXPECT_NE(bad.problems[0].find("bad.yaml:3:25: error: arrival"), std::string::npos)
        << bad.problems[0];
}

TEST(BatchRunnerTest, CancelStopsAFileThatWouldNeverEnd) {
    Folder folder;
    folder.write("z-endless.yaml", "name: Endless\npolicy: {name: rr, quantum: 1}\nprocesses:\n"
                                 "  - {name: P1, arrival: 0, bursts: [1000000000000000]}\n"
                                 "  - {name: P2, arrival: 0, bursts: [1000000000000000]}\n");
    BatchRunner runner;
    QSignalSpy cancelled(&runner, &BatchRunner::cancelled);
    QSignalSpy finished(&runner, &BatchRunner::finished);
    QSignalSpy progress(&runner, &BatchRunner::progress);
    runner.start(folder.files(), {});
    // The four other files finish (the endless one sorts last); then it alone is running.
    while (progress.isEmpty() || progress.last().at(0).toInt() < 4) {
        ASSERT_TRUE(progress.wait(60000));
    }
    EXPECT_TRUE(runner.isRunning());
    runner.cancel();
    ASSERT_TRUE(cancelled.wait(60000));
    EXPECT_TRUE(testing::settleWorkers());
    EXPECT_TRUE(finished.isEmpty());
    EXPECT_FALSE(runner.isRunning());
    EXPECT_TRUE(runner.result().files.empty());  // nothing finished before
}

TEST(BatchModelTest, RowsPerFileAndPolicyWithTheBestOfEachFileMarked) {
    Folder folder;
    const auto result = runBatch(folder, policies({"fcfs", "sjf", "rr:quantum=2"}));
    BatchModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setResult(result, folder.path());
    ASSERT_EQ(model.rowCount(), 9);
    EXPECT_EQ(model.files().size(), 3);
    EXPECT_EQ(model.index(0, BatchModel::File).data().toString(), "a.yaml");
    EXPECT_EQ(model.index(6, BatchModel::File).data().toString(), "sub/c.json");
    EXPECT_EQ(model.index(3, BatchModel::Scenario).data().toString(), "Beta");
    EXPECT_EQ(model.index(4, kMetrics + CompareModel::Policy)
                  .data()
                  .toString(),
              "sjf");
    EXPECT_EQ(model.headerData(kMetrics + CompareModel::AvgWaiting,
                               Qt::Horizontal),
              CompareModel().headerData(CompareModel::AvgWaiting, Qt::Horizontal));
    EXPECT_EQ(model.rows().size(), 9U);
    EXPECT_EQ(model.index(7, 0).data(BatchModel::FileIndexRole).toInt(), 2);

    // Alpha: P1 8 at 0, P2 2 at 1. sjf and fcfs both run P1 first (non-preemptive), so rr's
    // waiting 1 ((0 + 1) / 2 with quantum 2: P2 runs 2..4) is the best; Gamma's single process
    // scores the same everywhere, so nothing is marked there.
    const int waiting = kMetrics + CompareModel::AvgWaiting;
    EXPECT_FALSE(model.index(0, waiting).data(BatchModel::IsBestRole).toBool());
    EXPECT_TRUE(model.index(2, waiting).data(BatchModel::IsBestRole).toBool());
    for (int row = 6; row < 9; ++row) {
        EXPECT_FALSE(model.index(row, waiting).data(BatchModel::IsBestRole).toBool());
    }
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(BatchModelTest, SortsByTheNumbersThroughAProxy) {
    Folder folder;
    BatchModel model;
    model.setResult(runBatch(folder, policies({"fcfs", "rr:quantum=2"})), folder.path());
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    proxy.setSortRole(BatchModel::ValueRole);
    const int makespan = kMetrics + CompareModel::Makespan;
    proxy.sort(makespan, Qt::DescendingOrder);
    double previous = 1e300;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const double value = proxy.index(row, makespan).data(BatchModel::ValueRole).toDouble();
        EXPECT_LE(value, previous);
        previous = value;
    }
    EXPECT_EQ(proxy.index(0, BatchModel::Scenario).data().toString(), "Beta");  // makespan 11
}

}  // namespace
}  // namespace schedlab::models
