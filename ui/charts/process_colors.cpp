#include "charts/process_colors.hpp"

#include <QCoreApplication>

#include "charts/chart_style.hpp"

namespace schedlab::ui {

QColor processColor(int index, [[maybe_unused]] bool dark) { return seriesColor(index); }

QString stateLabel(engine::ProcessState state) {
    switch (state) {
        case engine::ProcessState::New:
            return QCoreApplication::translate("schedlab::ui::ProcessStates", "new");
        case engine::ProcessState::Ready:
            return QCoreApplication::translate("schedlab::ui::ProcessStates", "ready");
        case engine::ProcessState::Running:
            return QCoreApplication::translate("schedlab::ui::ProcessStates", "running");
        case engine::ProcessState::Blocked:
            return QCoreApplication::translate("schedlab::ui::ProcessStates", "blocked");
        case engine::ProcessState::Terminated:
            return QCoreApplication::translate("schedlab::ui::ProcessStates", "terminated");
        case engine::ProcessState::Zombie:
            return QCoreApplication::translate("schedlab::ui::ProcessStates", "zombie");
    }
    return {};
}

QColor stateColor(engine::ProcessState state, bool dark) {
    QColor color;
    switch (state) {
        case engine::ProcessState::New:
            color = QColor(0x6c7a89);
            break;
        case engine::ProcessState::Ready:
            color = QColor(0xe08e00);
            break;
        case engine::ProcessState::Running:
            color = QColor(0x1e9e48);
            break;
        case engine::ProcessState::Blocked:
            color = QColor(0xd7263d);
            break;
        case engine::ProcessState::Terminated:
            color = QColor(0x2f6db5);
            break;
        case engine::ProcessState::Zombie:
            color = QColor(0x7b4fa0);
            break;
    }
    return dark ? color.lighter(125) : color;
}

}  // namespace schedlab::ui
