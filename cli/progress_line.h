// ProgressLine: "ingest: 1200/5000 files" on stderr for commands that work
// through many pages (ingest, reextract), drawn in place as crawl draws its
// own, so a long run on a terminal shows it is alive. Off a terminal (cron,
// a pipe, a log file) it prints nothing.
#ifndef MARKETCLAIMS_CLI_PROGRESS_LINE_H_
#define MARKETCLAIMS_CLI_PROGRESS_LINE_H_

#include <chrono>
#include <cstddef>
#include <cstdio>
#include <string>

namespace marketclaims {

class ProgressLine {
 public:
  // `out` is not owned. Draws only when `live` (pass isatty(fileno(out))).
  // `label` and `unit` make "label: done/total unit".
  ProgressLine(FILE* out, bool live, std::string label, std::string unit);
  ~ProgressLine() { Clear(); }
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;

  // Redraws the line if ~0.25 s passed since the last draw, and always for
  // the last item, so the final count is seen.
  void Update(std::size_t done, std::size_t total);

  // Removes the line, before another message is printed or at the end.
  void Clear();

 private:
  FILE* out_;
  bool live_;
  std::string label_;
  std::string unit_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace marketclaims

#endif  // MARKETCLAIMS_CLI_PROGRESS_LINE_H_
