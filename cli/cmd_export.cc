// marketclaims export: write one kind of row (claims, players, ...) as CSV
// or JSON Lines, with market, URL and fetch time joined in.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#include "cli/commands.h"
#include "base/flags.h"
#include "cli/open_store.h"
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
    std::fprintf(stderr, "marketclaims export: --what must be one of claims, players, "
                         "segments, regions, faqs\n%s", kUsage);
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
  std::unique_ptr<Store> store = OpenStoreToRead("export", db_path, &status);
  if (!store) return status;
  const std::string out_path = flags.Get("-o");
  FILE* out = stdout;
  if (!out_path.empty()) {
    out = std::fopen(out_path.c_str(), "wb");
    if (!out) {
      std::fprintf(stderr, "marketclaims export: %s: cannot create: %s\n", out_path.c_str(),
                   std::strerror(errno));
      return kExitFatal;
    }
  }
  const std::string out_name = out_path.empty() ? "standard output" : out_path;
  std::unique_ptr<RowSink> sink = NewFormatSink(format, out, out_name);
  Status exported = store->Export(kind, flags.Has("--history"), sink.get());
  if (exported.ok() && std::fflush(out) != 0) {
    exported = Status::IoError(out_name + ": write failed: " + std::strerror(errno));
  }
  if (out != stdout && std::fclose(out) != 0 && exported.ok()) {
    exported = Status::IoError(out_name + ": write failed: " + std::strerror(errno));
  }
  if (!exported.ok()) {
    std::fprintf(stderr, "marketclaims export: %s\n", exported.message().c_str());
    return ExitStatusFor(exported);
  }
  return kExitOk;
}

}  // namespace marketclaims
