#include "ui/app_options.hpp"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLocale>
#include <QLoggingCategory>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTranslator>
#include <cstdio>

#ifndef SCHEDLAB_DATA_FROM_BIN
#define SCHEDLAB_DATA_FROM_BIN "../share/schedlab"
#endif

// Off unless asked: QT_LOGGING_RULES="schedlab.translations.info=true" says which file was loaded.
Q_LOGGING_CATEGORY(lcTranslations, "schedlab.translations", QtWarningMsg)

namespace schedlab::ui {
namespace {

/// share/schedlab/translations of an installed app; absent in the build tree.
QString installedTranslations() {
    return QDir::cleanPath(QDir(QCoreApplication::applicationDirPath())
                               .absoluteFilePath(QStringLiteral(SCHEDLAB_DATA_FROM_BIN
                                                                "/translations")));
}

std::optional<QSize> parseSize(const QString& text) {
    const auto parts = text.toLower().split('x');
    bool okW = false;
    bool okH = false;
    int w = parts.value(0).toInt(&okW);
    int h = parts.value(1).toInt(&okH);
    if (parts.size() != 2 || !okW || !okH || w < 320 || h < 240 || w > 8000 || h > 8000) {
        return std::nullopt;
    }
    return QSize(w, h);
}

bool fail(const QString& message) {
    std::fprintf(stderr, "schedlab: error: %s\n", qPrintable(message));
    return false;
}

bool readOptions(const QCommandLineParser& parser, AppOptions& options) {
    options.file = parser.positionalArguments().value(0);
    options.policy = parser.value("policy");
    options.screenshot = parser.value("screenshot");
    options.tab = parser.value("tab");
    options.theme = parser.value("theme");
    options.language = parser.value("lang");
    if (parser.isSet("size")) {
        auto size = parseSize(parser.value("size"));
        if (!size) {
            return fail(QObject::tr("--size needs WIDTHxHEIGHT, e.g. 1440x900, not '%1'")
                            .arg(parser.value("size")));
        }
        options.screenshotSize = *size;
    }
    if (parser.isSet("time")) {
        bool ok = false;
        options.time = parser.value("time").toLongLong(&ok);
        if (!ok || *options.time < 0) {
            return fail(QObject::tr("--time needs a tick >= 0, not '%1'").arg(parser.value("time")));
        }
    }
    if (options.tab != "run" && options.tab != "compare") {
        return fail(QObject::tr("--tab is run or compare, not '%1'").arg(options.tab));
    }
    if (options.theme != "system" && options.theme != "light" && options.theme != "dark") {
        return fail(QObject::tr("--theme is system, light or dark, not '%1'").arg(options.theme));
    }
    return true;
}

}  // namespace

std::optional<AppOptions> parseAppOptions(const QCoreApplication& app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("SchedLab: watch CPU scheduling step by step."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument("file", QObject::tr("Scenario file to open (.yaml, .yml, .json)."));
    parser.addOptions({
        {"policy", QObject::tr("Policy SPEC to use instead of the file's, e.g. rr:quantum=4."),
         "spec"},
        {"screenshot", QObject::tr("Render the window to a PNG file and exit."), "png"},
        {"size", QObject::tr("Window size for --screenshot (default 1440x900)."), "WxH"},
        {"time", QObject::tr("Show the state at this tick (default: the middle of the run)."),
         "tick"},
        {"tab", QObject::tr("Tab to show: run or compare."), "tab", "run"},
        {"theme", QObject::tr("Colours: system, light or dark."), "theme", "system"},
        {"lang", QObject::tr("Language, e.g. en or zh_CN (default: the system's)."), "language"},
    });
    parser.process(app);   // --help and --version exit here; unknown options exit with 1
    AppOptions options;
    if (parser.positionalArguments().size() > 1) {
        fail(QObject::tr("give at most one scenario file"));
        return std::nullopt;
    }
    if (!readOptions(parser, options)) {
        return std::nullopt;
    }
    return options;
}

QString languageArgument(const QStringList& arguments) {
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--lang")) {
            return arguments.value(i + 1);
        }
        if (arguments[i].startsWith(QLatin1String("--lang="))) {
            return arguments[i].mid(7);
        }
    }
    return {};
}

namespace {

bool loadTranslation(QCoreApplication& app, const QLocale& locale) {
    auto* translator = new QTranslator(&app);
    // The installed file first, so that a newer one can replace it; then the embedded copy.
    for (const QString& folder : {installedTranslations(), QStringLiteral(":/i18n")}) {
        if (translator->load(locale, "schedlab", "_", folder)) {
            qCInfo(lcTranslations, "loaded %s", qPrintable(translator->filePath()));
            QCoreApplication::installTranslator(translator);
            return true;
        }
    }
    delete translator;
    return false;
}

}  // namespace

// A language without a translation gets the English one, which holds the plural forms
// ("1 tick", "2 ticks") that the English sources write as "%n tick(s)".
void installTranslation(QCoreApplication& app, const QString& language) {
    QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!loadTranslation(app, locale)) {
        loadTranslation(app, QLocale(QLocale::English));
    }
}

void applyTheme(const QString& theme) {
    QApplication::setStyle(QStyleFactory::create("Fusion"));
    if (theme == "system") {
        return;
    }
    QPalette palette = QApplication::style()->standardPalette();
    if (theme == "dark") {
        palette.setColor(QPalette::Window, QColor(37, 37, 40));
        palette.setColor(QPalette::WindowText, QColor(230, 230, 230));
        palette.setColor(QPalette::Base, QColor(28, 28, 30));
        palette.setColor(QPalette::AlternateBase, QColor(45, 45, 48));
        palette.setColor(QPalette::Text, QColor(230, 230, 230));
        palette.setColor(QPalette::Button, QColor(50, 50, 54));
        palette.setColor(QPalette::ButtonText, QColor(230, 230, 230));
        palette.setColor(QPalette::Highlight, QColor(64, 128, 220));
        palette.setColor(QPalette::HighlightedText, Qt::white);
        palette.setColor(QPalette::ToolTipBase, QColor(50, 50, 54));
        palette.setColor(QPalette::ToolTipText, QColor(230, 230, 230));
    }
    QApplication::setPalette(palette);
}

}  // namespace schedlab::ui
