#pragma once
// A scenario file the app cannot use, opened anyway so that it can be fixed in the app: its text
// in an editor and its problems above it, each a link that selects the line and column it names.
// "Save and open" writes the text back and asks for the file to be opened again. #12

#include <QStringList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace schedlab::ui {

class FileProblemsPage : public QWidget {
    Q_OBJECT
public:
    explicit FileProblemsPage(QWidget* parent = nullptr);

    /// Shows `path`'s text (read again from disk) and `problems` ("FILE:LINE:COLUMN: error: ...").
    void showProblems(const QString& path, const QStringList& problems);
    QString path() const { return m_path; }
    /// The problems as shown, each with its link ("LINE:COLUMN"), for tests.
    QLabel* problemsLabel() const { return m_problems; }
    QPlainTextEdit* editor() const { return m_editor; }
    /// Selects line `line` (1-based) and puts the cursor at `column`, as a problem's link does.
    void goTo(int line, int column);
    /// Writes the edited text to the file; false (and says why on the page) if it cannot.
    bool saveText();

signals:
    /// The text was saved: open the file again.
    void reopenRequested(const QString& path);
    void closeRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QString problemsHtml() const;

    QString m_path;
    QStringList m_messages;
    QLabel* m_heading = nullptr;
    QLabel* m_problems = nullptr;
    QPlainTextEdit* m_editor = nullptr;
    QPushButton* m_reopen = nullptr;
    QPushButton* m_close = nullptr;
};

}  // namespace schedlab::ui
