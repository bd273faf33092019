#include "real/shared_block.hpp"

#include <linux/futex.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <ctime>
#include <new>
#include <stdexcept>

namespace schedlab::real::detail {
namespace {

constexpr std::size_t kHeaderSize = 256;  // keeps the slots cache-line aligned

}  // namespace

SharedBlock::SharedBlock(std::size_t children) : m_children(children) {
    m_size = kHeaderSize + children * sizeof(ChildSlot);
    m_base = mmap(nullptr, m_size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (m_base == MAP_FAILED) {
        m_base = nullptr;
        throw std::runtime_error("cannot map shared memory for the children");
    }
    new (m_base) SharedHeader();
    for (std::size_t i = 0; i < children; ++i) {
        new (&slot(i)) ChildSlot();
    }
}

SharedBlock::~SharedBlock() {
    if (m_base != nullptr) {
        munmap(m_base, m_size);
    }
}

ChildSlot& SharedBlock::slot(std::size_t i) const {
    auto* bytes = static_cast<char*>(m_base) + kHeaderSize + i * sizeof(ChildSlot);
    return *reinterpret_cast<ChildSlot*>(bytes);
}

std::int64_t monotonicNs() {
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<std::int64_t>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

void futexWait(std::atomic<std::uint32_t>& word, std::uint32_t value) {
    static_assert(sizeof(std::atomic<std::uint32_t>) == sizeof(std::uint32_t));
    while (word.load(std::memory_order_acquire) == value) {
        syscall(SYS_futex, reinterpret_cast<std::uint32_t*>(&word), FUTEX_WAIT, value, nullptr,
                nullptr, 0);
    }
}

void futexWakeAll(std::atomic<std::uint32_t>& word) {
    syscall(SYS_futex, reinterpret_cast<std::uint32_t*>(&word), FUTEX_WAKE, 1 << 30, nullptr,
            nullptr, 0);
}

void sleepUntilNs(std::int64_t ns) {
    timespec ts{};
    ts.tv_sec = static_cast<time_t>(ns / 1'000'000'000);
    ts.tv_nsec = static_cast<long>(ns % 1'000'000'000);
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, nullptr) == EINTR) {
    }
}

}  // namespace schedlab::real::detail
