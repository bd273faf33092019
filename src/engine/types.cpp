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
        case ProcessState::Zombie:
            return "zombie";
    }
    return "?";
}

std::string_view reasonWord(BlockReason reason) {
    switch (reason) {
        case BlockReason::Io:
            return "io";
        case BlockReason::Join:
        case BlockReason::JoinQueue:
            return "join";
        case BlockReason::Lock:
            return "lock";
        case BlockReason::Put:
            return "put";
        case BlockReason::Get:
            return "get";
    }
    return "?";
}

}  // namespace schedlab::engine
