#include "models/real_runner.hpp"

#include <utility>

namespace schedlab::models {

bool RealRunner::start(engine::Workload workload, real::RealMode mode, int tickMs) {
    if (isRunning()) {
        return false;
    }
    real::RealOptions options;
    options.mode = mode;
    options.tickMs = tickMs;
    run([workload = std::move(workload), options](JobControl& job) {
        return runAndCompare(workload, options, job);
    });
    return true;
}

// On the worker thread.
std::optional<RealResultPtr> RealRunner::runAndCompare(const engine::Workload& workload,
                                                       real::RealOptions options,
                                                       JobControl& job) {
    options.progress = [&job](double share) {
        job.progress(int(share * 1000), 1000);
        return !job.cancelRequested();
    };
    real::RealOutcome outcome = real::runReal(workload, options);
    if (!outcome.run) {
        if (outcome.error.kind != real::RealErrorKind::Cancelled) {
            job.fail(tr("The real run did not finish: %1")
                         .arg(QString::fromStdString(outcome.error.message)));
        }
        return std::nullopt;
    }
    auto result = std::make_shared<RealResult>();
    result->comparison = real::compareRun(*outcome.run);
    result->run = std::move(*outcome.run);
    return RealResultPtr(std::move(result));
}

}  // namespace schedlab::models
