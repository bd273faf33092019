#include "ui/export_dialog.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <cmath>

#include "charts/chart_registry.hpp"

namespace schedlab::ui {
namespace {

constexpr int kMinSide = 16;
constexpr int kMaxSide = 20000;
constexpr int kRenderDelayMs = 120;  // one preview per burst of typing, not per key
const QString kCustom = QStringLiteral("custom");

struct FormatInfo {
    ChartFormat format;
    const char* suffix;
};
constexpr FormatInfo kFormats[] = {
    {ChartFormat::Png, "png"}, {ChartFormat::Svg, "svg"}, {ChartFormat::Pdf, "pdf"}};

QString suffixOf(ChartFormat format) {
    for (const FormatInfo& info : kFormats) {
        if (info.format == format) {
            return QString::fromLatin1(info.suffix);
        }
    }
    return {};
}

}  // namespace

ExportDialog::ExportDialog(ChartData input, const QString& baseName, QWidget* parent)
    : QDialog(parent), m_data(std::move(input)), m_instant(m_data.time), m_baseName(baseName) {
    setWindowTitle(tr("Export chart"));
    m_render.setSingleShot(true);
    m_render.setInterval(kRenderDelayMs);
    connect(&m_render, &QTimer::timeout, this, &ExportDialog::showPreview);
    m_preview = new QLabel;
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(320, 200);
    m_preview->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_preview->setFrameShape(QFrame::StyledPanel);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save..."));
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));  // Qt's own text is English
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::saveDialog);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* top = new QHBoxLayout;
    top->addWidget(makeOptions());
    top->addWidget(m_preview, 1);
    // The dialog stays open after a save, for the next chart or size; this line says where it went.
    m_savedLabel = new QLabel;
    m_savedLabel->setObjectName(QStringLiteral("savedLabel"));
    m_savedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_savedLabel->setWordWrap(true);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_savedLabel, 1);
    bottom->addWidget(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addLayout(bottom);
    resize(1000, 560);
    chartChanged();
}

ExportDialog::~ExportDialog() = default;

QWidget* ExportDialog::makeOptions() {
    auto* options = new QWidget;
    auto* form = new QFormLayout(options);
    m_kind = new QComboBox;
    for (const ChartKind& kind : chartKinds()) {
        if (kind.problem(m_data).isEmpty()) {  // levels only for a run with levels, ...
            m_kind->addItem(chartKindLabel(kind), QString::fromLatin1(kind.name));
        }
    }
    m_format = new QComboBox;
    m_format->addItem(tr("PNG image"), int(ChartFormat::Png));
    m_format->addItem(tr("SVG (vector, text as text)"), int(ChartFormat::Svg));
    m_format->addItem(tr("PDF (vector)"), int(ChartFormat::Pdf));
    m_preset = new QComboBox;
    m_preset->addItem(tr("Slide (1920 x 1080, large text)"), QStringLiteral("slide"));
    m_preset->addItem(tr("Print (A4 width, 300 dpi)"), QStringLiteral("print"));
    m_preset->addItem(tr("Handout (half A4 width, 300 dpi)"), QStringLiteral("handout"));
    m_preset->addItem(tr("Custom size"), kCustom);
    m_theme = new QComboBox;
    m_theme->addItem(tr("Light"), false);
    m_theme->addItem(tr("Dark"), true);
    m_title = new QLineEdit;
    m_title->setClearButtonEnabled(true);
    m_atInstant = new QCheckBox(tr("At the playback instant (tick %1)").arg(m_instant));
    m_atInstant->setVisible(m_instant >= 0);
    // Stepping into the run is a sign the teacher wants that instant; at its start, the whole run.
    m_atInstant->setChecked(m_instant > 0 && m_data.run &&
                            m_instant < m_data.run->result.summary.makespan);
    m_physical = new QLabel;
    m_physical->setWordWrap(true);
    form->addRow(tr("&Chart:"), m_kind);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Preset:"), m_preset);
    form->addRow(tr("Si&ze:"), makeSizeRow());
    form->addRow(tr("&Resolution:"), m_dpi);
    form->addRow(QString(), m_physical);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("T&itle:"), m_title);
    form->addRow(QString(), m_atInstant);
    fillPresetValues();
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ExportDialog::chartChanged);
    connect(m_atInstant, &QCheckBox::toggled, this, &ExportDialog::chartChanged);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ExportDialog::presetChosen);
    connect(m_theme, &QComboBox::currentIndexChanged, this, &ExportDialog::optionsChanged);
    connect(m_title, &QLineEdit::textChanged, this, &ExportDialog::optionsChanged);
    connect(m_width, &QSpinBox::valueChanged, this, &ExportDialog::optionsChanged);
    connect(m_height, &QSpinBox::valueChanged, this, &ExportDialog::optionsChanged);
    connect(m_dpi, &QDoubleSpinBox::valueChanged, this, &ExportDialog::dpiEdited);
    return options;
}

QWidget* ExportDialog::makeSizeRow() {
    auto* row = new QWidget;
    auto* box = new QHBoxLayout(row);
    box->setContentsMargins(0, 0, 0, 0);
    m_width = new QSpinBox;
    m_height = new QSpinBox;
    for (QSpinBox* side : {m_width, m_height}) {
        side->setRange(kMinSide, kMaxSide);
        side->setSuffix(tr(" px"));
    }
    m_dpi = new QDoubleSpinBox;
    m_dpi->setRange(24, 1200);
    m_dpi->setDecimals(0);
    m_dpi->setSuffix(tr(" dpi"));
    box->addWidget(m_width);
    box->addWidget(new QLabel(QStringLiteral("×")));
    box->addWidget(m_height);
    return row;
}

QStringList ExportDialog::chartNames() const {
    QStringList names;
    for (int i = 0; i < m_kind->count(); ++i) {
        names.append(m_kind->itemData(i).toString());
    }
    return names;
}

QString ExportDialog::chartName() const { return m_kind->currentData().toString(); }

void ExportDialog::setChartName(const QString& name) {
    m_kind->setCurrentIndex(m_kind->findData(name));
}

QString ExportDialog::presetName() const { return m_preset->currentData().toString(); }

void ExportDialog::setPreset(const QString& name) {
    m_preset->setCurrentIndex(m_preset->findData(name));
}

ChartFormat ExportDialog::format() const { return ChartFormat(m_format->currentData().toInt()); }

void ExportDialog::setFormat(ChartFormat format) {
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void ExportDialog::setDark(bool dark) { m_theme->setCurrentIndex(dark ? 1 : 0); }

void ExportDialog::setTitle(const QString& title) { m_title->setText(title); }

void ExportDialog::setCustomSize(QSize size) {
    setPreset(kCustom);
    m_width->setValue(size.width());
    m_height->setValue(size.height());
}

void ExportDialog::setDpi(double dpi) {
    setPreset(kCustom);
    m_dpi->setValue(dpi);
}

void ExportDialog::setAtInstant(bool on) { m_atInstant->setChecked(on); }

// As schedlab-cli export --preset BASE --dpi D --size WxH computes it: the preset, then the
// resolution (fonts scale with it), then the size in pixels.
ExportSettings ExportDialog::settings() const {
    if (presetName() != kCustom) {
        return *exportPreset(presetName());
    }
    return exportPreset(m_basePreset)
        ->withDpi(m_dpi->value())
        .withSize(QSize(m_width->value(), m_height->value()));
}

ChartStyle ExportDialog::style() const {
    ChartStyle style;
    style.dark = m_theme->currentData().toBool();
    style.title = m_title->text().trimmed();
    return style;
}

// The spin boxes show the preset's values, editable only for a custom size.
void ExportDialog::fillPresetValues() {
    const bool custom = presetName() == kCustom;
    const ExportSettings s = settings();
    const QSignalBlocker w(m_width), h(m_height), d(m_dpi);
    for (QWidget* field : std::initializer_list<QWidget*>{m_width, m_height, m_dpi}) {
        field->setEnabled(custom);
    }
    m_width->setValue(s.size.width());
    m_height->setValue(s.size.height());
    m_dpi->setValue(s.dpi);
    m_shownDpi = s.dpi;
}

void ExportDialog::presetChosen() {
    if (presetName() != kCustom) {
        m_basePreset = presetName();
    }
    fillPresetValues();  // custom starts from the preset it was
    optionsChanged();
}

// A new resolution keeps the picture's physical size: the pixels scale with it.
void ExportDialog::dpiEdited(double dpi) {
    const double factor = dpi / m_shownDpi;
    m_shownDpi = dpi;
    const QSignalBlocker w(m_width), h(m_height);
    m_width->setValue(int(std::lround(m_width->value() * factor)));
    m_height->setValue(int(std::lround(m_height->value() * factor)));
    optionsChanged();
}

void ExportDialog::chartChanged() {
    ChartData input = m_data;
    input.time = m_atInstant->isChecked() ? m_instant : -1;
    m_chart = makeChart(chartName(), input);
    m_title->setPlaceholderText(m_chart ? m_chart->title() : QString());
    optionsChanged();
}

void ExportDialog::optionsChanged() {
    const ExportSettings s = settings();
    m_physical->setText(tr("%1 × %2 in at %3 dpi")
                            .arg(s.size.width() / s.dpi, 0, 'f', 2)
                            .arg(s.size.height() / s.dpi, 0, 'f', 2)
                            .arg(s.dpi, 0, 'f', 0));
    m_stale = true;
    m_render.start();
}

void ExportDialog::renderPreview() {
    if (m_stale) {
        m_image = m_chart ? renderChartImage(*m_chart, settings(), style()) : QImage();
        m_stale = false;
    }
}

QImage ExportDialog::previewImage() {
    renderPreview();
    return m_image;
}

void ExportDialog::showPreview() {
    renderPreview();
    if (m_image.isNull()) {
        m_preview->setText(tr("There is nothing to draw."));
        return;
    }
    const qreal ratio = m_preview->devicePixelRatioF();
    QPixmap pixmap = QPixmap::fromImage(m_image.scaled(m_preview->contentsRect().size() * ratio,
                                                       Qt::KeepAspectRatio,
                                                       Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(ratio);
    m_preview->setPixmap(pixmap);
}

void ExportDialog::resizeEvent(QResizeEvent* event) {
    QDialog::resizeEvent(event);
    m_render.start();
}

QString ExportDialog::pathWithSuffix(QString path) const {
    return chartFormatForPath(path) ? path : path + QLatin1Char('.') + suffixOf(format());
}

bool ExportDialog::saveTo(QString path, QString* error) {
    path = pathWithSuffix(path);
    if (!m_chart) {
        if (error) {
            *error = tr("There is nothing to draw.");
        }
        return false;
    }
    if (!exportChart(*m_chart, path, settings(), style(), error)) {
        return false;
    }
    setFormat(*chartFormatForPath(path));  // the file name may have chosen another format
    m_savedLabel->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
    emit saved(path);
    return true;
}

void ExportDialog::saveDialog() {
    const QString filters = tr("PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)");
    QStringList list = filters.split(QStringLiteral(";;"));
    QString selected = list.value(m_format->currentIndex());
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export chart"),
        m_baseName + QLatin1Char('-') + chartName() + QLatin1Char('.') + suffixOf(format()),
        filters, &selected);
    if (path.isEmpty()) {
        return;
    }
    setFormat(ChartFormat(list.indexOf(selected) < 0 ? m_format->currentIndex()
                                                     : list.indexOf(selected)));
    QString error;
    if (!saveTo(path, &error)) {
        QMessageBox::warning(this, tr("Export failed"), error);
    }
}

}  // namespace schedlab::ui
