// The batch window's chart and its exports: the table as CSV or Markdown, the shown chart through
// the export dialog, every file's chart to a folder.
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

#include "charts/chart_export.hpp"
#include "charts/chart_registry.hpp"
#include "charts/compare_chart.hpp"
#include "models/batch_model.hpp"
#include "ui/batch_window.hpp"
#include "ui/compare_table_export.hpp"
#include "ui/export_dialog.hpp"

namespace schedlab::ui {

QWidget* BatchWindow::makeExportRow() {
    m_exportRow = new QWidget;
    auto* box = new QHBoxLayout(m_exportRow);
    box->setContentsMargins(0, 0, 0, 0);
    auto* table = new QPushButton(tr("Export &table"));
    auto* menu = new QMenu(table);
    menu->addAction(tr("As &CSV..."), this, [this] { exportTable(int(TableFormat::Csv)); });
    menu->addAction(tr("As &Markdown..."), this,
                    [this] { exportTable(int(TableFormat::Markdown)); });
    table->setMenu(menu);
    auto* shown = new QPushButton(tr("Export this &chart..."));
    auto* all = new QPushButton(tr("Export &every chart..."));
    all->setToolTip(tr("One picture per file, at the slide preset, into a folder"));
    box->addWidget(table);
    box->addWidget(shown);
    box->addWidget(all);
    box->addStretch(1);
    connect(shown, &QPushButton::clicked, this, &BatchWindow::exportShownChart);
    connect(all, &QPushButton::clicked, this, &BatchWindow::exportChartsDialog);
    return m_exportRow;
}

QString BatchWindow::chartTitle(int fileIndex) const {
    return tr("%1: policies compared").arg(m_model->scenarioName(fileIndex));
}

ChartData BatchWindow::chartData(int fileIndex) const {
    ChartData input;
    input.comparison = m_model->entries(fileIndex);
    return input;
}

void BatchWindow::showFile(int fileIndex) {
    m_shownFile = fileIndex;
    if (fileIndex < 0) {
        m_chart->setEntries({});
        return;
    }
    m_chart->setEntries(m_model->entries(fileIndex), chartTitle(fileIndex));
}

void BatchWindow::exportTable(int format) {
    const QString base = QFileInfo(m_comparedFolder).fileName() + QStringLiteral("-comparison");
    const QString path = exportCompareTable(this, m_model->rows(), TableFormat(format), base);
    if (!path.isEmpty()) {
        m_status->setText(tr("Table saved to %1.").arg(QDir::toNativeSeparators(path)));
    }
}

void BatchWindow::exportShownChart() {
    if (m_shownFile < 0) {
        return;
    }
    ExportDialog dialog(chartData(m_shownFile),
                        QFileInfo(m_model->files().at(m_shownFile)).completeBaseName(), this);
    dialog.setTitle(chartTitle(m_shownFile));
    connect(&dialog, &ExportDialog::saved, this, [this](const QString& path) {
        m_status->setText(tr("Chart saved to %1.").arg(QDir::toNativeSeparators(path)));
    });
    dialog.exec();
}

QStringList BatchWindow::exportCharts(const QString& folder, const QString& suffix,
                                      QString* error) const {
    QStringList written;
    const QDir dir(folder);
    const ExportSettings slide = *exportPreset(QStringLiteral("slide"));
    for (int file = 0; file < m_model->files().size(); ++file) {
        // sub/a.yaml -> sub-a-compare.png: one name per file, even for a.yaml beside a.json.
        QString name = QDir(m_comparedFolder).relativeFilePath(m_model->files().at(file));
        name.replace(QLatin1Char('/'), QLatin1Char('-')).replace(QLatin1Char('.'), QLatin1Char('-'));
        const QString path = dir.filePath(name + QStringLiteral("-compare.") + suffix);
        auto chart = makeChart(QStringLiteral("compare"), chartData(file), error);
        ChartStyle style;
        style.title = chartTitle(file);
        if (!chart || !exportChart(*chart, path, slide, style, error)) {
            break;
        }
        written.append(path);
    }
    return written;
}

void BatchWindow::exportChartsDialog() {
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Folder for the charts (one per file)"), m_comparedFolder);
    if (folder.isEmpty()) {
        return;
    }
    bool ok = false;
    const QString suffix = QInputDialog::getItem(
        this, tr("Export every chart"), tr("Format:"),
        {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")}, 0, false, &ok);
    if (!ok) {
        return;
    }
    QString error;
    const QStringList written = exportCharts(folder, suffix, &error);
    if (written.size() < m_model->files().size()) {
        QMessageBox::warning(this, tr("Export failed"), error);
    }
    m_status->setText(tr("%n chart(s) saved to %1.", "", int(written.size()))
                          .arg(QDir::toNativeSeparators(folder)));
}

}  // namespace schedlab::ui
