#pragma once
// "The newest job wins": runs work off the GUI thread (QtConcurrent::run, watched by a
// QFutureWatcher). A newer job supersedes the one in progress: the old one is told to stop and
// whatever it produces is dropped, so a result is never stale. Every runner in models/ is its
// work on top of this and nothing else.
//
// Signals, all on the GUI thread: started(); progress() now and then; then exactly one of
// finished() (result() holds the outcome), cancelled() (after cancel(), or when the work stopped
// early) or failed(), unless a newer job came first (then nothing more for the old one).

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <cstdint>
#include <exception>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace schedlab::models {

class LatestJobBase;

/// What the work sees of its job, on the worker thread.
class JobControl {
public:
    /// True once cancel() or a newer job asked this one to stop.
    bool cancelRequested() const { return m_cancel.load(); }
    /// The same flag, for functions that poll one themselves.
    const std::atomic<bool>* cancelFlag() const { return &m_cancel; }
    /// Reports `done` of `total`, from any thread. Delivered as progress() on the GUI thread when
    /// `done` changed, unless by then the job was cancelled or superseded.
    void progress(int done, int total);
    /// Ends the job as failed with `message` (the work then returns nothing).
    void fail(QString message) { m_failure = std::move(message); }

private:
    friend class LatestJobBase;
    std::atomic<bool> m_cancel{false};
    std::atomic<int> m_done{-1};
    std::uint64_t m_id = 0;
    LatestJobBase* m_owner = nullptr;
    QString m_failure;  // written by the worker before it returns, read after
};

/// The part of LatestJob that does not depend on the outcome's type: signals and bookkeeping.
class LatestJobBase : public QObject {
    Q_OBJECT
public:
    bool isRunning() const { return m_current != nullptr; }
    /// Asks the job in progress to stop; cancelled() follows once its worker has returned.
    void cancel();

signals:
    void started();
    /// `done` of `total` (files, percent, ...: each runner says what it counts).
    void progress(int done, int total);
    void finished();
    void cancelled();
    void failed(const QString& message);

protected:
    explicit LatestJobBase(QObject* parent) : QObject(parent) {}
    /// Supersedes the job in progress and makes a new one current.
    std::shared_ptr<JobControl> beginJob();
    void track(const std::shared_ptr<JobControl>& job, QFuture<void> future);
    /// On the GUI thread when `job`'s worker has returned: emits failed() or cancelled() and
    /// returns false, or returns true when the outcome is to be kept and finished() emitted.
    /// False without a signal when the job was superseded.
    bool endJob(const std::shared_ptr<JobControl>& job, bool produced);
    /// Stops every job and waits for its worker: the destructor's work.
    void cancelAndWait();
    static QString exceptionMessage(const std::exception& e);

private:
    friend class JobControl;
    void deliverProgress(std::uint64_t id, int done, int total);

    struct Running {
        std::shared_ptr<JobControl> job;
        QFuture<void> future;
    };
    std::shared_ptr<JobControl> m_current;
    std::vector<Running> m_running;  // every job whose worker has not returned
    std::uint64_t m_lastId = 0;
};

/// A LatestJob whose work produces an `Outcome`: runners derive from it and call run().
template <class Outcome>
class LatestJob : public LatestJobBase {
public:
    /// Runs on a worker thread and touches only what it captured and its JobControl. Returns
    /// nothing when it stopped early (cancelled) or called fail().
    using Work = std::function<std::optional<Outcome>(JobControl&)>;

    explicit LatestJob(QObject* parent = nullptr) : LatestJobBase(parent) {}
    /// Stops the job in progress and waits for its worker to return.
    ~LatestJob() override { cancelAndWait(); }

    /// The outcome of the last job that finished.
    const Outcome& result() const { return m_result; }

protected:
    void run(Work work) {
        auto job = beginJob();
        auto future = QtConcurrent::run([job, work = std::move(work)] { return guard(work, *job); });
        auto* watcher = new QFutureWatcher<std::optional<Outcome>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, job, watcher] {
            std::optional<Outcome> outcome = watcher->result();
            watcher->deleteLater();
            if (endJob(job, outcome.has_value())) {
                m_result = std::move(*outcome);
                emit finished();
            }
        });
        track(job, QFuture<void>(future));
        watcher->setFuture(future);
        emit started();
    }

private:
    // An exception (in practice std::bad_alloc on a huge workload) fails the job.
    static std::optional<Outcome> guard(const Work& work, JobControl& job) {
        try {
            return work(job);
        } catch (const std::exception& e) {
            job.fail(exceptionMessage(e));
            return std::nullopt;
        }
    }

    Outcome m_result{};
};

}  // namespace schedlab::models
