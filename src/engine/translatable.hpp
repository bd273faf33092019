#pragma once
// Marks English text in the engine that the app shows translated. The engine links no Qt: the
// macro only returns the text, and lupdate (which reads QT_TRANSLATE_NOOP by name) files it under
// the context "schedlab::engine", where the app looks it up (QCoreApplication::translate).

#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, text) text
#endif

namespace schedlab::engine {
/// The translation context of every text marked in the engine.
inline constexpr const char* kTranslationContext = "schedlab::engine";
}  // namespace schedlab::engine
