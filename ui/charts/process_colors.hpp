#pragma once
// Colours shared by every view, so that a process has the same colour in the Gantt chart, the
// queues and the tables, and a state the same colour in the state diagram and the legends.
// Strong, saturated colours that survive a washed-out classroom projector.

#include <QColor>
#include <QString>

#include "engine/types.hpp"

namespace schedlab::ui {

/// The colour of the process at `index` (its position in the workload): the charts' series
/// colour (chart_style.hpp's seriesColor), so that a process looks the same in every view.
/// Twelve distinct hues, then the same hues darker and lighter. `dark` is for a dark theme;
/// the hues are strong enough for both, so it currently changes nothing.
QColor processColor(int index, bool dark);
/// The translated name of a process state, lower case ("ready").
QString stateLabel(engine::ProcessState state);
/// The colour of a process state (new, ready, running, blocked, terminated).
QColor stateColor(engine::ProcessState state, bool dark);

}  // namespace schedlab::ui
