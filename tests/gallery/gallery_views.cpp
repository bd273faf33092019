// The queue view and the state diagram at chosen instants of the example scenarios, at two
// widths and in a dark palette.
#include <QPixmap>

#include "chart_test_runs.hpp"
#include "charts/queue_view.hpp"
#include "charts/state_diagram.hpp"
#include "gallery.hpp"
#include "models/playback_controller.hpp"

namespace schedlab::gallery {
namespace {

struct Shot {
    const char* scenario;  // in scenarios/, without .yaml
    engine::Tick time;
    QSize size;
    bool dark = false;
};

QPalette darkPalette() {
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x202124));
    palette.setColor(QPalette::WindowText, QColor(0xeeeeee));
    return palette;
}

// e.g. queue-mlfq-boost-t40-900-dark.png
QString fileName(const char* prefix, const Shot& shot) {
    return QString("%1-%2-t%3-%4%5.png")
        .arg(prefix, shot.scenario)
        .arg(shot.time)
        .arg(shot.size.width())
        .arg(shot.dark ? "-dark" : "");
}

template <typename View>
void writeShot(Output& out, const char* prefix, const Shot& shot) {
    const QString file = fileName(prefix, shot);
    auto run = ui::testing::scenarioRun(std::string(shot.scenario) + ".yaml");
    if (!run) {
        out.record(file, false);
        return;
    }
    models::PlaybackController controller;
    controller.setRun(run);
    controller.jumpTo(shot.time);
    View view;
    view.setController(&controller);
    view.resize(shot.size);
    if (shot.dark) {
        view.setPalette(darkPalette());
    }
    out.record(file, view.grab().save(out.path(file)));
}

}  // namespace

void writeViews(Output& out) {
    for (const Shot& shot :
         {Shot{"mlfq-boost", 40, {900, 460}}, Shot{"classroom-io", 12, {900, 420}},
          Shot{"two-cpus", 3, {900, 420}}, Shot{"multiprogramming-off", 5, {900, 420}},
          Shot{"mlfq-boost", 40, {520, 460}}, Shot{"classroom-io", 12, {900, 420}, true}}) {
        writeShot<ui::QueueView>(out, "queue", shot);
    }
    for (const Shot& shot :
         {Shot{"mlfq-boost", 40, {760, 440}}, Shot{"classroom-io", 12, {760, 440}},
          Shot{"classroom-io", 0, {480, 300}}, Shot{"classroom-io", 12, {760, 440}, true}}) {
        writeShot<ui::StateDiagram>(out, "states", shot);
    }
}

}  // namespace schedlab::gallery
