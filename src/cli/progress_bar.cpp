#include "cli/progress_bar.hpp"

#include <unistd.h>

namespace schedlab::cli {
namespace {

constexpr std::size_t kWidth = 30;
constexpr auto kRedrawEvery = std::chrono::milliseconds(50);

}  // namespace

ProgressBar::ProgressBar(std::FILE* out) : m_out(isatty(fileno(out)) != 0 ? out : nullptr) {}

std::string ProgressBar::line(std::size_t done, std::size_t total) {
    std::size_t filled = total == 0 ? kWidth : done * kWidth / total;
    std::string count = std::to_string(done) + "/" + std::to_string(total);
    std::string pad(std::to_string(total).size() * 2 + 1 - count.size(), ' ');
    return "[" + std::string(filled, '#') + std::string(kWidth - filled, '.') + "]  " + pad +
           count + " files";
}

void ProgressBar::update(std::size_t done, std::size_t total) {
    auto now = std::chrono::steady_clock::now();
    if (m_out == nullptr || (done < total && m_drawn > 0 && now - m_last < kRedrawEvery)) {
        return;
    }
    m_last = now;
    std::string text = line(done, total);
    std::fprintf(m_out, "\r%s", text.c_str());
    std::fflush(m_out);
    m_drawn = text.size();
}

void ProgressBar::clear() {
    if (m_out != nullptr && m_drawn > 0) {
        std::fprintf(m_out, "\r%s\r", std::string(m_drawn, ' ').c_str());
        std::fflush(m_out);
        m_drawn = 0;
    }
}

}  // namespace schedlab::cli
