#pragma once
// What the fuzz targets share: a failed check prints what broke, with the input, and aborts, so
// libFuzzer saves the input as a crash (build/fuzz/artifacts/, see scripts/fuzz).

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace schedlab::fuzz {

inline std::string_view asText(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

[[noreturn]] inline void fail(std::string_view what, std::string_view detail) {
    std::fprintf(stderr, "fuzz check failed: %.*s\n%.*s\n", static_cast<int>(what.size()),
                 what.data(), static_cast<int>(detail.size()), detail.data());
    std::abort();
}

inline void check(bool ok, std::string_view what, std::string_view detail) {
    if (!ok) {
        fail(what, detail);
    }
}

}  // namespace schedlab::fuzz
