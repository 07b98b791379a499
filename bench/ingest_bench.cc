// ingest_bench: times extraction alone and extraction + storing over a
// folder of pages, to show what the store adds. Prints documents/s, MB/s
// and peak RSS. Not a test: numbers depend on the machine.
//
//   ingest_bench --mode extract|ingest [--db PATH] DIR
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <string>
#include <vector>

#include "base/flags.h"
#include "extract/extractor.h"
#include "store/ingest.h"
#include "store/page_file.h"
#include "store/store.h"

namespace marketclaims {
namespace {

int Main(const std::vector<std::string>& args) {
  Flags flags;
  flags.AddOption("--mode");
  flags.AddOption("--db");
  std::string error;
  if (!flags.Parse(args, &error) || flags.positional().size() != 1) {
    std::fprintf(stderr, "usage: ingest_bench --mode extract|ingest [--db PATH] DIR\n");
    return 2;
  }
  const std::string mode = flags.Get("--mode", "ingest");
  std::vector<std::string> files;
  std::vector<std::pair<std::string, std::string>> problems;
  CollectPageFiles(flags.positional(), &files, &problems);

  Extractor extractor;
  std::unique_ptr<Store> store;
  if (mode == "ingest") {
    Status opened = OpenSqliteStore(flags.Get("--db", "bench.db"), StoreOptions(), &store);
    if (!opened.ok()) {
      std::fprintf(stderr, "ingest_bench: %s\n", opened.message().c_str());
      return 4;
    }
  }
  int failed = 0;
  BatchIngester batch(
      extractor, store.get(), BatchOptions(),
      [&failed](const std::string&, const PageStored& s) { failed += !s.status.ok(); });
  const auto start = std::chrono::steady_clock::now();
  std::size_t bytes_total = 0;
  for (const std::string& path : files) {
    std::string bytes;
    if (!ReadPageFile(path, ExtractLimits().max_input_bytes, &bytes, &error)) {
      ++failed;
      continue;
    }
    bytes_total += bytes.size();
    if (mode == "extract") {
      Extraction x;
      if (!extractor.Extract(bytes, "", path, &x, &error)) ++failed;
      continue;
    }
    FetchRecord fetch;
    fetch.url = FileUrl(path);
    fetch.fetched_at = static_cast<int64_t>(std::time(nullptr));
    fetch.outcome = FetchRecord::Outcome::kOk;
    fetch.bytes = static_cast<int64_t>(bytes.size());
    Status added = batch.Add(fetch, std::move(bytes), "", path);
    if (!added.ok()) {
      std::fprintf(stderr, "ingest_bench: %s\n", added.message().c_str());
      return 4;
    }
  }
  Status flushed = store ? batch.Flush() : Status::OK();
  if (!flushed.ok()) {
    std::fprintf(stderr, "ingest_bench: %s\n", flushed.message().c_str());
    return 4;
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  struct rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  std::printf("%-8s %6zu docs  %7.3f s  %8.1f docs/s  %6.2f MB/s  peak RSS %6.1f MB  failed %d\n",
              mode.c_str(), files.size(), seconds, files.size() / seconds,
              bytes_total / 1e6 / seconds, usage.ru_maxrss / 1024.0, failed);
  return failed ? 1 : 0;
}

}  // namespace
}  // namespace marketclaims

int main(int argc, char** argv) {
  return marketclaims::Main(std::vector<std::string>(argv + 1, argv + argc));
}
