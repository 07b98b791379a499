// marketclaims extract: run the extractor over local files and print what
// it finds. Nothing is stored.
#include <cstdio>
#include <string>

#include "base/flags.h"
#include "base/read_file.h"
#include "base/terminal_text.h"
#include "cli/commands.h"
#include "cli/parse_command.h"
#include "extract/extraction_json.h"
#include "extract/extractor.h"

namespace marketclaims {
namespace {

constexpr char kUsage[] =
    "usage: marketclaims extract [--json | --blocks] FILE|-...\n\n"
    "Prints the market claims found in each HTML file ('-' reads standard input):\n"
    "with --json one JSON object per file, one per line; otherwise a summary.\n"
    "--blocks prints the document model the rules read instead (one block per\n"
    "line: offset, kind, section), to see why a page reads as it does.\n"
    "A file that cannot be read or parsed is named on stderr and the others are\n"
    "still done; the exit status is then 1.\n";

void PrintSummary(const Extraction& x) {
  // Page text goes to a terminal: no control character of it may pass.
  std::printf("%s\n", TerminalLine(x.source).c_str());
  std::printf("  title:   %s\n", TerminalLine(x.title).c_str());
  std::printf("  market:  %s\n",
              x.market.empty() ? "(none found)" : TerminalLine(x.market).c_str());
  for (const MarketSize& s : x.sizes) {
    std::string year = s.year ? std::to_string(*s.year) : "year?";
    std::printf("  size:    %s %g %s, %s (%s)\n", TerminalLine(s.currency).c_str(), s.value,
                TerminalLine(s.unit).c_str(), year.c_str(), BasisName(s.basis));
  }
  for (const Cagr& c : x.cagrs) {
    std::string period =
        (c.start ? std::to_string(*c.start) : "?") + "-" + (c.end ? std::to_string(*c.end) : "?");
    std::printf("  cagr:    %g%% (%s)\n", c.rate, period.c_str());
  }
  for (const Segment& s : x.segments) {
    std::printf("  segment: %s: %s\n", TerminalLine(s.dimension).c_str(),
                TerminalLine(s.name).c_str());
  }
  for (const Region& r : x.regions) std::printf("  region:  %s\n", TerminalLine(r.name).c_str());
  for (const Player& p : x.players) std::printf("  player:  %s\n", TerminalLine(p.name).c_str());
  std::printf("  faqs:    %zu\n", x.faqs.size());
}

void PrintBlocks(const std::string& source, const Document& doc) {
  std::printf("%s\n  title: %s\n", TerminalLine(source).c_str(), TerminalLine(doc.title).c_str());
  for (const Block& b : doc.blocks) {
    std::string kind = BlockKindName(b.kind);
    if (b.kind == BlockKind::kHeading) kind += std::to_string(b.level);
    if (b.bold) kind += ",bold";
    if (b.table >= 0) kind += ",cell " + std::to_string(b.row) + ":" + std::to_string(b.column);
    std::printf("  %6zu %-16s %4d  %s\n", b.offset, kind.c_str(), b.section,
                TerminalLine(b.text).c_str());
  }
}

}  // namespace

int RunExtract(const Args& args) {
  Flags flags;
  flags.AddSwitch("--json");
  flags.AddSwitch("--blocks");
  flags.AddSwitch("--help");
  int status = kExitOk;
  if (!ParseCommandFlags("extract", kUsage, args, &flags, &status)) return status;
  std::string error;
  if (flags.positional().empty()) {
    std::fprintf(stderr, "marketclaims extract: no input files\n%s", kUsage);
    return kExitUsage;
  }
  bool json = flags.Has("--json");
  bool blocks = flags.Has("--blocks");
  if (json && blocks) {
    std::fprintf(stderr, "marketclaims extract: --json and --blocks do not go together\n");
    return kExitUsage;
  }
  Extractor extractor;
  int failed = 0;
  for (const std::string& path : flags.positional()) {
    std::string bytes;
    Extraction x;
    Document doc;
    bool ok = ReadFileBytes(path, ExtractLimits().max_input_bytes, &bytes, &error) &&
              (blocks ? extractor.BuildDocument(bytes, "", &doc, &error)
                      : extractor.Extract(bytes, "", path, &x, &error));
    if (!ok) {
      if (error.rfind(path, 0) != 0) error = path + ": " + error;
      std::fprintf(stderr, "marketclaims extract: %s\n", error.c_str());
      ++failed;
      continue;
    }
    if (blocks) {
      PrintBlocks(path, doc);
    } else if (json) {
      std::printf("%s\n", ExtractionToJson(x).c_str());
    } else {
      PrintSummary(x);
    }
  }
  std::fflush(stdout);
  return failed ? kExitPartial : kExitOk;
}

}  // namespace marketclaims
