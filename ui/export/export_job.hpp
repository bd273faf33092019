#pragma once
// What schedlab-export does once its command line and scenario are known good: simulate, build
// the chart from the registry, write the file.

#include "console/export_options.hpp"

namespace schedlab::ui {

/// Draws the chart `options` ask for from `input` and writes it; returns the exit status (0, or
/// 1 with a message on stderr when the file cannot be written). Needs a QApplication.
int runExportJob(const console::ExportOptions& options, const console::ExportInput& input);

}  // namespace schedlab::ui
