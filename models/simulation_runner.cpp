#include "models/simulation_runner.hpp"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <exception>

#include "engine/simulation.hpp"

namespace schedlab::models {

struct SimulationRunner::Job {
    engine::Workload workload;
    std::atomic<bool> cancel{false};
    std::atomic<int> percent{-1};  // last percentage reported, to post only changes
    std::uint64_t id = 0;
    SimulationRunner* owner = nullptr;
    QFuture<Outcome> future;
};

SimulationRunner::SimulationRunner(QObject* parent) : QObject(parent) {}

SimulationRunner::~SimulationRunner() {
    for (const auto& job : m_jobs) {
        job->cancel = true;
    }
    for (const auto& job : m_jobs) {
        job->future.waitForFinished();
    }
}

void SimulationRunner::start(engine::Workload workload) {
    if (m_current) {
        m_current->cancel = true;  // superseded: its outcome is dropped in onJobDone
    }
    auto job = std::make_shared<Job>();
    job->workload = std::move(workload);
    job->owner = this;
    job->id = ++m_lastId;
    m_current = job;
    m_jobs.push_back(job);
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this,
            [this, job, watcher] { onJobDone(job, watcher); });
    job->future = QtConcurrent::run([job] { return execute(job); });
    watcher->setFuture(job->future);
    emit started();
}

void SimulationRunner::cancel() {
    if (m_current) {
        m_current->cancel = true;
    }
}

// Posts the share of processes finished to the runner when the percentage changes; returning
// false cancels the run. Called on the worker thread.
std::function<bool(engine::Tick, double)> SimulationRunner::progressCallback(Job* job) {
    return [job](engine::Tick, double share) {
        int percent = static_cast<int>(share * 100.0);
        if (job->percent.exchange(percent) != percent) {
            SimulationRunner* owner = job->owner;
            std::uint64_t id = job->id;
            QMetaObject::invokeMethod(
                owner, [owner, id, percent] { owner->reportProgress(id, percent); },
                Qt::QueuedConnection);
        }
        return !job->cancel.load();
    };
}

// On the worker thread: everything here touches only the job.
SimulationRunner::Outcome SimulationRunner::execute(const std::shared_ptr<Job>& job) {
    Outcome outcome;
    auto problems = engine::validateWorkload(job->workload);
    if (!problems.empty()) {
        outcome.error = tr("The workload cannot be simulated: %1")
                            .arg(QString::fromStdString(problems.front()));
        return outcome;
    }
    engine::SimulationOptions options;
    options.progress = progressCallback(job.get());
    try {
        engine::SimulationResult result;
        {
            std::shared_ptr<const engine::Workload> workload(job, &job->workload);  // no copy
            engine::Simulation sim{std::move(workload), std::move(options)};
            outcome.cancelled = !sim.run();
            result = sim.takeResult();
        }
        if (!outcome.cancelled) {  // the simulation is gone: the workload can move
            outcome.run =
                std::make_shared<const Run>(Run{std::move(job->workload), std::move(result)});
        }
    } catch (const std::exception& e) {  // in practice std::bad_alloc on a huge workload
        outcome.error = tr("The simulation failed: %1").arg(QString::fromUtf8(e.what()));
    }
    return outcome;
}

void SimulationRunner::reportProgress(std::uint64_t jobId, int percent) {
    if (m_current && m_current->id == jobId && !m_current->cancel) {
        emit progress(percent);
    }
}

void SimulationRunner::onJobDone(const std::shared_ptr<Job>& job,
                                 QFutureWatcher<Outcome>* watcher) {
    Outcome outcome = watcher->result();
    watcher->deleteLater();
    m_jobs.erase(std::remove(m_jobs.begin(), m_jobs.end(), job), m_jobs.end());
    if (m_current != job) {
        return;  // superseded by a newer start()
    }
    m_current.reset();
    if (!outcome.error.isEmpty()) {
        emit failed(outcome.error);
    } else if (outcome.cancelled || job->cancel) {
        emit cancelled();
    } else {
        emit finished(outcome.run);
    }
}

}  // namespace schedlab::models
