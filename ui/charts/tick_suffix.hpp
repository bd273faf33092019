#pragma once
// A spin box of ticks says "1 tick" and "2 ticks" (#12: "1 ticks"), in the app's language.

class QSpinBox;
class QWidget;

namespace schedlab::ui {

/// A spin box whose unit follows its value, " tick" or " ticks", however the value is set (also
/// with its signals blocked): tr() with %n, the English forms in translations/schedlab_en.ts.
QSpinBox* newTicksSpinBox(QWidget* parent);

}  // namespace schedlab::ui
