#include "models/batch_runner.hpp"

#include <utility>

namespace schedlab::models {

void BatchRunner::start(std::vector<std::string> files,
                        std::vector<engine::PolicyConfig> policies) {
    run([files = std::move(files), policies = std::move(policies)](
            JobControl& job) -> std::optional<compare::BatchResult> {
        compare::BatchOptions options;
        options.cancel = job.cancelFlag();
        options.progress = [&job](std::size_t done, std::size_t total) {
            job.progress(int(done), int(total));
        };
        return compare::compareFiles(files, policies, options);
    });
}

}  // namespace schedlab::models
