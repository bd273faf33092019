#pragma once
// The comparison table to a file, as CSV or Markdown, with the report writers that
// `schedlab-cli compare --format csv|md` uses: the app's file is the command's output for the same
// file and policies, byte for byte. Used by the Compare tab and the batch window.

#include <QString>
#include <optional>
#include <vector>

#include "report/compare_report.hpp"

class QWidget;

namespace schedlab::ui {

enum class TableFormat { Csv, Markdown };

/// The format for a file name (.csv; .md or .markdown), or nothing for other extensions.
std::optional<TableFormat> tableFormatForPath(const QString& path);

/// The rows as the report writer for `format` writes them.
std::string compareTableText(const std::vector<report::CompareRow>& rows, TableFormat format);

/// Writes the rows to `path` in the format its extension names. On failure returns false and,
/// when `error` is given, says why in a sentence.
bool writeCompareTable(const std::vector<report::CompareRow>& rows, const QString& path,
                       QString* error = nullptr);

/// Asks for a file name (offering `format` first, `baseName` plus its extension as the name),
/// writes the rows and shows a message if that fails. Returns the path written, or empty.
QString exportCompareTable(QWidget* parent, const std::vector<report::CompareRow>& rows,
                           TableFormat format, const QString& baseName);

}  // namespace schedlab::ui
