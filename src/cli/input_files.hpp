#pragma once
// The FILE arguments of `compare`: files, folders and glob patterns, expanded in a fixed order so
// that the output does not depend on the file system's listing order.
//   - a folder: every .yaml, .yml and .json file under it, recursively, sorted by path; names
//     starting with '.' (files and folders) are skipped;
//   - a pattern with '*' or '?' (quoted, so the shell left it alone): the matching paths, sorted;
//     wildcards may be in any path component and, as in the shell, do not match a leading '.';
//     a matching folder is expanded as above;
//   - anything else: taken as a file name as it is (loading it reports a missing file).

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace schedlab::cli {

struct InputFiles {
    std::vector<std::string> files;     ///< in argument order, each argument's files sorted
    std::vector<std::string> problems;  ///< "ARG: error: WHAT", e.g. a pattern that matches nothing
};

InputFiles expandInputs(std::span<const std::string> args);

/// Whether `name` (one path component) matches `pattern`: '*' any run of characters, '?' one
/// character, anything else itself. Neither wildcard matches a leading '.'.
bool matchGlob(std::string_view pattern, std::string_view name);

}  // namespace schedlab::cli
