// Charts and tables out of the main window: File > Export chart, Edit > Copy chart and
// File > Batch compare. The dialogs are their own classes; this only hands them the current run.
#include <QDockWidget>
#include <QFileInfo>
#include <QMenu>
#include <QStatusBar>
#include <QTabWidget>

#include "charts/chart_clipboard.hpp"
#include "charts/utilization_chart.hpp"
#include "models/compare_model.hpp"
#include "models/playback_controller.hpp"
#include "models/scenario_document.hpp"
#include "ui/batch_window.hpp"
#include "ui/compare_tab.hpp"
#include "ui/export_dialog.hpp"
#include "ui/main_window.hpp"

namespace schedlab::ui {

ChartData MainWindow::chartData() const {
    ChartData input;
    input.run = m_run;
    input.comparison = m_compare->model()->entries();
    input.time = m_playback->time();
    return input;
}

// The Compare tab's bar charts; on the Run tab the chart with the focus, else the Gantt chart.
QString MainWindow::currentChartName() const {
    if (m_tabs->currentWidget()->isAncestorOf(m_compare)) {
        return QStringLiteral("compare");
    }
    const QWidget* focus = focusWidget();
    const bool utilization = focus && (focus == m_utilization || m_utilization->isAncestorOf(focus));
    return utilization ? QStringLiteral("utilization") : QStringLiteral("gantt");
}

void MainWindow::exportChartDialog() {
    if (!m_run) {
        statusBar()->showMessage(tr("There is no run to export yet."), 4000);
        return;
    }
    const QFileInfo file(m_document->filePath());
    ExportDialog dialog(chartData(),
                        file.fileName().isEmpty() ? QStringLiteral("schedlab")
                                                  : file.completeBaseName(),
                        this);
    dialog.setChartName(currentChartName());
    connect(&dialog, &ExportDialog::saved, this, [this](const QString& path) {
        statusBar()->showMessage(tr("Exported %1").arg(path), 6000);
    });
    dialog.exec();
}

void MainWindow::copyChart() {
    QString error;
    if (!m_run || !copyChartToClipboard(currentChartName(), chartData(), &error)) {
        statusBar()->showMessage(tr("Nothing copied: %1")
                                     .arg(error.isEmpty() ? tr("there is no run yet.") : error),
                                 6000);
        return;
    }
    statusBar()->showMessage(tr("Chart copied to the clipboard (1920 × 1080)."), 4000);
}

void MainWindow::showBatchWindow() {
    if (!m_batch) {
        m_batch = new BatchWindow(this);
        const QString path = m_document->filePath();
        if (!path.isEmpty() && !path.startsWith(QLatin1Char(':'))) {
            m_batch->setFolder(QFileInfo(path).absolutePath());
        }
    }
    m_batch->show();
    m_batch->raise();
    m_batch->activateWindow();
}

}  // namespace schedlab::ui
