#pragma once
// Basic vocabulary of the engine: time, process ids and the five process states.

#include <cstdint>
#include <limits>
#include <string_view>

namespace schedlab::engine {

/// Simulated time in integer ticks. Every duration and instant in the engine is a Tick.
using Tick = std::int64_t;
/// A process is named by its index in Workload::processes (the file's order).
using Pid = std::uint32_t;

inline constexpr Tick kNever = std::numeric_limits<Tick>::max();
inline constexpr Pid kNoProcess = std::numeric_limits<Pid>::max();

/// The five-state model: new -> ready -> running -> (blocked -> ready ...) -> terminated, and
/// for programs (CONTRACT section 4) zombie: ended, waiting for its parent to join it.
enum class ProcessState : std::uint8_t { New, Ready, Running, Blocked, Terminated, Zombie };

/// Why a process is blocked: its own I/O, or waiting for a child, a lock or a queue.
enum class BlockReason : std::uint8_t { Io, Join, Lock, Put, Get, JoinQueue };

std::string_view stateName(ProcessState state);
/// "io", "join", "lock", "put", "get", "join" (the word before the object's name).
std::string_view reasonWord(BlockReason reason);

}  // namespace schedlab::engine
