// extract_bench: how fast is extraction compared with the HTML parse it
// cannot avoid? Generates synthetic pages in memory, then times, over the
// same bytes, (a) Gumbo alone, (b) Extractor::BuildDocument and (c) the full
// Extractor::Extract, keeping the best of several runs of each. The goal is
// (c)/(a) <= 1.3: the rules should cost little next to the parse. MB/s are
// from CPU time (MB = 10^6 bytes); wall time is shown beside it. It also
// scores the extractions against the pages' truth (untimed).
#include <gumbo.h>
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "base/flags.h"
#include "bench/page_templates.h"
#include "bench/truth_compare.h"
#include "extract/extractor.h"

namespace marketclaims {
namespace {

const char kUsage[] =
    "usage: extract_bench [--mb N] [--seed S] [--reps R]\n"
    "Generates at least N MB (default 50) of synthetic pages in memory and reports\n"
    "MB/s (CPU time) for Gumbo alone, for BuildDocument and for the full Extract, the best of\n"
    "R runs each (default 3), the ratio full/Gumbo, peak RSS, and how the\n"
    "extractions compare with the pages' truth.\n";

using Clock = std::chrono::steady_clock;

double PeakRssMb() {
  struct rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;  // ru_maxrss is in KiB on Linux
}

// CPU time of the process: the benchmark is single-threaded, and on a shared
// machine CPU time is far steadier than wall time.
double CpuSeconds() {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

struct Timing {
  double cpu = 1e300;
  double wall = 1e300;
};

// Runs `pass` once and keeps it in *best if its CPU time is the best so far.
template <typename Pass>
void Time(Pass pass, Timing* best) {
  Clock::time_point wall_start = Clock::now();
  double cpu_start = CpuSeconds();
  pass();
  double cpu = CpuSeconds() - cpu_start;
  if (cpu < best->cpu) {
    best->cpu = cpu;
    best->wall = std::chrono::duration<double>(Clock::now() - wall_start).count();
  }
}

bool ParsePositive(const std::string& text, long* out) {
  char* end = nullptr;
  long v = std::strtol(text.c_str(), &end, 10);
  if (text.empty() || *end != '\0' || v <= 0) return false;
  *out = v;
  return true;
}

int Run(const std::vector<std::string>& args) {
  Flags flags;
  flags.AddOption("--mb");
  flags.AddOption("--seed");
  flags.AddOption("--reps");
  flags.AddSwitch("--help");
  std::string error;
  if (!flags.Parse(args, &error) || !flags.positional().empty()) {
    std::fprintf(stderr, "extract_bench: %s\n%s",
                 error.empty() ? "unexpected argument" : error.c_str(), kUsage);
    return 2;
  }
  if (flags.Has("--help")) {
    std::fputs(kUsage, stdout);
    return 0;
  }
  long mb = 0, seed = 0, reps = 0;
  if (!ParsePositive(flags.Get("--mb", "50"), &mb) ||
      !ParsePositive(flags.Get("--seed", "1"), &seed) ||
      !ParsePositive(flags.Get("--reps", "3"), &reps)) {
    std::fprintf(stderr, "extract_bench: --mb, --seed and --reps take positive integers\n");
    return 2;
  }

  PageGenerator generator(static_cast<uint64_t>(seed), 10240, 40960);
  std::vector<GeneratedPage> pages;
  std::size_t total = 0;
  while (total < static_cast<std::size_t>(mb) * 1000000) {
    pages.emplace_back();
    generator.Generate(pages.size() - 1, &pages.back());
    total += pages.back().html.size();
  }
  double rss_pages = PeakRssMb();
  double mbytes = total / 1e6;
  std::printf("pages: %zu (%d templates), %.1f MB, seed %ld, best of %ld runs\n", pages.size(),
              PageGenerator::TemplateCount(), mbytes, seed, reps);

  Extractor extractor;
  long failures = 0;
  Timing gumbo, doc, full;
  for (long rep = 0; rep < reps; ++rep) {
    Time(
        [&] {
          for (const GeneratedPage& p : pages) {
            GumboOutput* out =
                gumbo_parse_with_options(&kGumboDefaultOptions, p.html.data(), p.html.size());
            gumbo_destroy_output(&kGumboDefaultOptions, out);
          }
        },
        &gumbo);
    Time(
        [&] {
          Document d;
          for (const GeneratedPage& p : pages) {
            d = Document();
            if (!extractor.BuildDocument(p.html, "", &d, &error)) ++failures;
          }
        },
        &doc);
    Time(
        [&] {
          Extraction ex;
          for (const GeneratedPage& p : pages) {
            ex = Extraction();
            if (!extractor.Extract(p.html, "", "bench", &ex, &error)) ++failures;
          }
        },
        &full);
  }

  std::printf("\n%-26s %9s %9s %9s\n", "measurement", "cpu s", "wall s", "MB/s");
  auto row = [&](const char* name, const Timing& t) {
    std::printf("%-26s %9.3f %9.3f %9.1f\n", name, t.cpu, t.wall, mbytes / t.cpu);
  };
  row("(a) gumbo parse only", gumbo);
  row("(b) BuildDocument", doc);
  row("(c) Extract (full)", full);
  double ratio = full.cpu / gumbo.cpu;
  std::printf("ratio (c)/(a): %.2f (goal <= 1.30)%s\n", ratio,
              ratio <= 1.3 ? "" : "  ** over goal **");
  std::printf("ratio (b)/(a): %.2f\n", doc.cpu / gumbo.cpu);
  std::printf("peak RSS: %.1f MB (%.1f MB of it after generating the pages)\n", PeakRssMb(),
              rss_pages);
  if (failures > 0) std::printf("extraction failures: %ld (last: %s)\n", failures, error.c_str());

  // Accuracy, untimed: overall and per template.
  TruthScore overall;
  std::map<std::string, TruthScore> by_template;
  for (const GeneratedPage& p : pages) {
    Extraction ex;
    if (!extractor.Extract(p.html, "", "bench", &ex, &error)) continue;
    TruthScore s = ScoreAgainstTruth(p.truth, ex);
    overall.Add(s);
    by_template[p.template_name].Add(s);
  }
  std::printf("\naccuracy against the generated truth (all pages):\n%s",
              FormatTruthScore(overall).c_str());
  std::printf("\nrecall by template (sizes / cagrs / players / segments / regions / faqs):\n");
  for (const auto& [name, s] : by_template) {
    std::string line = "  " + name + std::string(name.size() < 14 ? 14 - name.size() : 0, ' ');
    for (int field :
         {kFieldSizes, kFieldCagrs, kFieldPlayers, kFieldSegments, kFieldRegions, kFieldFaqs}) {
      const FieldScore& f = s.fields[field];
      char cell[16];
      if (f.truth == 0) {
        std::snprintf(cell, sizeof cell, " %6s", "-");
      } else {
        std::snprintf(cell, sizeof cell, " %5.1f%%", 100.0 * f.found / f.truth);
      }
      line += cell;
    }
    std::printf("%s\n", line.c_str());
  }
  return 0;
}

}  // namespace
}  // namespace marketclaims

int main(int argc, char** argv) {
  return marketclaims::Run(std::vector<std::string>(argv + 1, argv + argc));
}
