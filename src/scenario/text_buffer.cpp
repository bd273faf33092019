#include "scenario/text_buffer.hpp"

#include "engine/large_array.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace schedlab::scenario::detail {
namespace {

constexpr std::size_t kMapAbove = std::size_t{1} << 20;

using File = std::unique_ptr<std::FILE, int (*)(std::FILE*)>;

// A regular file, straight into the buffer.
std::size_t readSized(std::FILE* file, std::size_t size, std::size_t padding, TextBuffer& buffer,
                      std::string& error) {
    if (!buffer.allocate(size, padding)) {
        error = "not enough memory";
        return 0;
    }
    std::size_t got = std::fread(buffer.data(), 1, size, file);
    if (std::ferror(file)) {
        error = std::strerror(errno);
    } else if (got != size) {
        error = "the file changed while it was read";
    }
    return got;
}

// A file whose size is not known in advance (a pipe): read in steps, then copied.
std::size_t readUnsized(std::FILE* file, std::size_t maxSize, std::size_t padding,
                        TextBuffer& buffer, std::string& error) {
    std::string bytes;
    char chunk[1 << 16];
    while (std::size_t got = std::fread(chunk, 1, sizeof chunk, file)) {
        bytes.append(chunk, got);
        if (bytes.size() > maxSize) {
            error = "the file is larger than 1 GiB";
            return 0;
        }
    }
    if (std::ferror(file)) {
        error = std::strerror(errno);
        return 0;
    }
    if (!buffer.assign(bytes, padding)) {
        error = "not enough memory";
        return 0;
    }
    return bytes.size();
}

}  // namespace

bool TextBuffer::allocate(std::size_t size, std::size_t padding) {
    release();
    m_capacity = size + padding;
#if defined(__linux__)
    if (m_capacity >= kMapAbove) {
        void* p = mmap(nullptr, m_capacity, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
        m_data = p == MAP_FAILED ? nullptr : static_cast<char*>(p);
        m_mapped = m_data != nullptr;  // mapped memory is zeroed already
        return m_mapped;
    }
#endif
    m_data = new (std::nothrow) char[m_capacity];
    if (m_data != nullptr) {
        std::fill(m_data + size, m_data + m_capacity, '\0');
    }
    return m_data != nullptr;
}

bool TextBuffer::assign(std::string_view text, std::size_t padding) {
    if (!allocate(text.size(), padding)) {
        return false;
    }
    std::copy(text.begin(), text.end(), m_data);
    return true;
}

void TextBuffer::release() {
#if defined(__linux__)
    if (m_mapped) {
        munmap(m_data, m_capacity);
        m_data = nullptr;
    }
#endif
    delete[] m_data;
    m_data = nullptr;
    m_capacity = 0;
    m_mapped = false;
}

void prefault(void* data, std::size_t bytes) { engine::prepareLargeArray(data, bytes); }

std::size_t readFile(const std::string& path, std::size_t maxSize, std::size_t padding,
                     TextBuffer& buffer, std::string& error) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        error = "it is a directory";
        return 0;
    }
    File file(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!file) {
        error = std::strerror(errno);
        return 0;
    }
    auto size = static_cast<std::size_t>(std::filesystem::file_size(path, ec));
    if (ec || !std::filesystem::is_regular_file(path, ec)) {
        return readUnsized(file.get(), maxSize, padding, buffer, error);
    }
    if (size > maxSize) {
        error = "the file is larger than 1 GiB";
        return 0;
    }
    return readSized(file.get(), size, padding, buffer, error);
}

}  // namespace schedlab::scenario::detail
