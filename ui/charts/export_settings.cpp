#include "charts/export_settings.hpp"

#include <cmath>

namespace schedlab::ui {
namespace {

constexpr double kScreenDpi = 96;  // fonts are set in points at this resolution
constexpr int kMinSide = 16;
constexpr int kMaxSide = 20000;

// A4 is 210 mm wide: 2480 pixels at 300 dpi.
constexpr int kA4Width300 = 2480;

ExportSettings printAt(int width, double fontShare) {
    ExportSettings s;
    // 3:2, rounded to the nearest pixel (#12: the handout's 1240 x 826.7 is 827 high, as
    // documented).
    s.size = QSize(width, int(std::lround(width * 2.0 / 3.0)));
    s.dpi = 300;
    s.scale = s.dpi / kScreenDpi * fontShare;  // a 12 pt label prints at 12 * fontShare pt
    return s;
}

}  // namespace

QSize ExportSettings::logicalSize() const {
    return QSize(std::max(1, int(std::lround(size.width() / scale))),
                 std::max(1, int(std::lround(size.height() / scale))));
}

ExportSettings ExportSettings::withDpi(double newDpi) const {
    ExportSettings s = *this;
    const double factor = newDpi / dpi;
    s.size = QSize(int(std::lround(size.width() * factor)),
                   int(std::lround(size.height() * factor)));
    s.dpi = newDpi;
    s.scale = scale * factor;
    return s;
}

ExportSettings ExportSettings::withSize(QSize newSize) const {
    ExportSettings s = *this;
    s.size = newSize;
    return s;
}

std::optional<ExportSettings> exportPreset(const QString& name) {
    if (name == QLatin1String("slide")) {
        return ExportSettings{};  // 1920x1080 at 144 dpi is PowerPoint's 13.33 x 7.5 in
    }
    if (name == QLatin1String("print")) {
        return printAt(kA4Width300, 0.8);
    }
    if (name == QLatin1String("handout")) {
        return printAt(kA4Width300 / 2, 0.6);
    }
    return std::nullopt;
}

QStringList exportPresetNames() {
    return {QStringLiteral("slide"), QStringLiteral("print"), QStringLiteral("handout")};
}

std::optional<QSize> parseExportSize(const QString& text) {
    const QStringList parts = text.toLower().split(QLatin1Char('x'));
    bool okW = false;
    bool okH = false;
    const int w = parts.value(0).toInt(&okW);
    const int h = parts.value(1).toInt(&okH);
    if (parts.size() != 2 || !okW || !okH || w < kMinSide || h < kMinSide || w > kMaxSide ||
        h > kMaxSide) {
        return std::nullopt;
    }
    return QSize(w, h);
}

}  // namespace schedlab::ui
