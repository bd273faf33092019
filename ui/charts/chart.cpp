#include "charts/chart.hpp"

#include <QColor>

namespace schedlab::ui {

Chart::~Chart() = default;

QPalette themePalette(bool dark) {
    // The window colours of chart_style.cpp's chart palettes, so that the charts' chrome (title,
    // legend, the queue view's background) matches their plot area.
    const QColor window = dark ? QColor(0x1e1f22) : QColor(Qt::white);
    const QColor text = dark ? QColor(0xeeeeee) : QColor(0x1a1a1a);
    QPalette palette;
    for (auto role : {QPalette::Window, QPalette::Base, QPalette::Button}) {
        palette.setColor(role, window);
    }
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(role, text);
    }
    palette.setColor(QPalette::PlaceholderText, dark ? QColor(0xaaaaaa) : QColor(0x666666));
    return palette;
}

}  // namespace schedlab::ui
