#include "ui/compare_table_export.hpp"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>

namespace schedlab::ui {
namespace {

// Context for the translations of this file's messages.
class CompareTableExport {
    Q_DECLARE_TR_FUNCTIONS(schedlab::ui::CompareTableExport)
};

bool fail(QString* error, const QString& message) {
    if (error) {
        *error = message;
    }
    return false;
}

QString suffixOf(TableFormat format) {
    return format == TableFormat::Csv ? QStringLiteral("csv") : QStringLiteral("md");
}

QString filterOf(TableFormat format) {
    return format == TableFormat::Csv ? CompareTableExport::tr("CSV table (*.csv)")
                                      : CompareTableExport::tr("Markdown table (*.md *.markdown)");
}

}  // namespace

std::optional<TableFormat> tableFormatForPath(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv")) {
        return TableFormat::Csv;
    }
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown")) {
        return TableFormat::Markdown;
    }
    return std::nullopt;
}

std::string compareTableText(const std::vector<report::CompareRow>& rows, TableFormat format) {
    return format == TableFormat::Csv ? report::writeCompareCsv(rows)
                                      : report::writeCompareMarkdown(rows);
}

bool writeCompareTable(const std::vector<report::CompareRow>& rows, const QString& path,
                       QString* error) {
    const auto format = tableFormatForPath(path);
    if (!format) {
        return fail(error, CompareTableExport::tr("%1: unknown table type; use .csv or .md.")
                               .arg(path));
    }
    if (rows.empty()) {
        return fail(error, CompareTableExport::tr("There is no comparison to export yet."));
    }
    const std::string text = compareTableText(rows, *format);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(text.data(), qint64(text.size())) != qint64(text.size()) || !file.commit()) {
        return fail(error,
                    CompareTableExport::tr("%1: cannot write the file: %2").arg(path, file.errorString()));
    }
    return true;
}

QString exportCompareTable(QWidget* parent, const std::vector<report::CompareRow>& rows,
                           TableFormat format, const QString& baseName) {
    const TableFormat other = format == TableFormat::Csv ? TableFormat::Markdown : TableFormat::Csv;
    QString path = QFileDialog::getSaveFileName(
        parent, CompareTableExport::tr("Export the comparison table"),
        baseName + QLatin1Char('.') + suffixOf(format),
        filterOf(format) + QStringLiteral(";;") + filterOf(other));
    if (path.isEmpty()) {
        return {};
    }
    if (!tableFormatForPath(path)) {
        path += QLatin1Char('.') + suffixOf(format);  // a name typed without its extension
    }
    QString error;
    if (!writeCompareTable(rows, path, &error)) {
        QMessageBox::warning(parent, CompareTableExport::tr("Export failed"), error);
        return {};
    }
    return path;
}

}  // namespace schedlab::ui
