#include "cli_process.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace schedlab::cli::testing {
namespace {

std::atomic<int> g_counter{0};

}  // namespace

TempDir::TempDir() {
    m_path =
        std::filesystem::temp_directory_path() /
        ("schedlab-cli-test-" + std::to_string(::getpid()) + "-" + std::to_string(g_counter++));
    std::filesystem::remove_all(m_path);
    std::filesystem::create_directories(m_path);
}

TempDir::~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(m_path, ignored);
}

std::string TempDir::write(const std::string& name, const std::string& text) const {
    std::ofstream(path(name), std::ios::binary) << text;
    return arg(name);
}

std::string TempDir::arg(const std::string& name) const { return shellQuote(path(name)); }

std::string shellQuote(const std::string& text) {
    std::string out = "'";
    for (char c : text) {
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return out + "'";
}

std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

namespace {

// `prefix` goes before the program: environment settings, prlimit.
CliRun runWith(const std::string& prefix, const std::string& args) {
    TempDir dir;
    std::string command = prefix + shellQuote(SCHEDLAB_CLI) + " " + args + " >" +
                          dir.arg("out") + " 2>" + dir.arg("err") + " </dev/null";
    int raw = std::system(command.c_str());
    CliRun run;
    run.status = raw != -1 && WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    run.out = readFile(dir.path("out"));
    run.err = readFile(dir.path("err"));
    return run;
}

}  // namespace

CliRun runCli(const std::string& args, const std::string& locale) {
    return runWith(locale.empty() ? "" : "env -u LC_ALL -u LC_MESSAGES -u LANG " + locale + " ",
                   args);
}

CliRun runCliWithin(std::size_t bytes, const std::string& args) {
#if defined(__SANITIZE_ADDRESS__)
    bytes = 0;  // AddressSanitizer reserves terabytes of address space: no cap then
#endif
    return runWith(bytes == 0 ? "" : "prlimit --as=" + std::to_string(bytes) + " ", args);
}

std::string textbookScenario(const std::string& policyYaml) {
    return "name: Textbook round robin\n" + policyYaml +
           "\n"
           "processes:\n"
           "  - {name: P1, arrival: 0, bursts: [24]}\n"
           "  - {name: P2, arrival: 0, bursts: [3]}\n"
           "  - {name: P3, arrival: 0, bursts: [3]}\n";
}

std::string badScenario() {
    return "name: Bad\n"
           "processes:\n"
           "  - name: P1\n"
           "    arrival: -1\n"
           "    bursts: [5, 0, 2]\n";
}

}  // namespace schedlab::cli::testing
