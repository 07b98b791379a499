// marketclaims reextract: run the current extraction rules again over the
// raw pages kept in the database, replacing each document's claims.
#include <unistd.h>

#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "base/flags.h"
#include "cli/commands.h"
#include "cli/open_store.h"
#include "cli/parse_command.h"
#include "cli/progress_line.h"
#include "extract/extractor.h"
#include "store/store.h"

namespace marketclaims {
namespace {

constexpr char kUsage[] =
    "usage: marketclaims reextract [--db PATH]\n\n"
    "Extracts every stored page again (superseded versions too) with this\n"
    "program's rules and replaces its title, market, claims, players, segments,\n"
    "regions and FAQs. A page the rules now refuse keeps its old rows and is named\n"
    "on stderr.\n\n"
    "Exit status: 0 done, 1 some documents failed, 2 usage error, 3 database\n"
    "locked, 4 database cannot be opened or written.\n";

constexpr std::size_t kBatch = 200;

int64_t ClaimCount(Store* store) {
  int64_t claims = 0;
  return store->CountClaims(&claims).ok() ? claims : -1;
}

}  // namespace

int RunReextract(const Args& args) {
  Flags flags;
  flags.AddOption("--db");
  flags.AddSwitch("--help");
  int status = kExitOk;
  if (!ParseCommandFlags("reextract", kUsage, args, &flags, &status)) return status;
  if (!flags.positional().empty()) {
    std::fprintf(stderr, "marketclaims reextract: unexpected argument '%s'\n%s",
                 flags.positional()[0].c_str(), kUsage);
    return kExitUsage;
  }
  const std::string db_path = flags.Get("--db", kDefaultDbPath);
  std::unique_ptr<Store> store = OpenStoreToWrite("reextract", db_path, &status);
  if (!store) return status;
  const int64_t claims_before = ClaimCount(store.get());
  std::vector<int64_t> ids;
  Status listed = store->ListDocumentIds(&ids);
  if (!listed.ok()) {
    std::fprintf(stderr, "marketclaims reextract: %s: %s\n", db_path.c_str(),
                 listed.message().c_str());
    return ExitStatusFor(listed);
  }
  Extractor extractor;
  int failed = 0;
  std::size_t done = 0;
  std::vector<std::pair<int64_t, Extraction>> batch;
  ProgressLine progress(stderr, isatty(fileno(stderr)) != 0, "reextract", "documents");
  for (std::size_t i = 0; i < ids.size(); ++i) {
    progress.Update(i + 1, ids.size());
    StoredPage page;
    Extraction extraction;
    Status loaded = store->LoadPage(ids[i], &page);
    std::string error = loaded.message();
    if (!loaded.ok() || !extractor.Extract(page.raw, page.charset, page.url, &extraction, &error)) {
      progress.Clear();
      std::fprintf(stderr, "marketclaims reextract: document %lld (%s): %s\n",
                   static_cast<long long>(ids[i]), page.url.c_str(), error.c_str());
      ++failed;
    } else {
      batch.emplace_back(ids[i], std::move(extraction));
    }
    if (batch.size() >= kBatch || (i + 1 == ids.size() && !batch.empty())) {
      Status replaced = store->ReplaceExtractions(batch);
      if (!replaced.ok()) {
        progress.Clear();
        std::fprintf(stderr, "marketclaims reextract: %s: %s\n", db_path.c_str(),
                     replaced.message().c_str());
        return ExitStatusFor(replaced);
      }
      done += batch.size();
      batch.clear();
    }
  }
  progress.Clear();
  std::printf("%s: re-extracted %zu documents, %d failed; claims %lld -> %lld\n", db_path.c_str(),
              done, failed, static_cast<long long>(claims_before),
              static_cast<long long>(ClaimCount(store.get())));
  return failed ? kExitPartial : kExitOk;
}

}  // namespace marketclaims
