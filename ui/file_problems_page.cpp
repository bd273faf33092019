#include "ui/file_problems_page.hpp"

#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>
#include <algorithm>

namespace schedlab::ui {
namespace {

// "FILE:LINE:COLUMN: rest" with FILE the path given: line, column and the rest; line 0 when
// the message names no place in the file.
struct Place {
    int line = 0;
    int column = 0;
    QString rest;
};

Place placeOf(const QString& message, const QString& path) {
    QString tail = message.startsWith(path + ':') ? message.mid(path.size() + 1) : message;
    static const QRegularExpression numbers(QStringLiteral("^(\\d+):(\\d+): (.*)$"));
    auto match = numbers.match(tail);
    if (!match.hasMatch()) {
        return {0, 0, tail.trimmed()};
    }
    return {match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3)};
}

}  // namespace

FileProblemsPage::FileProblemsPage(QWidget* parent) : QWidget(parent) {
    setObjectName("FileProblemsPage");
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel;
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_heading->setFont(bold);
    m_problems = new QLabel;
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::RichText);
    m_problems->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_problems, &QLabel::linkActivated, this, [this](const QString& link) {
        goTo(link.section(':', 0, 0).toInt(), link.section(':', 1, 1).toInt());
    });
    m_editor = new QPlainTextEdit;
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_reopen = new QPushButton;
    connect(m_reopen, &QPushButton::clicked, this, [this] {
        if (saveText()) {
            emit reopenRequested(m_path);
        }
    });
    m_close = new QPushButton;
    connect(m_close, &QPushButton::clicked, this, &FileProblemsPage::closeRequested);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_reopen);
    buttons->addWidget(m_close);
    buttons->addStretch();
    layout->addWidget(m_heading);
    layout->addWidget(m_problems);
    layout->addWidget(m_editor, 1);
    layout->addLayout(buttons);
    retranslate();
}

void FileProblemsPage::showProblems(const QString& path, const QStringList& problems) {
    m_path = path;
    m_messages = problems;
    QFile file(path);
    m_editor->setPlainText(file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll())
                                                          : QString());
    retranslate();
    const Place first = problems.isEmpty() ? Place{} : placeOf(problems.first(), path);
    if (first.line > 0) {
        goTo(first.line, first.column);
    }
}

QString FileProblemsPage::problemsHtml() const {
    QStringList items;
    for (const QString& message : m_messages) {
        const Place place = placeOf(message, m_path);
        QString text = place.rest.toHtmlEscaped();
        if (place.line > 0) {
            text = tr("<a href=\"%1:%2\">line %1, column %2</a>: %3")
                       .arg(place.line)
                       .arg(place.column)
                       .arg(text);
        }
        items << QStringLiteral("<li>%1</li>").arg(text);
    }
    return QStringLiteral("<ul style=\"margin:0\">%1</ul>").arg(items.join(QString()));
}

void FileProblemsPage::goTo(int line, int column) {
    QTextBlock block = m_editor->document()->findBlockByNumber(line - 1);
    if (!block.isValid()) {
        return;
    }
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);  // the whole line selected, in sight
    m_editor->centerCursor();
    cursor.setPosition(block.position() + std::clamp(column - 1, 0, block.length() - 1));
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);  // from the column to the end of the line
    m_editor->setFocus();
}

bool FileProblemsPage::saveText() {
    QSaveFile file(m_path);
    const QByteArray bytes = m_editor->toPlainText().toUtf8();
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit()) {
        return true;
    }
    m_messages = {tr("%1: error: cannot save: %2").arg(m_path, file.errorString())};
    retranslate();
    return false;
}

void FileProblemsPage::retranslate() {
    m_heading->setText(tr("%1 has %n problem(s). Fix them here, then save and open it again.", "",
                          static_cast<int>(m_messages.size()))
                           .arg(QFileInfo(m_path).fileName()));
    m_problems->setText(problemsHtml());
    m_reopen->setText(tr("&Save and open"));
    m_reopen->setToolTip(tr("Write this text to %1 and open it").arg(m_path));
    m_close->setText(tr("Close"));
}

void FileProblemsPage::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
}

}  // namespace schedlab::ui
