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

std::string sizeText(std::size_t bytes) {
    constexpr std::size_t kGiB = std::size_t{1} << 30;
    return bytes % kGiB == 0 ? std::to_string(bytes / kGiB) + " GiB"
                             : std::to_string(bytes) + " bytes";
}

// Room for more bytes: twice as much, but never more than the cap needs.
bool growFor(TextBuffer& buffer, std::size_t size, std::size_t maxSize, std::size_t padding) {
    std::size_t room = buffer.capacity() - padding;
    return size < room || buffer.grow(std::min(2 * room, maxSize + 1) + padding);
}

// A file whose size is not known in advance (a pipe, a device): read in steps straight into
// the buffer, stopping one byte past the cap (#13: /dev/zero grew to 2 GB).
std::size_t readUnsized(std::FILE* file, std::size_t maxSize, std::size_t padding,
                        TextBuffer& buffer, std::string& error) {
    constexpr std::size_t kFirstStep = std::size_t{1} << 16;
    std::size_t size = 0;
    if (!buffer.allocate(std::min(kFirstStep, maxSize + 1), padding)) {
        error = "not enough memory";
        return 0;
    }
    while (size <= maxSize) {
        if (!growFor(buffer, size, maxSize, padding)) {
            error = "not enough memory";
            return 0;
        }
        std::size_t want = buffer.capacity() - padding - size;
        std::size_t got = std::fread(buffer.data() + size, 1, want, file);
        if (std::memchr(buffer.data() + size, '\0', got) != nullptr) {
            error = "it holds NUL bytes, so it is not a text file";
            return 0;
        }
        size += got;
        if (got < want) {
            break;
        }
    }
    if (size > maxSize) {
        error = "the file is larger than " + sizeText(maxSize);
        return 0;
    }
    if (std::ferror(file)) {
        error = std::strerror(errno);
        return 0;
    }
    std::fill(buffer.data() + size, buffer.data() + buffer.capacity(), '\0');
    return size;
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

bool TextBuffer::grow(std::size_t capacity) {
#if defined(__linux__)
    if (m_mapped) {
        void* p = mremap(m_data, m_capacity, capacity, MREMAP_MAYMOVE);
        if (p == MAP_FAILED) {
            return false;
        }
        m_data = static_cast<char*>(p);
        m_capacity = capacity;
        return true;
    }
#endif
    TextBuffer bigger;  // mapped once it is large, then moved by mremap from there on
    if (!bigger.allocate(capacity, 0)) {
        return false;
    }
    std::copy(m_data, m_data + std::min(m_capacity, capacity), bigger.m_data);
    std::swap(m_data, bigger.m_data);
    std::swap(m_capacity, bigger.m_capacity);
    std::swap(m_mapped, bigger.m_mapped);
    return true;
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
    if (ec || size == 0 || !std::filesystem::is_regular_file(path, ec)) {
        return readUnsized(file.get(), maxSize, padding, buffer, error);  // /proc says size 0
    }
    if (size > maxSize) {
        error = "the file is larger than " + sizeText(maxSize);
        return 0;
    }
    return readSized(file.get(), size, padding, buffer, error);
}

}  // namespace schedlab::scenario::detail
