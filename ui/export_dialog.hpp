#pragma once
// File > Export chart: pick a chart kind (those the current run can make), a format, a preset or
// a custom size and resolution, a theme and a title, see the picture, save it. The preview and the
// file are drawn by the same code as `schedlab-cli export` (the chart registry and
// exportChart()), so the file equals the command's for the same options.

#include <QDialog>
#include <QImage>
#include <QTimer>
#include <memory>

#include "charts/chart.hpp"
#include "charts/chart_export.hpp"
#include "charts/export_settings.hpp"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace schedlab::ui {

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    /// `input`: what the charts are drawn from, with the playback instant in `input.time`;
    /// `baseName`: the suggested file name, without extension.
    ExportDialog(ChartData input, const QString& baseName, QWidget* parent = nullptr);
    ~ExportDialog() override;

    /// The chart kinds offered (registry names), in menu order.
    QStringList chartNames() const;
    QString chartName() const;
    void setChartName(const QString& name);
    /// slide, print, handout or custom.
    QString presetName() const;
    void setPreset(const QString& name);
    ChartFormat format() const;
    void setFormat(ChartFormat format);
    void setDark(bool dark);
    void setTitle(const QString& title);
    /// Custom size and resolution (the preset becomes custom).
    void setCustomSize(QSize size);
    void setDpi(double dpi);
    /// Draw the chart at the playback instant (the states chart's instant, the others' cursor).
    void setAtInstant(bool on);

    ExportSettings settings() const;
    ChartStyle style() const;
    /// The picture the preview shows, at full size (drawn now if an option changed since).
    QImage previewImage();

    /// Writes the chart to `path`; a path without a known image extension gets the format's.
    /// On failure returns false with the reason in `error`.
    bool saveTo(QString path, QString* error = nullptr);

signals:
    void saved(const QString& path);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    QWidget* makeOptions();
    QWidget* makeSizeRow();
    void fillPresetValues();
    void presetChosen();
    void dpiEdited(double dpi);
    void optionsChanged();
    void chartChanged();
    void renderPreview();
    void showPreview();
    void saveDialog();
    QString pathWithSuffix(QString path) const;

    ChartData m_data;
    engine::Tick m_instant = -1;
    double m_shownDpi = 144;  ///< the resolution the size fields were last given for
    QString m_baseName;
    QString m_basePreset = QStringLiteral("slide");  ///< what custom sizes start from
    std::unique_ptr<Chart> m_chart;
    QImage m_image;
    bool m_stale = true;
    QTimer m_render;
    QComboBox* m_kind = nullptr;
    QComboBox* m_format = nullptr;
    QComboBox* m_preset = nullptr;
    QSpinBox* m_width = nullptr;
    QSpinBox* m_height = nullptr;
    QDoubleSpinBox* m_dpi = nullptr;
    QComboBox* m_theme = nullptr;
    QLineEdit* m_title = nullptr;
    QCheckBox* m_atInstant = nullptr;
    QLabel* m_physical = nullptr;
    QLabel* m_preview = nullptr;
    QLabel* m_savedLabel = nullptr;
};

}  // namespace schedlab::ui
