#include "models/engine_text.hpp"

#include <QCoreApplication>
#include <string>

#include "engine/translatable.hpp"

namespace schedlab::models {

QString engineText(std::string_view english) {
    return QCoreApplication::translate(engine::kTranslationContext, std::string(english).c_str());
}

}  // namespace schedlab::models
