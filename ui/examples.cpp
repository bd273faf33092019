#include "ui/examples.hpp"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
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

// The first sentence of `comment`: up to a '.', '!' or '?' followed by a space, or all of it.
QString firstSentence(const QString& comment) {
    static const QRegularExpression end(QStringLiteral("[.!?](\\s|$)"));
    const QRegularExpressionMatch match = end.match(comment);
    return match.hasMatch() ? comment.left(match.capturedStart() + 1) : comment;
}

// For lupdate: the first sentences of the bundled scenarios, translated under this context.
[[maybe_unused]] constexpr const char* kBundledDescriptions[] = {
    QT_TRANSLATE_NOOP("schedlab::ui::Examples",
                      "The default classroom scenario: four programs, two of them I/O-heavy, "
                      "under round robin."),
    QT_TRANSLATE_NOOP("schedlab::ui::Examples",
                      "Stallings, Operating Systems, highest response ratio next."),
    QT_TRANSLATE_NOOP("schedlab::ui::Examples",
                      "Starvation and the priority boost: two interactive jobs keep the top level "
                      "busy, so the long job sinks to the bottom and would wait until they "
                      "finish; every 40 ticks the boost brings it back to the top and it gets a "
                      "turn."),
    QT_TRANSLATE_NOOP("schedlab::ui::Examples",
                      "Gaming the scheduler: \"gamer\" does I/O just before its 10-tick quantum "
                      "runs out, so under the textbook rules (allotments count only full quanta) "
                      "it never leaves the top level and \"batch\" only runs while gamer waits "
                      "for its 1-tick I/O."),
    QT_TRANSLATE_NOOP("schedlab::ui::Examples",
                      "A computer lab's morning: ten programs, some CPU-bound, some waiting on "
                      "the disk or the network, under round robin with a quantum of 3 on one "
                      "CPU."),
    QT_TRANSLATE_NOOP("schedlab::ui::Examples",
                      "Three jobs that compute, wait for the disk, and compute again."),
    QT_TRANSLATE_NOOP("schedlab::ui::Examples",
                      "OSTEP chapter 8 homework: mlfq.py -n 3 -q 10 -l 0,200,0:100,20,0 -B 50 -c "
                      "Answer (mlfq.py since September 2023): J0 response 0, turnaround 220; J1 "
                      "response 10, turnaround 40."),
    QT_TRANSLATE_NOOP("schedlab::ui::Examples",
                      "Stallings, Operating Systems: Internals and Design Principles, feedback "
                      "scheduling with q = 1."),
    QT_TRANSLATE_NOOP("schedlab::ui::Examples",
                      "Stallings, Operating Systems: Internals and Design Principles, feedback "
                      "scheduling with q = 2^i (1 at the top level, then 2, 4, 8)."),
    QT_TRANSLATE_NOOP("schedlab::ui::Examples",
                      "Silberschatz, Operating System Concepts, FCFS: P1 24, P2 3, P3 3 all at 0."),
    QT_TRANSLATE_NOOP("schedlab::ui::Examples",
                      "Silberschatz, non-preemptive priority (smaller number = higher priority), "
                      "all at 0."),
    QT_TRANSLATE_NOOP("schedlab::ui::Examples",
                      "Silberschatz, round robin with quantum 4: P1 24, P2 3, P3 3 all at 0."),
    QT_TRANSLATE_NOOP("schedlab::ui::Examples", "Silberschatz, SJF: bursts 6, 8, 7, 3 all at 0."),
    QT_TRANSLATE_NOOP("schedlab::ui::Examples",
                      "Silberschatz, shortest remaining time first with arrivals."),
    QT_TRANSLATE_NOOP("schedlab::ui::Examples",
                      "Two identical CPUs sharing one ready queue, shortest remaining time first, "
                      "with I/O."),
};

}  // namespace

QString exampleDescription(const Example& example) {
    const QByteArray english = example.description.toUtf8();
    return QCoreApplication::translate("schedlab::ui::Examples", english.constData());
}

QString elideAtWord(const QString& text, int maxChars) {
    if (text.size() <= maxChars) {
        return text;
    }
    qsizetype cut = text.lastIndexOf(QLatin1Char(' '), maxChars - 1);
    if (cut <= maxChars / 2) {  // no space (Chinese): at the limit
        cut = maxChars - 1;
    }
    QString out = text.left(cut);
    while (!out.isEmpty() && QStringLiteral(" ,;:").contains(out.back())) {
        out.chop(1);
    }
    return out + QChar(0x2026);
}

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

// The description is the first sentence of the comment the file opens with (#12: its first line
// stopped mid-sentence); the name is the top-level `name:` key, which the bundled files put
// right after their comment.
Example readExample(const QString& path) {
    Example example{path, QFileInfo(path).completeBaseName(), {}};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return example;
    }
    QTextStream in(&file);
    QStringList comment;
    bool opening = true;  // still in the comment lines the file starts with
    for (int line = 0; line < 40 && !in.atEnd(); ++line) {
        const QString text = in.readLine();
        opening = opening && text.startsWith('#');
        if (opening) {
            comment.append(text.mid(1).trimmed());
        } else if (text.startsWith(QLatin1String("name:"))) {
            example.name = unquoted(text.mid(5));
            break;
        }
    }
    example.description = firstSentence(comment.join(QLatin1Char(' ')).simplified());
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
