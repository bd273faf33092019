// schedlab-gallery DIR: writes PNGs of every chart and view into DIR. Run by scripts/gallery.
#include <QApplication>
#include <cstdio>

#include "gallery.hpp"

int main(int argc, char** argv) {
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");  // the same pictures with or without a display
    }
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() != 2 || args[1].startsWith('-')) {
        std::fprintf(stderr, "usage: schedlab-gallery DIR\n");
        return 2;
    }
    const QString dir = args[1];
    if (!QDir().mkpath(dir)) {
        std::fprintf(stderr, "schedlab-gallery: error: cannot create the folder %s\n",
                     qPrintable(dir));
        return 2;
    }
    schedlab::gallery::Output out(dir);
    schedlab::gallery::writeExportedCharts(out);
    schedlab::gallery::writeWidgets(out);
    schedlab::gallery::writeViews(out);
    std::printf("%d pictures in %s\n", out.written(), qPrintable(dir));
    return out.failed() == 0 ? 0 : 1;
}
