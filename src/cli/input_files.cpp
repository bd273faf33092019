#include "cli/input_files.hpp"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "cli/common.hpp"
#include "compare/scenario_folder.hpp"

namespace schedlab::cli {
namespace {

namespace fs = std::filesystem;

bool hasWildcard(std::string_view text) {
    return text.find_first_of("*?") != std::string_view::npos;
}

std::string join(const std::string& base, const std::string& part) {
    if (base.empty()) {
        return part;
    }
    return base.back() == '/' ? base + part : base + "/" + part;
}

/// The entries of `dir` whose names match `pattern`, sorted by name.
std::vector<std::string> matchingEntries(const std::string& dir, const std::string& pattern) {
    std::vector<std::string> names;
    std::error_code error;
    for (fs::directory_iterator it(dir.empty() ? "." : dir, error), end; !error && it != end;
         it.increment(error)) {
        std::string name = it->path().filename().string();
        if (matchGlob(pattern, name)) {
            names.push_back(name);
        }
    }
    std::sort(names.begin(), names.end());
    return names;
}

/// The existing paths that `pattern` matches, component by component.
std::vector<std::string> expandGlob(const std::string& pattern) {
    std::vector<std::string> paths{""};
    for (const auto& component : fs::path(pattern)) {
        std::string part = component.string();
        if (part.empty()) {
            continue;  // after a trailing '/'
        }
        std::vector<std::string> next;
        for (const auto& base : paths) {
            if (!hasWildcard(part)) {
                next.push_back(join(base, part));
                continue;
            }
            for (const auto& name : matchingEntries(base, part)) {
                next.push_back(join(base, name));
            }
        }
        paths = std::move(next);
    }
    std::erase_if(paths, [](const std::string& path) { return !fs::exists(path); });
    return paths;
}

void addFolder(const std::string& dir, InputFiles& inputs) {
    std::error_code error;
    auto files = compare::scenarioFilesIn(dir, error);
    if (error) {
        inputs.problems.push_back(
            dir + ": error: " +
            i18n::arg(cliText(QT_TRANSLATE_NOOP("schedlab::cli", "cannot read the folder: %1")),
                      {error.message()}));
    } else if (files.empty()) {
        inputs.problems.push_back(
            dir + ": error: " +
            cliText(QT_TRANSLATE_NOOP("schedlab::cli",
                                      "no .yaml, .yml or .json file in this folder")));
    }
    inputs.files.insert(inputs.files.end(), files.begin(), files.end());
}

void addPath(const std::string& path, InputFiles& inputs) {
    std::error_code error;
    auto status = fs::status(path, error);
    if (fs::is_directory(status)) {
        addFolder(path, inputs);
    } else if (fs::exists(status) && !fs::is_regular_file(status)) {
        // A FIFO or a device would block the comparison forever (#13): never opened.
        inputs.problems.push_back(
            path + ": error: " +
            cliText(QT_TRANSLATE_NOOP("schedlab::cli",
                                      "not a regular file (a pipe or a device); compare reads "
                                      "files and folders only")));
    } else {
        inputs.files.push_back(path);
    }
}

}  // namespace

bool matchGlob(std::string_view pattern, std::string_view name) {
    if (!name.empty() && name.front() == '.' && (pattern.empty() || pattern.front() != '.')) {
        return false;
    }
    // Greedy matching with one backtrack point: the position after the last '*'.
    std::size_t p = 0, n = 0, starP = std::string_view::npos, starN = 0;
    while (n < name.size()) {
        if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == name[n])) {
            ++p, ++n;
        } else if (p < pattern.size() && pattern[p] == '*') {
            starP = p++, starN = n;
        } else if (starP != std::string_view::npos) {
            p = starP + 1, n = ++starN;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == '*') {
        ++p;
    }
    return p == pattern.size();
}

InputFiles expandInputs(std::span<const std::string> args) {
    InputFiles inputs;
    for (const auto& arg : args) {
        std::error_code error;
        if (!hasWildcard(arg) || fs::exists(arg, error)) {
            addPath(arg, inputs);
            continue;
        }
        auto matches = expandGlob(arg);
        if (matches.empty()) {
            inputs.problems.push_back(
                arg + ": error: " +
                cliText(QT_TRANSLATE_NOOP("schedlab::cli", "no file matches this pattern")));
        }
        for (const auto& match : matches) {
            addPath(match, inputs);
        }
    }
    return inputs;
}

}  // namespace schedlab::cli
