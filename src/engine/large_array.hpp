#pragma once
// Big arrays (a million processes) spend much of their set-up time in page faults, 4 KiB at a
// time. prepareLargeArray asks Linux for transparent huge pages and maps the memory in one go;
// elsewhere, and for small arrays, it does nothing.

#include <cstddef>
#include <vector>

namespace schedlab::engine {

void prepareLargeArray(void* data, std::size_t bytes);

/// v.resize(n) with the memory prepared first.
template <class T>
void resizeLarge(std::vector<T>& v, std::size_t n) {
    v.reserve(n);
    prepareLargeArray(v.data(), v.capacity() * sizeof(T));
    v.resize(n);
}

}  // namespace schedlab::engine
