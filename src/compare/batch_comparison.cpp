#include "compare/batch_comparison.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>
#include <utility>

#include "compare/workload_comparison.hpp"

namespace schedlab::compare {
namespace {

/// Loads a file, keeping its problems as text; empty when the file is unusable.
std::optional<engine::Workload> load(const std::string& file, FileOutcome& outcome) {
    scenario::LoadOptions options;
    options.collectSources = false;  // positions for editors; a batch has no use for them
    auto loaded = scenario::loadScenarioFile(file, scenario::Format::Auto, options);
    for (const auto* list : {&loaded.diagnostics, &loaded.warnings}) {
        for (const auto& diagnostic : *list) {
            outcome.problems.push_back(scenario::formatDiagnostic(diagnostic));
        }
    }
    return std::move(loaded.workload);
}

/// The shared state of one compareFiles() call: a task counter, the outcome slots and the
/// count of files done, which the calling thread watches to report progress.
class BatchRun {
public:
    BatchRun(std::span<const std::string> files, std::span<const engine::PolicyConfig> policies,
             const BatchOptions& options)
        : m_files(files),
          m_policies(policies),
          m_options(options),
          m_outcomes(files.size()),
          m_stopAt(files.size()) {}

    BatchResult run();

private:
    void work();
    void record(std::size_t index, FileOutcome outcome);
    void reportProgress();
    unsigned workerCount() const;
    bool cancelled() const { return m_options.cancel && m_options.cancel->load(); }

    std::span<const std::string> m_files;
    std::span<const engine::PolicyConfig> m_policies;
    const BatchOptions& m_options;
    std::vector<FileOutcome> m_outcomes;  // slot i is written only by the worker that took i
    std::atomic<std::size_t> m_next{0};
    std::atomic<std::size_t> m_stopAt;  // failFast: the first bad file found so far
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::size_t m_done = 0;  // guarded by m_mutex
    unsigned m_running = 0;  // guarded by m_mutex
};

unsigned BatchRun::workerCount() const {
    unsigned jobs = m_options.jobs != 0 ? m_options.jobs : std::thread::hardware_concurrency();
    return static_cast<unsigned>(std::clamp<std::size_t>(jobs, 1, m_files.size()));
}

void BatchRun::work() {
    for (;;) {
        std::size_t index = m_next.fetch_add(1);
        // Every index below the final m_stopAt is taken and finished: the counter only grows.
        if (index >= m_files.size() || index > m_stopAt.load() || cancelled()) {
            break;
        }
        FileOutcome outcome = compareFileUnless(m_files[index], m_policies, m_options.cancel);
        if (!outcome.loaded && m_options.failFast) {
            std::size_t stop = m_stopAt.load();
            while (index < stop && !m_stopAt.compare_exchange_weak(stop, index)) {
            }
        }
        record(index, std::move(outcome));
    }
    std::lock_guard lock(m_mutex);
    --m_running;
    m_changed.notify_all();
}

void BatchRun::record(std::size_t index, FileOutcome outcome) {
    std::lock_guard lock(m_mutex);
    m_outcomes[index] = std::move(outcome);
    ++m_done;
    m_changed.notify_all();
}

void BatchRun::reportProgress() {
    std::unique_lock lock(m_mutex);
    std::size_t reported = 0;
    for (;;) {
        m_changed.wait(lock, [&] { return m_done != reported || m_running == 0; });
        if (m_done == reported) {
            return;  // every worker has returned and its last file is reported
        }
        reported = m_done;
        if (m_options.progress) {
            lock.unlock();  // the callback may be slow (a terminal); workers go on meanwhile
            m_options.progress(reported, m_files.size());
            lock.lock();
        }
    }
}

BatchResult BatchRun::run() {
    BatchResult result;
    if (m_files.empty()) {
        return result;
    }
    {
        std::vector<std::jthread> workers;
        const unsigned count = workerCount();
        m_running = count;  // before any worker starts, so no lock yet
        for (unsigned i = 0; i < count; ++i) {
            workers.emplace_back([this] { work(); });
        }
        reportProgress();
    }  // joins the workers
    std::size_t kept = std::min(m_stopAt.load() + 1, m_outcomes.size());
    m_outcomes.resize(kept);
    for (const auto& outcome : m_outcomes) {
        result.badFiles += outcome.loaded ? 0 : 1;
    }
    result.files = std::move(m_outcomes);
    return result;
}

}  // namespace

std::vector<report::CompareRow> BatchResult::rows() const {
    std::vector<report::CompareRow> all;
    for (const auto& outcome : files) {
        all.insert(all.end(), outcome.rows.begin(), outcome.rows.end());
    }
    return all;
}

FileOutcome compareFile(const std::string& file, std::span<const engine::PolicyConfig> policies) {
    return compareFileUnless(file, policies, nullptr);
}

FileOutcome compareFileUnless(const std::string& file,
                              std::span<const engine::PolicyConfig> policies,
                              const std::atomic<bool>* cancel) {
    FileOutcome outcome;
    outcome.file = file;
    try {
        auto workload = load(file, outcome);
        if (!workload) {
            return outcome;
        }
        ProgressCallback stillWanted;
        if (cancel) {
            stillWanted = [cancel](double) { return !cancel->load(); };
        }
        auto rows = compareWorkload(std::move(*workload), policies, stillWanted);
        if (!rows) {
            return outcome;  // cancelled: not loaded, no problems
        }
        for (auto& row : *rows) {
            row.file = file;
        }
        outcome.rows = std::move(*rows);
        outcome.loaded = true;
    } catch (const std::exception& error) {  // I/O or memory: the file cannot be compared
        outcome.problems.push_back(file + ": error: " + error.what());
    }
    return outcome;
}

BatchResult compareFiles(std::span<const std::string> files,
                         std::span<const engine::PolicyConfig> policies,
                         const BatchOptions& options) {
    return BatchRun{files, policies, options}.run();
}

}  // namespace schedlab::compare
