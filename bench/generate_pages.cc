// gen_pages: writes synthetic market-report pages (and optionally their
// truth as JSON lines) for benchmarks, fuzz seeds and extractor checks.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

#include "base/flags.h"
#include "bench/page_templates.h"
#include "bench/truth_json.h"

namespace marketclaims {
namespace {

const char kUsage[] =
    "usage: gen_pages --count N --out DIR [--seed S] [--min-bytes B] [--max-bytes B]\n"
    "                 [--truth FILE]\n"
    "Writes N synthetic market-report pages DIR/page-NNNNN.html, the same for the\n"
    "same seed. --truth writes one JSON line per page with the facts it states.\n"
    "Pages are padded to between --min-bytes (default 10240) and --max-bytes\n"
    "(default 40960).\n";

bool ParseCount(const std::string& flag, const std::string& text, unsigned long long* out,
                std::string* error) {
  char* end = nullptr;
  errno = 0;
  unsigned long long v = std::strtoull(text.c_str(), &end, 10);
  if (text.empty() || text[0] == '-' || *end != '\0' || errno != 0) {
    *error = "bad value for " + flag + ": '" + text + "'";
    return false;
  }
  *out = v;
  return true;
}

bool WriteFile(const std::string& path, const std::string& data, std::string* error) {
  FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) {
    *error = path + ": " + std::strerror(errno);
    return false;
  }
  bool ok = std::fwrite(data.data(), 1, data.size(), f) == data.size();
  ok = (std::fclose(f) == 0) && ok;
  if (!ok) *error = path + ": write failed";
  return ok;
}

int Run(const std::vector<std::string>& args) {
  Flags flags;
  for (const char* name : {"--count", "--out", "--seed", "--min-bytes", "--max-bytes", "--truth"}) {
    flags.AddOption(name);
  }
  flags.AddSwitch("--help");
  std::string error;
  if (!flags.Parse(args, &error)) {
    std::fprintf(stderr, "gen_pages: %s\n%s", error.c_str(), kUsage);
    return 2;
  }
  if (flags.Has("--help")) {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (!flags.Has("--count") || !flags.Has("--out") || !flags.positional().empty()) {
    std::fprintf(stderr, "gen_pages: --count and --out are required\n%s", kUsage);
    return 2;
  }
  unsigned long long count = 0, seed = 1, min_bytes = 10240, max_bytes = 40960;
  if (!ParseCount("--count", flags.Get("--count"), &count, &error) ||
      !ParseCount("--seed", flags.Get("--seed", "1"), &seed, &error) ||
      !ParseCount("--min-bytes", flags.Get("--min-bytes", "10240"), &min_bytes, &error) ||
      !ParseCount("--max-bytes", flags.Get("--max-bytes", "40960"), &max_bytes, &error)) {
    std::fprintf(stderr, "gen_pages: %s\n", error.c_str());
    return 2;
  }
  if (max_bytes < min_bytes) max_bytes = min_bytes;

  std::string dir = flags.Get("--out");
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) {
    std::fprintf(stderr, "gen_pages: %s: %s\n", dir.c_str(), ec.message().c_str());
    return 1;
  }
  FILE* truth = nullptr;
  if (flags.Has("--truth")) {
    truth = std::fopen(flags.Get("--truth").c_str(), "wb");
    if (truth == nullptr) {
      std::fprintf(stderr, "gen_pages: %s: %s\n", flags.Get("--truth").c_str(),
                   std::strerror(errno));
      return 1;
    }
  }

  PageGenerator gen(seed, min_bytes, max_bytes);
  GeneratedPage page;
  int status = 0;
  for (unsigned long long i = 0; i < count; ++i) {
    gen.Generate(i, &page);
    char name[64];
    std::snprintf(name, sizeof name, "page-%05llu.html", i);
    if (!WriteFile(dir + "/" + name, page.html, &error)) {
      std::fprintf(stderr, "gen_pages: %s\n", error.c_str());
      status = 1;
      break;
    }
    if (truth != nullptr) {
      std::string line = TruthJsonLine(page, name) + "\n";
      std::fwrite(line.data(), 1, line.size(), truth);
    }
  }
  if (truth != nullptr && std::fclose(truth) != 0) {
    std::fprintf(stderr, "gen_pages: %s: write failed\n", flags.Get("--truth").c_str());
    status = 1;
  }
  return status;
}

}  // namespace
}  // namespace marketclaims

int main(int argc, char** argv) {
  return marketclaims::Run(std::vector<std::string>(argv + 1, argv + argc));
}
