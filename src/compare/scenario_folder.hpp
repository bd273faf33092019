#pragma once
// Which files in a folder are scenarios: every .yaml, .yml and .json file under it, recursively,
// sorted by path; names starting with '.' (files and folders) are skipped. One rule for
// `schedlab-cli compare FOLDER` and the app's batch comparison, so both compare the same files
// in the same order.

#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

namespace schedlab::compare {

/// Whether `path` has a scenario file's extension (.yaml, .yml, .json, any case).
bool isScenarioFile(const std::filesystem::path& path);

/// The scenario files under `dir`, sorted by path; `error` is set when the folder cannot be read.
std::vector<std::string> scenarioFilesIn(const std::string& dir, std::error_code& error);

}  // namespace schedlab::compare
