#include "ui/screenshot.hpp"

#include <QApplication>
#include <QPixmap>
#include <QTabWidget>
#include <QTimer>
#include <cstdio>

#include "models/playback_controller.hpp"
#include "ui/app_options.hpp"
#include "ui/compare_tab.hpp"
#include "ui/main_window.hpp"

namespace schedlab::ui {
namespace {

constexpr int kTimeoutMs = 120'000;

void saveAndQuit(MainWindow& window, const QString& path) {
    QApplication::processEvents();
    QPixmap shot = window.grab();
    bool ok = !shot.isNull() && shot.save(path, "PNG");
    if (!ok) {
        std::fprintf(stderr, "schedlab: error: cannot write %s\n", qPrintable(path));
    }
    QApplication::exit(ok ? 0 : 1);
}

void showInstant(MainWindow& window, const AppOptions& options) {
    auto* playback = window.playback();
    const auto& summary = window.currentRun()->result.summary;
    playback->jumpTo(options.time.value_or(summary.start + summary.makespan / 2));
}

}  // namespace

int takeScreenshot(MainWindow& window, const AppOptions& options) {
    window.resize(options.screenshotSize);
    window.show();
    auto* tabs = window.findChild<QTabWidget*>();
    auto* compare = window.findChild<CompareTab*>();
    bool wantCompare = options.tab == "compare";
    // Compare runs after the run is shown; the picture is taken once what it shows is ready.
    QObject::connect(compare, &CompareTab::finished, &window, [&window, &options, wantCompare] {
        if (wantCompare) {
            QTimer::singleShot(300, &window, [&] { saveAndQuit(window, options.screenshot); });
        }
    });
    QObject::connect(&window, &MainWindow::runShown, &window, [&window, &options, tabs,
                                                                wantCompare] {
        showInstant(window, options);
        tabs->setCurrentIndex(wantCompare ? 1 : 0);
        if (!wantCompare) {
            QTimer::singleShot(300, &window, [&] { saveAndQuit(window, options.screenshot); });
        }
    });
    QTimer::singleShot(kTimeoutMs, &window, [] {
        std::fprintf(stderr, "schedlab: error: the scenario did not finish in time\n");
        QApplication::exit(1);
    });
    window.runNow();
    return QApplication::exec();
}

}  // namespace schedlab::ui
