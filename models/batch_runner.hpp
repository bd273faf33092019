#pragma once
// Compares many scenario files under several policies off the GUI thread, for the app's batch
// window, with the function `schedlab-cli compare` uses (compare::compareFiles): files on every
// core, rows in input order, bad files reported with their messages. Progress comes back as
// signals; cancel() stops the workers after the files in progress and drops the result. A newer
// start() supersedes the one in progress the same way.

#include <QFutureWatcher>
#include <QObject>
#include <memory>
#include <string>
#include <vector>

#include "compare/batch_comparison.hpp"

namespace schedlab::models {

class BatchRunner : public QObject {
    Q_OBJECT
public:
    explicit BatchRunner(QObject* parent = nullptr);
    /// Cancels what is running and waits for the workers to stop.
    ~BatchRunner() override;

    bool isRunning() const { return m_current != nullptr; }
    /// The last finished comparison.
    const compare::BatchResult& result() const { return m_result; }

    /// Compares `files` under `policies` (each file's own policy when empty); then finished(),
    /// unless a newer start() or cancel() came first (then cancelled()).
    void start(std::vector<std::string> files, std::vector<engine::PolicyConfig> policies);
    void cancel();

signals:
    void started(int total);
    /// `done` of `total` files compared; emitted from the worker, delivered on the GUI thread.
    void progress(int done, int total);
    void finished();
    void cancelled();

private:
    struct Job;

    static compare::BatchResult execute(BatchRunner* self, const std::shared_ptr<Job>& job);
    void onJobDone(const std::shared_ptr<Job>& job,
                   QFutureWatcher<compare::BatchResult>* watcher);

    std::shared_ptr<Job> m_current;
    std::vector<std::shared_ptr<Job>> m_jobs;  // every job whose worker has not returned
    compare::BatchResult m_result;
};

}  // namespace schedlab::models
