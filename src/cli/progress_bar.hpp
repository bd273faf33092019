#pragma once
// A one-line progress bar on a terminal, redrawn in place with '\r' and erased at the end. It
// draws nothing when the stream is not a terminal, so files and pipes never see it.

#include <chrono>
#include <cstddef>
#include <cstdio>
#include <string>

namespace schedlab::cli {

class ProgressBar {
public:
    /// Draws on `out` only if it is a terminal (isatty).
    explicit ProgressBar(std::FILE* out);
    ~ProgressBar() { clear(); }
    ProgressBar(const ProgressBar&) = delete;
    ProgressBar& operator=(const ProgressBar&) = delete;

    /// Redraws, at most about 20 times a second (always for the last file).
    void update(std::size_t done, std::size_t total);
    /// Erases the bar, leaving the cursor at the start of the empty line.
    void clear();

    /// The text of the bar: "[#########...........]  450/1000 files".
    static std::string line(std::size_t done, std::size_t total);

private:
    std::FILE* m_out = nullptr;  ///< null when not a terminal
    std::size_t m_drawn = 0;     ///< length of what is on the line now
    std::chrono::steady_clock::time_point m_last;
};

}  // namespace schedlab::cli
