// marketclaims ingest: extract local HTML files and store them in the
// corpus, through the same IngestOnePage path the crawler uses.
#include <unistd.h>

#include <cstdio>
#include <ctime>
#include <string>
#include <vector>

#include "base/flags.h"
#include "cli/commands.h"
#include "cli/open_store.h"
#include "cli/parse_command.h"
#include "cli/progress_line.h"
#include "crawler/url.h"
#include "extract/extractor.h"
#include "store/ingest.h"
#include "store/page_file.h"
#include "store/store.h"

namespace marketclaims {
namespace {

constexpr char kUsage[] =
    "usage: marketclaims ingest [--db PATH] [--url URL] FILE|DIR...\n\n"
    "Extracts the claims of local HTML files and stores page, claims and provenance\n"
    "in the database (default ./marketclaims.db, created if missing). Folders are\n"
    "searched recursively for *.html and *.htm files. A file is recorded under the\n"
    "URL file://<absolute path>, or under --url (only with a single file).\n"
    "Storing the same content again adds nothing; changed content at the same URL\n"
    "becomes a new version and the old one is kept as history.\n\n"
    "Exit status: 0 all stored, 1 some files failed (each named on stderr),\n"
    "2 usage error, 3 database locked by another process for too long,\n"
    "4 database cannot be opened or written.\n";

struct Tally {
  int new_documents = 0;
  int new_versions = 0;
  int unchanged = 0;
  int failed = 0;
};

void Complain(const std::string& label, const std::string& message) {
  std::fprintf(stderr, "marketclaims ingest: %s: %s\n", label.c_str(), message.c_str());
}

}  // namespace

int RunIngest(const Args& args) {
  Flags flags;
  flags.AddOption("--db");
  flags.AddOption("--url");
  flags.AddSwitch("--help");
  int status = kExitOk;
  if (!ParseCommandFlags("ingest", kUsage, args, &flags, &status)) return status;
  std::string error;
  if (flags.positional().empty()) {
    std::fprintf(stderr, "marketclaims ingest: no input files\n%s", kUsage);
    return kExitUsage;
  }
  Tally tally;
  std::vector<std::string> files;
  std::vector<std::pair<std::string, std::string>> problems;
  CollectPageFiles(flags.positional(), &files, &problems);
  std::string url;
  if (flags.Has("--url")) {
    if (files.size() + problems.size() != 1) {
      std::fprintf(stderr, "marketclaims ingest: --url needs exactly one input file\n");
      return kExitUsage;
    }
    // Stored as the crawler would store it, so that the same page fetched
    // later is the same source.
    std::string why;
    if (!NormalizeUrl(flags.Get("--url"), &url, &why)) {
      std::fprintf(stderr, "marketclaims ingest: --url '%s': %s\n", flags.Get("--url").c_str(),
                   why.c_str());
      return kExitUsage;
    }
  }

  const std::string db_path = flags.Get("--db", kDefaultDbPath);
  std::unique_ptr<Store> store = OpenStoreToWrite("ingest", db_path, &status);
  if (!store) return status;

  for (const auto& [path, reason] : problems) {
    Complain(path, reason);
    ++tally.failed;
  }
  ProgressLine progress(stderr, isatty(fileno(stderr)) != 0, "ingest", "files");
  Extractor extractor;
  BatchIngester batch(extractor, store.get(), BatchOptions(),
                      [&tally, &progress](const std::string& label, const PageStored& stored) {
                        if (!stored.status.ok()) {
                          progress.Clear();
                          Complain(label, stored.status.message());
                          ++tally.failed;
                          return;
                        }
                        switch (stored.result.outcome) {
                          case IngestOutcome::kNewDocument:
                            ++tally.new_documents;
                            break;
                          case IngestOutcome::kNewVersion:
                            ++tally.new_versions;
                            break;
                          case IngestOutcome::kUnchanged:
                            ++tally.unchanged;
                            break;
                        }
                      });
  const std::size_t max_bytes = ExtractLimits().max_input_bytes;
  Status stored;
  for (std::size_t i = 0; i < files.size(); ++i) {
    const std::string& path = files[i];
    progress.Update(i + 1, files.size());
    std::string bytes;
    if (!ReadPageFile(path, max_bytes, &bytes, &error)) {
      progress.Clear();
      Complain(path, error);
      ++tally.failed;
      continue;
    }
    FetchRecord fetch;
    fetch.url = url.empty() ? FileUrl(path) : url;
    fetch.fetched_at = static_cast<int64_t>(std::time(nullptr));
    fetch.outcome = FetchRecord::Outcome::kOk;
    fetch.bytes = static_cast<int64_t>(bytes.size());
    fetch.attempts = 1;
    stored = batch.Add(fetch, std::move(bytes), "", path);
    if (!stored.ok()) break;
  }
  if (stored.ok()) stored = batch.Flush();
  progress.Clear();

  std::printf("%s: %d new, %d new versions, %d unchanged, %d failed\n", db_path.c_str(),
              tally.new_documents, tally.new_versions, tally.unchanged, tally.failed);
  std::fflush(stdout);
  if (!stored.ok()) {
    std::fprintf(stderr, "marketclaims ingest: %s: %s\n", db_path.c_str(),
                 stored.message().c_str());
    return ExitStatusFor(stored);
  }
  return tally.failed ? kExitPartial : kExitOk;
}

}  // namespace marketclaims
