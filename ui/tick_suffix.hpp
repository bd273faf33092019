#pragma once
// A spin box of ticks says "1 tick" and "2 ticks" (#12: "1 ticks"), in the app's language.

class QSpinBox;

namespace schedlab::ui {

/// Gives `spin` the unit " tick" or " ticks" as its value asks, from now on (tr() with %n
/// forms: translations/schedlab_en.ts has the English ones).
void useTicksSuffix(QSpinBox* spin);

}  // namespace schedlab::ui
