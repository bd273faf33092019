#pragma once
// Runs a workload as real processes (src/real) on a worker thread for the Real run tab: progress,
// Cancel, and the finished run with its comparison. One run at a time: real runs share a CPU.

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <atomic>
#include <memory>

#include "engine/workload.hpp"
#include "real/comparison.hpp"
#include "real/runner.hpp"

namespace schedlab::models {

/// A finished real run and its comparison with the simulation, shared and immutable.
struct RealResult {
    real::RealRun run;
    real::RealComparison comparison;
};
using RealResultPtr = std::shared_ptr<const RealResult>;

class RealRunner : public QObject {
    Q_OBJECT
public:
    explicit RealRunner(QObject* parent = nullptr);
    /// Cancels a run in progress and waits for its children to be gone.
    ~RealRunner() override;

    bool isRunning() const { return m_job != nullptr; }
    const RealResultPtr& result() const { return m_result; }

    /// Starts a real run; false (and nothing happens) while one is running.
    bool start(engine::Workload workload, real::RealMode mode, int tickMs);
    void cancel();

signals:
    void started();
    /// The share of the expected duration done, 0..1.
    void progress(double share);
    void finished();
    /// Why the run did not finish: refused, cancelled, no permission, ...
    void failed(const QString& message);

private:
    struct Job;
    void onDone(QFutureWatcher<real::RealOutcome>* watcher);

    std::shared_ptr<Job> m_job;
    RealResultPtr m_result;
};

}  // namespace schedlab::models
