#include "models/latest_job.hpp"

#include <algorithm>

namespace schedlab::models {

void JobControl::progress(int done, int total) {
    if (m_done.exchange(done) == done) {
        return;
    }
    LatestJobBase* owner = m_owner;
    std::uint64_t id = m_id;
    // The owner outlives every worker (its destructor waits), so the pointer stays good.
    QMetaObject::invokeMethod(
        owner, [owner, id, done, total] { owner->deliverProgress(id, done, total); },
        Qt::QueuedConnection);
}

void LatestJobBase::cancel() {
    if (m_current) {
        m_current->m_cancel = true;
    }
}

std::shared_ptr<JobControl> LatestJobBase::beginJob() {
    cancel();  // superseded: its outcome is dropped in endJob
    auto job = std::make_shared<JobControl>();
    job->m_id = ++m_lastId;
    job->m_owner = this;
    m_current = job;
    return job;
}

void LatestJobBase::track(const std::shared_ptr<JobControl>& job, QFuture<void> future) {
    m_running.push_back({job, std::move(future)});
}

bool LatestJobBase::endJob(const std::shared_ptr<JobControl>& job, bool produced) {
    std::erase_if(m_running, [&job](const Running& r) { return r.job == job; });
    if (m_current != job) {
        return false;
    }
    m_current.reset();
    if (!job->m_failure.isEmpty()) {
        emit failed(job->m_failure);
        return false;
    }
    if (!produced || job->cancelRequested()) {
        emit cancelled();
        return false;
    }
    return true;
}

void LatestJobBase::cancelAndWait() {
    for (auto& running : m_running) {
        running.job->m_cancel = true;
    }
    for (auto& running : m_running) {
        running.future.waitForFinished();
    }
}

QString LatestJobBase::exceptionMessage(const std::exception& e) {
    return tr("The simulation failed: %1").arg(QString::fromUtf8(e.what()));
}

void LatestJobBase::deliverProgress(std::uint64_t id, int done, int total) {
    if (m_current && m_current->m_id == id && !m_current->cancelRequested()) {
        emit progress(done, total);
    }
}

}  // namespace schedlab::models
