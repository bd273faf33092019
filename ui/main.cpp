// schedlab: the desktop app. See ui/app_options.hpp for the command line.
#include <QApplication>
#include <QIcon>
#include <QTimer>
#include <cstdio>
#include <optional>

#include "models/playback_controller.hpp"
#include "ui/app_options.hpp"
#include "ui/main_window.hpp"
#include "ui/screenshot.hpp"

namespace {

// Without a display, a screenshot still works on Qt's offscreen platform.
void chooseOffscreenIfHeadless(int argc, char** argv) {
    bool screenshot = false;
    for (int i = 1; i < argc; ++i) {
        screenshot = screenshot || QByteArray(argv[i]).startsWith("--screenshot");
    }
    bool display = qEnvironmentVariableIsSet("DISPLAY") ||
                   qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
    if (screenshot && !display && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
}

void nameApplication() {
    QCoreApplication::setApplicationName("SchedLab");
    QCoreApplication::setOrganizationName("SchedLab");
    QCoreApplication::setApplicationVersion(SCHEDLAB_VERSION);
}

// The options are read before the GUI starts, so that --help, --version and a bad option work
// without a display (#12). The translation is for --help's text.
std::optional<schedlab::ui::AppOptions> readOptions(int argc, char** argv) {
    QCoreApplication core(argc, argv);
    nameApplication();
    schedlab::ui::installTranslation(core, schedlab::ui::languageArgument(core.arguments()));
    return schedlab::ui::parseAppOptions(core);
}

}  // namespace

int main(int argc, char** argv) {
    auto options = readOptions(argc, argv);
    if (!options) {
        return 2;
    }
    chooseOffscreenIfHeadless(argc, argv);
    QApplication app(argc, argv);
    nameApplication();
    // The id of the installed .desktop file and icon (data/): Wayland matches windows with it.
    QApplication::setDesktopFileName("org.schedlab.SchedLab");
    QApplication::setWindowIcon(QIcon::fromTheme(
        "org.schedlab.SchedLab", QIcon(":/icons/org.schedlab.SchedLab.svg")));
    schedlab::ui::installTranslation(app, options->language);
    schedlab::ui::applyTheme(options->theme);
    schedlab::ui::MainWindow window;
    QStringList problems;
    if (!options->file.isEmpty() && !window.loadFile(options->file, &problems)) {
        for (const QString& problem : problems) {
            std::fprintf(stderr, "%s\n", qPrintable(problem));
        }
        if (!options->screenshot.isEmpty()) {
            return 2;  // a script's picture of a file that cannot run: an error, as in the CLI
        }
        window.showFileProblems(options->file, problems);  // fix it in the app (#12)
    }
    QString error;
    if (!options->policy.isEmpty() && !window.applyPolicySpec(options->policy, &error)) {
        std::fprintf(stderr, "schedlab: error: --policy: %s\n", qPrintable(error));
        return 2;
    }
    if (!options->screenshot.isEmpty()) {
        return schedlab::ui::takeScreenshot(window, *options);
    }
    window.show();
    return app.exec();
}
