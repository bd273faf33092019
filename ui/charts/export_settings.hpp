#pragma once
// How big an exported chart is: its size in pixels, its physical resolution (the PDF's page size,
// the PNG's dpi) and its scale (device pixels per logical pixel: fonts and lines grow with it, so
// that a slide's labels read from the back of the room and a print's are print size). Presets
// for where the picture goes; --dpi and --size override them.

#include <QSize>
#include <QString>
#include <QStringList>
#include <optional>

namespace schedlab::ui {

struct ExportSettings {
    QSize size{1920, 1080};  ///< device pixels
    double dpi = 144;        ///< pixels per inch on paper or slide
    double scale = 1.75;     ///< device pixels per logical pixel (fonts are set at 96 dpi)

    /// The size the chart lays itself out at: size / scale.
    QSize logicalSize() const;
    /// The same picture at another resolution: physical size and layout kept, pixels scaled.
    ExportSettings withDpi(double newDpi) const;
    /// Another pixel size at the same font scale (more or less room for the chart).
    ExportSettings withSize(QSize newSize) const;
};

/// slide: 1920x1080 (16:9, 13.3 in wide), large fonts. print: A4 width (210 mm) at 300 dpi,
/// 3:2, fonts at 80% of their screen point size on paper. handout: half A4 width at 300 dpi.
std::optional<ExportSettings> exportPreset(const QString& name);
/// The preset names, in the order the export dialog lists them.
QStringList exportPresetNames();

/// "1920x1080" -> 1920x1080; nothing for anything else or sides outside 16..20000.
std::optional<QSize> parseExportSize(const QString& text);

}  // namespace schedlab::ui
