#include "engine/types.hpp"

namespace schedlab::engine {

std::string_view stateName(ProcessState state) {
    switch (state) {
        case ProcessState::New:
            return "new";
        case ProcessState::Ready:
            return "ready";
        case ProcessState::Running:
            return "running";
        case ProcessState::Blocked:
            return "blocked";
        case ProcessState::Terminated:
            return "terminated";
    }
    return "?";
}

}  // namespace schedlab::engine
