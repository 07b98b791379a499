#include "cli/log.h"

#include <cstdarg>

namespace marketclaims {

std::string IsoUtc(std::time_t t) {
  struct tm tm_utc;
  gmtime_r(&t, &tm_utc);
  char buf[32];
  std::strftime(buf, sizeof(buf), "%Y-%m-%dT%H:%M:%SZ", &tm_utc);
  return buf;
}

void Log::Write(const char* format, va_list args) const {
  // One fprintf for prefix and one for the message could interleave with
  // another writer; format into a buffer and write the line at once.
  char message[2048];
  std::vsnprintf(message, sizeof(message), format, args);
  std::fprintf(out_, "%s marketclaims %s: %s\n", IsoUtc(std::time(nullptr)).c_str(),
               command_.c_str(), message);
  std::fflush(out_);
}

void Log::Info(const char* format, ...) const {
  if (quiet_) return;
  va_list args;
  va_start(args, format);
  Write(format, args);
  va_end(args);
}

void Log::Problem(const char* format, ...) const {
  va_list args;
  va_start(args, format);
  Write(format, args);
  va_end(args);
}

}  // namespace marketclaims
