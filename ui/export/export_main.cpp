// schedlab-export: draws one chart to a PNG, SVG or PDF file with the app's chart code. It takes
// the flags of `schedlab-cli export` (console/export_options.hpp); schedlab-cli checks them and
// hands over to this program, so that only exports load Qt. Without a display it picks Qt's
// offscreen platform by itself.

#include <CLI/CLI.hpp>
#include <QApplication>
#include <cstdio>

#include "console/common.hpp"
#include "console/export_options.hpp"
#include "ui/export/export_job.hpp"

namespace {

// Qt's offscreen platform warns about a missing XDG_RUNTIME_DIR, which an export never uses:
// keep stderr for the messages that matter.
void quietHandler(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (!message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR"))) {
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
    }
}

void chooseOffscreenIfHeadless() {
    const bool display =
        qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
    if (!display && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
}

}  // namespace

int main(int argc, char** argv) {
    using namespace schedlab::console;
    CLI::App app{"Draws a SchedLab chart as the app does", "schedlab-export"};
    ExportOptions options;
    addExportOptions(app, options);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        return app.exit(error) == 0 ? kExitOk : kExitBadInput;
    }
    if (!checkExportOptions(options)) {
        return kExitBadInput;
    }
    auto input = loadExportInput(options);
    if (!input) {
        return kExitBadInput;
    }
    chooseOffscreenIfHeadless();
    qInstallMessageHandler(quietHandler);
    QApplication qt(argc, argv);
    return schedlab::ui::runExportJob(options, *input);
}
