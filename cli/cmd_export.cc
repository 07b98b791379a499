// marketclaims export: write one kind of row (claims, players, ...) as CSV
// or JSON Lines, with market, URL and fetch time joined in.
#include <cstdio>
#include <string>

#include "base/flags.h"
#include "cli/commands.h"
#include "cli/open_store.h"
#include "cli/output_file.h"
#include "cli/parse_command.h"
#include "store/export_format.h"
#include "store/store.h"

namespace marketclaims {
namespace {

constexpr char kUsage[] =
    "usage: marketclaims export [--db PATH] --what KIND [--format csv|jsonl]\n"
    "                           [--history] [-o FILE]\n\n"
    "Writes the rows of one KIND (claims, players, segments, regions, faqs) to\n"
    "standard output or FILE: RFC 4180 CSV with a header row (the default), or\n"
    "JSON Lines with the same fields. Columns come in a fixed order. Only current\n"
    "documents are exported unless --history adds superseded versions. The\n"
    "database is opened read-only.\n\n"
    "FILE is written under a temporary name and renamed when complete; it may\n"
    "not be the database or one of its -wal, -shm or .lock files.\n\n"
    "Exit status: 0 done, 2 usage error, 4 database or output file failed.\n";

}  // namespace

int RunExport(const Args& args) {
  Flags flags;
  flags.AddOption("--db");
  flags.AddOption("--what");
  flags.AddOption("--format");
  flags.AddOption("-o");
  flags.AddSwitch("--history");
  flags.AddSwitch("--help");
  int status = kExitOk;
  if (!ParseCommandFlags("export", kUsage, args, &flags, &status)) return status;
  std::string error;
  ExportKind kind;
  ExportFormat format;
  if (!ParseExportKind(flags.Get("--what"), &kind)) {
    std::fprintf(stderr,
                 "marketclaims export: --what must be one of claims, players, "
                 "segments, regions, faqs\n%s",
                 kUsage);
    return kExitUsage;
  }
  if (!ParseExportFormat(flags.Get("--format", "csv"), &format)) {
    std::fprintf(stderr, "marketclaims export: --format must be csv or jsonl\n%s", kUsage);
    return kExitUsage;
  }
  if (!flags.positional().empty()) {
    std::fprintf(stderr, "marketclaims export: unexpected argument '%s'\n%s",
                 flags.positional()[0].c_str(), kUsage);
    return kExitUsage;
  }
  const std::string db_path = flags.Get("--db", kDefaultDbPath);
  const std::string out_path = flags.Get("-o");
  if (!out_path.empty()) {
    Status refused = CheckOutputIsNotDatabase(out_path, db_path);
    if (!refused.ok()) {
      std::fprintf(stderr, "marketclaims export: %s\n", refused.message().c_str());
      return ExitStatusFor(refused);
    }
  }
  std::unique_ptr<Store> store = OpenStoreToRead("export", db_path, &status);
  if (!store) return status;
  OutputFile out_file;
  if (!out_path.empty()) {
    Status opened = out_file.Open(out_path);
    if (!opened.ok()) {
      std::fprintf(stderr, "marketclaims export: %s\n", opened.message().c_str());
      return ExitStatusFor(opened);
    }
  }
  FILE* out = out_path.empty() ? stdout : out_file.file();
  const std::string out_name = out_path.empty() ? "standard output" : out_path;
  std::unique_ptr<RowSink> sink = NewFormatSink(format, out, out_name);
  Status exported = store->Export(kind, flags.Has("--history"), sink.get());
  if (exported.ok()) exported = out_path.empty() ? FinishStandardOutput() : out_file.Commit();
  if (!exported.ok()) {
    std::fprintf(stderr, "marketclaims export: %s\n", exported.message().c_str());
    return ExitStatusFor(exported);
  }
  return kExitOk;
}

}  // namespace marketclaims
