#include "base/format.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace marketclaims {
namespace {

std::string FormatUtc(int64_t unix_seconds, const char* format) {
  std::time_t t = static_cast<std::time_t>(unix_seconds);
  std::tm tm;
  gmtime_r(&t, &tm);
  char buf[40];
  std::strftime(buf, sizeof buf, format, &tm);
  return buf;
}

}  // namespace

std::string FormatNumber(double value) {
  if (!std::isfinite(value)) return "";
  char buf[32];
  for (int precision = 15; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof(buf), "%.*g", precision, value);
    if (std::strtod(buf, nullptr) == value) break;
  }
  return buf;
}

std::string IsoTime(int64_t unix_seconds) { return FormatUtc(unix_seconds, "%Y-%m-%dT%H:%M:%SZ"); }

std::string ReadableTime(int64_t unix_seconds) {
  return FormatUtc(unix_seconds, "%Y-%m-%d %H:%M:%S UTC");
}

}  // namespace marketclaims
