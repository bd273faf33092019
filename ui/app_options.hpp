#pragma once
// The app's command line: schedlab [FILE] [--policy SPEC] [--screenshot OUT.png] ...

#include <QSize>
#include <QString>
#include <QStringList>
#include <optional>

class QCoreApplication;

namespace schedlab::ui {

struct AppOptions {
    QString file;
    QString policy;
    QString screenshot;            ///< render the window to this PNG and exit
    QSize screenshotSize{1440, 900};
    std::optional<qint64> time;    ///< the instant to show (default: the middle of the run)
    QString tab = "run";           ///< run | compare
    QString theme = "system";      ///< system | light | dark
    QString language;              ///< e.g. zh_CN; empty = the system's
};

/// Parses the arguments; on a bad one prints the problem and returns nothing (exit status 2).
std::optional<AppOptions> parseAppOptions(const QCoreApplication& app);

/// The value of --lang (`--lang X` or `--lang=X`) among the arguments; empty if not given.
QString languageArgument(const QStringList& arguments);

/// Loads the translation for `language` (or the system locale) into the application.
void installTranslation(QCoreApplication& app, const QString& language);

/// Fusion style with a light or dark palette; "system" keeps the platform's palette.
void applyTheme(const QString& theme);

}  // namespace schedlab::ui
