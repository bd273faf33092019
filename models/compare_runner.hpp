#pragma once
// Simulates one workload under several policies off the GUI thread, for the comparison, with
// the same function as `schedlab-cli compare` (compare::compareWorkload): only summaries are
// kept (no events, decisions or slices). A newer start() supersedes the one in
// progress: the old one is cancelled and its results dropped.

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <memory>
#include <vector>

#include "engine/workload.hpp"
#include "models/compare_model.hpp"

namespace schedlab::models {

class CompareRunner : public QObject {
    Q_OBJECT
public:
    explicit CompareRunner(QObject* parent = nullptr);
    /// Cancels what is running and waits for the worker to stop.
    ~CompareRunner() override;

    bool isRunning() const { return m_current != nullptr; }
    /// The entries of the last finished comparison, in the order of the policies given.
    const std::vector<CompareEntry>& results() const { return m_results; }

    /// Simulates `workload` once per policy on a worker thread; then finished() or failed(),
    /// unless a newer start() or cancel() came first.
    void start(engine::Workload workload, std::vector<engine::PolicyConfig> policies);
    void cancel();

signals:
    void started();
    void finished();
    void failed(const QString& message);

private:
    struct Job;
    struct Outcome {
        std::vector<CompareEntry> entries;
        bool cancelled = false;
        QString error;
    };

    static Outcome execute(const std::shared_ptr<Job>& job);
    void onJobDone(const std::shared_ptr<Job>& job, QFutureWatcher<Outcome>* watcher);

    std::shared_ptr<Job> m_current;
    std::vector<std::shared_ptr<Job>> m_jobs;  // every job whose worker has not returned
    std::vector<CompareEntry> m_results;
};

}  // namespace schedlab::models
