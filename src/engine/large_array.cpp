#include "engine/large_array.hpp"

#include <cstdint>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace schedlab::engine {

void prepareLargeArray(void* data, std::size_t bytes) {
#if defined(__linux__)
    constexpr std::size_t kPage = 4096;
    constexpr std::size_t kWorthIt = std::size_t{4} << 20;
    auto begin = (reinterpret_cast<std::uintptr_t>(data) + kPage - 1) / kPage * kPage;
    auto end = (reinterpret_cast<std::uintptr_t>(data) + bytes) / kPage * kPage;
    if (bytes < kWorthIt || end <= begin) {
        return;
    }
    auto* start = reinterpret_cast<void*>(begin);
#if defined(MADV_HUGEPAGE)
    madvise(start, end - begin, MADV_HUGEPAGE);   // advice only: failure changes nothing
#endif
#if defined(MADV_POPULATE_WRITE)
    madvise(start, end - begin, MADV_POPULATE_WRITE);
#endif
#else
    (void)data;
    (void)bytes;
#endif
}

}  // namespace schedlab::engine
