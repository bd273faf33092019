#pragma once
// Memory for a scenario's text with zeroed padding after it, as simdjson needs. Big files are
// read into memory that is mapped in one go: touching fresh pages one by one is the largest
// single cost of loading a big file on some machines (virtual machines in particular).

#include <cstddef>
#include <string>
#include <string_view>

namespace schedlab::scenario::detail {

class TextBuffer {
public:
    TextBuffer() = default;
    TextBuffer(const TextBuffer&) = delete;
    TextBuffer& operator=(const TextBuffer&) = delete;
    ~TextBuffer() { release(); }

    /// Room for `size` bytes plus `padding` zero bytes; false if memory is short.
    bool allocate(std::size_t size, std::size_t padding);
    /// Copies text in, with padding after it.
    bool assign(std::string_view text, std::size_t padding);
    void release();
    /// Grows to `capacity` bytes, keeping the ones held (mapped memory is moved, not copied);
    /// the bytes added are not zeroed.
    bool grow(std::size_t capacity);

    char* data() { return m_data; }
    std::size_t capacity() const { return m_capacity; }

private:
    char* m_data = nullptr;
    std::size_t m_capacity = 0;
    bool m_mapped = false;
};

/// Asks the system to map the pages of a large, freshly reserved block in one go rather than one
/// fault at a time (several times faster on virtual machines). A hint: does nothing where the
/// system cannot, and nothing for blocks under a megabyte.
void prefault(void* data, std::size_t bytes);

/// Reads a whole file (at most maxSize bytes) into buffer followed by `padding` zero bytes.
/// Returns the file's size, or sets error to the reason it cannot be read. Streams (pipes,
/// devices, files in /proc that say they are empty) are read in steps and never past
/// maxSize + 1 bytes; one that holds a NUL byte is refused at once, as no text file does.
std::size_t readFile(const std::string& path, std::size_t maxSize, std::size_t padding,
                     TextBuffer& buffer, std::string& error);

}  // namespace schedlab::scenario::detail
