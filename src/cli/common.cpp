#include "cli/common.hpp"

#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>

namespace schedlab::cli {
namespace {

i18n::Language g_language = i18n::Language::English;

}  // namespace

i18n::Language outputLanguage() { return g_language; }

void setOutputLanguage(i18n::Language language) { g_language = language; }

i18n::Language chooseLanguage(const std::vector<std::string>& args) {
    std::optional<i18n::Language> chosen;
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string_view arg = args[i];
        if (arg == "--lang" && i + 1 < args.size()) {
            chosen = i18n::parseLanguage(args[++i]);
        } else if (arg.starts_with("--lang=")) {
            chosen = i18n::parseLanguage(arg.substr(7));
        }
    }
    return chosen.value_or(i18n::languageFromEnvironment());
}

std::string cliText(std::string_view english) {
    return i18n::translate("schedlab::cli", english, g_language);
}

void writeOutput(std::string_view text, const std::string& path) {
    bool toStdout = path.empty() || path == "-";
    std::FILE* out = toStdout ? stdout : std::fopen(path.c_str(), "wb");
    if (out == nullptr) {
        throw std::runtime_error(
            i18n::arg(cliText(QT_TRANSLATE_NOOP("schedlab::cli", "cannot write %1: %2")),
                      {path, std::strerror(errno)}));
    }
    bool ok = std::fwrite(text.data(), 1, text.size(), out) == text.size();
    ok = (toStdout ? std::fflush(out) : std::fclose(out)) == 0 && ok;
    if (!ok) {
        throw std::runtime_error(
            i18n::arg(cliText(QT_TRANSLATE_NOOP("schedlab::cli", "cannot write %1: %2")),
                      {toStdout ? std::string("stdout") : path, std::strerror(errno)}));
    }
}

std::optional<engine::Workload> loadWithPolicy(const std::string& file, bool policyGiven,
                                               std::string_view spec) {
    std::optional<engine::PolicyConfig> policy;
    if (policyGiven && !(policy = parsePolicyFlag("--policy", spec))) {
        return std::nullopt;
    }
    auto workload = loadWorkload(file);
    if (workload && policy) {
        workload->policy = *policy;
    }
    return workload;
}

CLI::Option* addFileAndPolicy(CLI::App& app, std::string& file, std::string& policy) {
    app.add_option("FILE", file,
                   QT_TRANSLATE_NOOP("schedlab::cli", "Scenario file (.yaml, .yml or .json)"))
        ->required();
    return app.add_option(
        "--policy", policy,
        QT_TRANSLATE_NOOP("schedlab::cli", "Policy SPEC overriding the file's, e.g. rr:quantum=4"));
}

}  // namespace schedlab::cli
