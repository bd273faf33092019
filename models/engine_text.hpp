#pragma once
// Text the engine declares (policy titles, parameter labels and help, decision sentences) as the
// user reads it: translated under the engine's context (see engine/translatable.hpp).

#include <QString>
#include <string_view>

namespace schedlab::models {

/// `english`, a text marked in the engine, in the installed translation.
QString engineText(std::string_view english);

}  // namespace schedlab::models
