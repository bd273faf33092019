#include "models/real_runner.hpp"

#include <QtConcurrent/QtConcurrentRun>

namespace schedlab::models {

struct RealRunner::Job {
    engine::Workload workload;
    real::RealOptions options;
    std::atomic<bool> cancel{false};
    QFuture<real::RealOutcome> future;
};

RealRunner::RealRunner(QObject* parent) : QObject(parent) {}

RealRunner::~RealRunner() {
    if (m_job) {
        m_job->cancel = true;
        m_job->future.waitForFinished();
    }
}

bool RealRunner::start(engine::Workload workload, real::RealMode mode, int tickMs) {
    if (m_job) {
        return false;
    }
    auto job = std::make_shared<Job>();
    job->workload = std::move(workload);
    job->options.mode = mode;
    job->options.tickMs = tickMs;
    // Called on the worker: the signal crosses to the GUI thread queued.
    job->options.progress = [this, raw = job.get()](double share) {
        QMetaObject::invokeMethod(
            this, [this, share] { emit progress(share); }, Qt::QueuedConnection);
        return !raw->cancel.load();
    };
    m_job = job;
    auto* watcher = new QFutureWatcher<real::RealOutcome>(this);
    connect(watcher, &QFutureWatcher<real::RealOutcome>::finished, this,
            [this, watcher] { onDone(watcher); });
    job->future = QtConcurrent::run([job] { return real::runReal(job->workload, job->options); });
    watcher->setFuture(job->future);
    emit started();
    return true;
}

void RealRunner::cancel() {
    if (m_job) {
        m_job->cancel = true;
    }
}

void RealRunner::onDone(QFutureWatcher<real::RealOutcome>* watcher) {
    real::RealOutcome outcome = watcher->result();
    watcher->deleteLater();
    m_job.reset();
    if (!outcome.run) {
        emit failed(outcome.error.kind == real::RealErrorKind::Cancelled
                        ? tr("Cancelled: every child process was stopped.")
                        : tr("The real run did not finish: %1")
                              .arg(QString::fromStdString(outcome.error.message)));
        return;
    }
    auto result = std::make_shared<RealResult>();
    result->comparison = real::compareRun(*outcome.run);
    result->run = std::move(*outcome.run);
    m_result = std::move(result);
    emit finished();
}

}  // namespace schedlab::models
