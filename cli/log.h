// Log: the lines `run` and `crawl` write on stderr, each stamped with the
// UTC time in ISO 8601, so a cron mail or the journal says when each step
// happened. Problems are always written; progress only when not quiet, so
// a quiet cron job stays silent unless something needs a look.
#ifndef MARKETCLAIMS_CLI_LOG_H_
#define MARKETCLAIMS_CLI_LOG_H_

#include <cstdarg>
#include <cstdio>
#include <ctime>
#include <string>
#include <utility>

namespace marketclaims {

class Log {
 public:
  // `out` is not owned; `command` names the program part ("run").
  Log(FILE* out, std::string command, bool quiet)
      : out_(out), command_(std::move(command)), quiet_(quiet) {}

  bool quiet() const { return quiet_; }

  // printf-style; a newline is added.
  void Info(const char* format, ...) const __attribute__((format(printf, 2, 3)));
  void Problem(const char* format, ...) const __attribute__((format(printf, 2, 3)));

 private:
  void Write(const char* format, va_list args) const;

  FILE* out_;
  std::string command_;
  bool quiet_;
};

// "2026-11-27T12:15:49Z".
std::string IsoUtc(std::time_t t);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_CLI_LOG_H_
