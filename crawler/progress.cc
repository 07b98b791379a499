#include "crawler/progress.h"

namespace marketclaims {
namespace {

std::string Bytes(int64_t n) {
  char buf[32];
  if (n < 1024) {
    std::snprintf(buf, sizeof(buf), "%lld B", static_cast<long long>(n));
  } else if (n < 1024 * 1024) {
    std::snprintf(buf, sizeof(buf), "%.1f KiB", n / 1024.0);
  } else {
    std::snprintf(buf, sizeof(buf), "%.1f MiB", n / (1024.0 * 1024.0));
  }
  return buf;
}

}  // namespace

ProgressReporter::ProgressReporter(FILE* out, bool quiet, bool live)
    : out_(out), quiet_(quiet), live_(live && !quiet) {}

std::string ProgressReporter::FormatProgress(const CrawlStats& s) {
  char buf[256];
  double rate = s.elapsed_seconds > 0 ? s.done() / s.elapsed_seconds : 0;
  std::snprintf(buf, sizeof(buf), "crawl: %lld done, %lld queued, %lld failed, %s, %.1f pages/s",
                static_cast<long long>(s.done()), static_cast<long long>(s.queued),
                static_cast<long long>(s.failed), Bytes(s.bytes).c_str(), rate);
  return buf;
}

std::string ProgressReporter::FormatSummary(const CrawlStats& s) {
  char buf[384];
  std::snprintf(buf, sizeof(buf),
                "crawl: %lld new, %lld unchanged, %lld skipped, %lld failed, %lld deferred; "
                "%lld requests (%lld retries), %s in %.1f s",
                static_cast<long long>(s.pages_new), static_cast<long long>(s.unchanged),
                static_cast<long long>(s.skipped), static_cast<long long>(s.failed),
                static_cast<long long>(s.deferred), static_cast<long long>(s.requests),
                static_cast<long long>(s.retries), Bytes(s.bytes).c_str(), s.elapsed_seconds);
  return buf;
}

void ProgressReporter::Update(const CrawlStats& stats, double now) {
  if (!live_ || (last_draw_ >= 0 && now - last_draw_ < 0.25)) return;
  last_draw_ = now;
  // \r + clear-to-end-of-line: the line shrinks cleanly when numbers do.
  std::fprintf(out_, "\r%s\033[K", FormatProgress(stats).c_str());
  std::fflush(out_);
  drawn_ = true;
}

void ProgressReporter::Finish(const CrawlStats& stats) {
  if (quiet_) return;
  if (drawn_) std::fprintf(out_, "\r\033[K");
  std::fprintf(out_, "%s\n", FormatSummary(stats).c_str());
  std::fflush(out_);
}

}  // namespace marketclaims
