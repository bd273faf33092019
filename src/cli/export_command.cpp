// schedlab-cli export FILE -o OUT.png|.svg|.pdf [--chart KIND] [--policy SPEC] [--preset NAME]
//   [--size WxH] [--dpi N] [--theme light|dark] [--title TEXT] [--lang zh_CN] [--at TICK]
//
// Drawing needs Qt, and loading Qt would slow every `run` and `compare` down, so this command
// only checks the command line and the scenario, then replaces itself with schedlab-export (the
// Qt program next to this executable in the build tree, in ../libexec/schedlab when installed),
// which draws with the app's own chart code.

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <memory>

#include "cli/commands.hpp"
#include "console/export_options.hpp"

namespace schedlab::cli {
namespace {

#ifndef SCHEDLAB_LIBEXEC_FROM_BIN
#define SCHEDLAB_LIBEXEC_FROM_BIN "../libexec/schedlab"
#endif

std::filesystem::path exportProgram() {
    std::error_code error;
    auto self = std::filesystem::read_symlink("/proc/self/exe", error);
    auto folder = error ? std::filesystem::path() : self.parent_path();
    auto installed = (folder / SCHEDLAB_LIBEXEC_FROM_BIN / "schedlab-export").lexically_normal();
    auto besideSelf = folder / "schedlab-export";
    return ::access(besideSelf.c_str(), X_OK) == 0 ? besideSelf : installed;
}

int handOver(const console::ExportOptions& options) {
    const std::string program = exportProgram().string();
    std::vector<std::string> args = console::exportArguments(options);
    args.insert(args.begin(), program);
    std::vector<char*> argv;
    for (auto& arg : args) {
        argv.push_back(arg.data());
    }
    argv.push_back(nullptr);
    ::execv(program.c_str(), argv.data());  // returns only on failure
    printError("cannot run " + program + ": " + std::strerror(errno) +
               "; export needs schedlab-export, next to schedlab-cli or in " SCHEDLAB_LIBEXEC_FROM_BIN
               " from it (it is built with the desktop app, SCHEDLAB_APP=ON)");
    return kExitFailure;
}

int runExport(const console::ExportOptions& options) {
    if (!console::checkExportOptions(options) || !console::loadExportInput(options)) {
        return kExitBadInput;
    }
    return handOver(options);
}

}  // namespace

Command addExportCommand(CLI::App& parent) {
    auto options = std::make_shared<console::ExportOptions>();
    auto* app = parent.add_subcommand(
        "export",
        QT_TRANSLATE_NOOP("schedlab::cli",
                          "Draw a chart as the app does (PNG, SVG or PDF), without a display"));
    console::addExportOptions(*app, *options);
    return {app, [options] { return runExport(*options); }};
}

}  // namespace schedlab::cli
