#include "models/compare_runner.hpp"

#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <atomic>
#include <exception>
#include <utility>

#include "compare/workload_comparison.hpp"
#include "engine/simulation.hpp"

namespace schedlab::models {

struct CompareRunner::Job {
    engine::Workload workload;
    std::vector<engine::PolicyConfig> policies;
    std::atomic<bool> cancel{false};
    QFuture<Outcome> future;
};

CompareRunner::CompareRunner(QObject* parent) : QObject(parent) {}

CompareRunner::~CompareRunner() {
    for (const auto& job : m_jobs) {
        job->cancel = true;
    }
    for (const auto& job : m_jobs) {
        job->future.waitForFinished();
    }
}

void CompareRunner::start(engine::Workload workload, std::vector<engine::PolicyConfig> policies) {
    cancel();  // superseded: its outcome is dropped in onJobDone
    auto job = std::make_shared<Job>();
    job->workload = std::move(workload);
    job->policies = std::move(policies);
    m_current = job;
    m_jobs.push_back(job);
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this,
            [this, job, watcher] { onJobDone(job, watcher); });
    job->future = QtConcurrent::run([job] { return execute(job); });
    watcher->setFuture(job->future);
    emit started();
}

void CompareRunner::cancel() {
    if (m_current) {
        m_current->cancel = true;
    }
}

// On the worker thread: touches only the job.
CompareRunner::Outcome CompareRunner::execute(const std::shared_ptr<Job>& job) {
    Outcome outcome;
    const auto problems = engine::validateWorkload(job->workload);
    if (!problems.empty()) {
        outcome.error = tr("The workload cannot be simulated: %1")
                            .arg(QString::fromStdString(problems.front()));
        return outcome;
    }
    try {
        // The job's workload is read by this worker only, so it can be moved in.
        auto rows = compare::compareWorkload(std::move(job->workload), job->policies,
                                             [&job](double) { return !job->cancel.load(); });
        outcome.cancelled = !rows || job->cancel;
        for (auto& row : rows.value_or(std::vector<report::CompareRow>{})) {
            outcome.entries.push_back({std::move(row.policy), std::move(row.summary)});
        }
    } catch (const std::exception& e) {  // in practice std::bad_alloc on a huge workload
        outcome.error = tr("The simulation failed: %1").arg(QString::fromUtf8(e.what()));
    }
    return outcome;
}

void CompareRunner::onJobDone(const std::shared_ptr<Job>& job, QFutureWatcher<Outcome>* watcher) {
    Outcome outcome = watcher->result();
    watcher->deleteLater();
    m_jobs.erase(std::remove(m_jobs.begin(), m_jobs.end(), job), m_jobs.end());
    if (m_current != job) {
        return;  // superseded by a newer start()
    }
    m_current.reset();
    if (!outcome.error.isEmpty()) {
        emit failed(outcome.error);
    } else if (!outcome.cancelled && !job->cancel) {
        m_results = std::move(outcome.entries);
        emit finished();
    }
}

}  // namespace schedlab::models
