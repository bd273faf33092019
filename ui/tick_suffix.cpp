#include "ui/tick_suffix.hpp"

#include <QCoreApplication>
#include <QSpinBox>

namespace schedlab::ui {

void useTicksSuffix(QSpinBox* spin) {
    auto update = [spin](int value) {
        spin->setSuffix(
            QCoreApplication::translate("schedlab::ui::TickSuffix", " tick(s)",
                                        "the unit after a number of ticks in a spin box", value));
    };
    update(spin->value());
    QObject::connect(spin, &QSpinBox::valueChanged, spin, update);
}

}  // namespace schedlab::ui
