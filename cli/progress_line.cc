#include "cli/progress_line.h"

#include <utility>

namespace marketclaims {

ProgressLine::ProgressLine(FILE* out, bool live, std::string label, std::string unit)
    : out_(out), live_(live), label_(std::move(label)), unit_(std::move(unit)) {}

void ProgressLine::Update(std::size_t done, std::size_t total) {
  if (!live_) return;
  const auto now = std::chrono::steady_clock::now();
  if (drawn_ && done < total && now - last_draw_ < std::chrono::milliseconds(250)) return;
  last_draw_ = now;
  // \r + clear-to-end-of-line, as crawl's progress line.
  std::fprintf(out_, "\r%s: %zu/%zu %s\033[K", label_.c_str(), done, total, unit_.c_str());
  std::fflush(out_);
  drawn_ = true;
}

void ProgressLine::Clear() {
  if (!drawn_) return;
  std::fprintf(out_, "\r\033[K");
  std::fflush(out_);
  drawn_ = false;
}

}  // namespace marketclaims
