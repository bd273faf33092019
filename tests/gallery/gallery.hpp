#pragma once
// schedlab-gallery: pictures of the charts and views for a person to look at (docs/APP.md,
// "Pictures for review"). Not a test: nothing here is checked but that the files were written.

#include <QDir>
#include <QString>
#include <cstdio>

namespace schedlab::gallery {

/// The folder the pictures go to, and how many were and were not written.
class Output {
public:
    explicit Output(QString dir) : m_dir(std::move(dir)) {}

    QString path(const QString& name) const { return QDir(m_dir).filePath(name); }

    /// Counts `name` as written if `ok`, and says so on stderr if not.
    void record(const QString& name, bool ok) {
        if (ok) {
            ++m_written;
        } else {
            ++m_failed;
            std::fprintf(stderr, "schedlab-gallery: error: cannot write %s\n",
                         qPrintable(path(name)));
        }
    }

    int written() const { return m_written; }
    int failed() const { return m_failed; }

private:
    QString m_dir;
    int m_written = 0;
    int m_failed = 0;
};

/// Gantt, utilization and comparison charts as `schedlab-cli export` and the app's Export write.
void writeExportedCharts(Output& out);
/// The chart widgets and the comparison tab as they look on screen.
void writeWidgets(Output& out);
/// The ready/blocked queues and the state diagram at chosen instants, light and dark.
void writeViews(Output& out);

}  // namespace schedlab::gallery
