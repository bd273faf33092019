#pragma once
// Runs simulations off the GUI thread. A newer start() supersedes the run in progress: the old
// one is cancelled and whatever it produces is dropped, so a result is never stale.

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include "engine/workload.hpp"
#include "models/run.hpp"

namespace schedlab::models {

class SimulationRunner : public QObject {
    Q_OBJECT
public:
    explicit SimulationRunner(QObject* parent = nullptr);
    /// Cancels what is running and waits for the worker to stop (it stops within one progress
    /// callback, a few thousand engine steps).
    ~SimulationRunner() override;

    bool isRunning() const { return m_current != nullptr; }

public slots:
    /// Simulates `workload` on a worker thread; emits progress() now and then, then exactly one
    /// of finished(), cancelled() (after cancel()) or failed(), unless a newer start() or
    /// cancel() came first.
    void start(schedlab::engine::Workload workload);
    /// Stops the run in progress; cancelled() follows once the worker has stopped.
    void cancel();

signals:
    void started();
    void progress(int percent);
    void finished(schedlab::models::RunPtr run);
    void cancelled();
    void failed(const QString& message);

private:
    struct Job;
    struct Outcome {
        RunPtr run;  // set on success
        bool cancelled = false;
        QString error;  // set on failure
    };

    static Outcome execute(const std::shared_ptr<Job>& job);
    static std::function<bool(engine::Tick, double)> progressCallback(Job* job);
    void onJobDone(const std::shared_ptr<Job>& job, QFutureWatcher<Outcome>* watcher);
    void reportProgress(std::uint64_t jobId, int percent);

    std::shared_ptr<Job> m_current;
    std::uint64_t m_lastId = 0;
    std::vector<std::shared_ptr<Job>> m_jobs;  // every job whose worker has not returned
};

}  // namespace schedlab::models
