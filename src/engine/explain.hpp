#pragma once
// Turns decisions into sentences a student can read: "t=12: P3 preempts P1 on CPU 0: remaining
// 3 < 5". The sentences are built once, here, as templates with arguments, so that the app can
// show them translated (render with a Translate) and the CLI in English (explain).

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/result.hpp"
#include "engine/workload.hpp"

namespace schedlab::engine {

/// English text with Qt-style placeholders %1, %2, ... and the arguments that fill them.
struct Phrase {
    std::string_view text;   ///< marked with QT_TRANSLATE_NOOP in the context "schedlab::engine"
    std::vector<std::string> args;
};

/// A decision as a sentence. When `reason` has text, it fills the sentence's last placeholder.
struct Explanation {
    Phrase sentence;
    Phrase reason;
};

/// Looks up the translation of a template (empty function: English).
using Translate = std::function<std::string(std::string_view english)>;

Explanation describe(const Decision& decision, const Workload& workload);
/// What a blocked process waits for, in step syntax: "io", "join C", "lock M", "put Q", ...
std::string waitText(BlockReason reason, std::uint32_t object, const Workload& workload);
/// The sentence without the time, e.g. "CPU 0 runs P1 (first in the ready queue)".
std::string render(const Explanation& explanation, const Translate& translate = {});
/// Fills %1..%9 in `text` with `args`, in any order (a translation may reorder them).
std::string fill(std::string_view text, const std::vector<std::string>& args);
/// "t=TIME: sentence", in English.
std::string explain(const Decision& decision, const Workload& workload);

}  // namespace schedlab::engine
