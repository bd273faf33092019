#include "ui/examples.hpp"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace schedlab::ui {
namespace {

QString unquoted(QString text) {
    text = text.trimmed();
    if (text.size() >= 2 && (text.front() == '"' || text.front() == '\'') &&
        text.back() == text.front()) {
        text = text.mid(1, text.size() - 2);
    }
    return text;
}

}  // namespace

QStringList exampleDirectories() {
    const QStringList candidates = {
        QDir(QCoreApplication::applicationDirPath()).filePath("../share/schedlab/scenarios"),
        QStringLiteral(SCHEDLAB_SCENARIOS_DIR),  // the source tree, for a build that is not installed
    };
    QStringList found;
    for (const QString& dir : candidates) {
        if (QFileInfo(dir).isDir()) {
            found.append(QDir(dir).canonicalPath());
        }
    }
    found.removeDuplicates();
    return found;
}

// The description is the first comment line; the name is the top-level `name:` key, which the
// bundled files put right after their comment.
Example readExample(const QString& path) {
    Example example{path, QFileInfo(path).completeBaseName(), {}};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return example;
    }
    QTextStream in(&file);
    for (int line = 0; line < 40 && !in.atEnd(); ++line) {
        const QString text = in.readLine();
        if (text.startsWith('#') && example.description.isEmpty()) {
            example.description = text.mid(1).trimmed();
        } else if (text.startsWith(QLatin1String("name:"))) {
            example.name = unquoted(text.mid(5));
            break;
        }
    }
    return example;
}

bool isBundledExample(const QString& path) {
    const QString folder = QFileInfo(path).canonicalPath();
    return !folder.isEmpty() && exampleDirectories().contains(folder);
}

QList<Example> bundledExamples() {
    QList<Example> examples;
    const QStringList dirs = exampleDirectories();
    if (dirs.isEmpty()) {
        return examples;
    }
    const QDir dir(dirs.first());
    for (const QString& name : dir.entryList({"*.yaml", "*.yml"}, QDir::Files, QDir::Name)) {
        examples.append(readExample(dir.filePath(name)));
    }
    return examples;
}

}  // namespace schedlab::ui
