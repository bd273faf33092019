#pragma once
// The scenarios bundled with SchedLab, wherever it runs from: next to an installed executable
// (../share/schedlab/scenarios) or, for developers, in the source tree it was built from.

#include <QList>
#include <QString>
#include <QStringList>

namespace schedlab::ui {

struct Example {
    QString path;
    QString name;         ///< the scenario's `name:`, or the file name without extension
    QString description;  ///< the first sentence of the comment the file opens with, in English
};

/// `example`'s description in the installed language (the bundled files' first sentences are in
/// the translation), whole.
QString exampleDescription(const Example& example);

/// `text` cut at the last word boundary before `maxChars`, with "…"; unchanged when shorter.
QString elideAtWord(const QString& text, int maxChars);

/// The folders that may hold the bundled scenarios, the installed one first; only those that
/// exist.
QStringList exampleDirectories();

/// The name and description of one scenario file, read from its first lines.
Example readExample(const QString& path);

/// True for a file in one of the example folders: saving it asks for a new name instead.
bool isBundledExample(const QString& path);

/// Every .yaml file of the first example folder, by file name.
QList<Example> bundledExamples();

}  // namespace schedlab::ui
