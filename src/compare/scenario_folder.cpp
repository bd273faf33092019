#include "compare/scenario_folder.hpp"

#include <algorithm>
#include <cctype>

namespace schedlab::compare {
namespace {

namespace fs = std::filesystem;

bool isHidden(const fs::path& path) { return path.filename().string().starts_with('.'); }

}  // namespace

bool isScenarioFile(const fs::path& path) {
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension == ".yaml" || extension == ".yml" || extension == ".json";
}

std::vector<std::string> scenarioFilesIn(const std::string& dir, std::error_code& error) {
    std::vector<std::string> files;
    fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, error);
    for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
        if (isHidden(it->path())) {
            it.disable_recursion_pending();
        } else if (std::error_code ignored;
                   it->is_regular_file(ignored) && isScenarioFile(it->path())) {
            files.push_back(it->path().string());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace schedlab::compare
