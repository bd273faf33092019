#include "models/batch_runner.hpp"

#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <atomic>
#include <utility>

namespace schedlab::models {

struct BatchRunner::Job {
    std::vector<std::string> files;
    std::vector<engine::PolicyConfig> policies;
    std::atomic<bool> cancel{false};
    QFuture<compare::BatchResult> future;
};

BatchRunner::BatchRunner(QObject* parent) : QObject(parent) {}

BatchRunner::~BatchRunner() {
    for (const auto& job : m_jobs) {
        job->cancel = true;
    }
    for (const auto& job : m_jobs) {
        job->future.waitForFinished();
    }
}

void BatchRunner::start(std::vector<std::string> files,
                        std::vector<engine::PolicyConfig> policies) {
    cancel();  // superseded: its result is dropped in onJobDone
    auto job = std::make_shared<Job>();
    job->files = std::move(files);
    job->policies = std::move(policies);
    m_current = job;
    m_jobs.push_back(job);
    auto* watcher = new QFutureWatcher<compare::BatchResult>(this);
    connect(watcher, &QFutureWatcher<compare::BatchResult>::finished, this,
            [this, job, watcher] { onJobDone(job, watcher); });
    job->future = QtConcurrent::run([this, job] { return execute(this, job); });
    watcher->setFuture(job->future);
    emit started(int(job->files.size()));
}

void BatchRunner::cancel() {
    if (m_current) {
        m_current->cancel = true;
    }
}

// On a worker thread: touches only the job, and emits progress (queued to the GUI thread, as
// this object lives there; the destructor waits for the worker, so `self` outlives it).
compare::BatchResult BatchRunner::execute(BatchRunner* self, const std::shared_ptr<Job>& job) {
    compare::BatchOptions options;
    options.cancel = &job->cancel;
    options.progress = [self, job](std::size_t done, std::size_t total) {
        if (!job->cancel) {
            emit self->progress(int(done), int(total));
        }
    };
    return compare::compareFiles(job->files, job->policies, options);
}

void BatchRunner::onJobDone(const std::shared_ptr<Job>& job,
                            QFutureWatcher<compare::BatchResult>* watcher) {
    compare::BatchResult result = watcher->result();
    watcher->deleteLater();
    m_jobs.erase(std::remove(m_jobs.begin(), m_jobs.end(), job), m_jobs.end());
    if (m_current != job) {
        return;  // superseded by a newer start(): its result is of no use
    }
    m_current.reset();
    if (job->cancel) {
        emit cancelled();
        return;
    }
    m_result = std::move(result);
    emit finished();
}

}  // namespace schedlab::models
