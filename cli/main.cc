// marketclaims: the command-line shell around the pipeline. It only parses
// arguments and dispatches; each subcommand lives in its own cmd_*.cc.
#include <cstdio>
#include <cstring>
#include <string>

#include "cli/commands.h"
#include "cli/output_file.h"

namespace marketclaims {
namespace {

struct Command {
  const char* name;
  const char* summary;
  int (*run)(const Args& args);
};

// A command whose output was lost (a full disk, a closed pipe) has not done
// its job, however well the rest went: say so and exit kExitFatal, so that
// `marketclaims stats > report.txt` in a script cannot fail silently.
int FinishOutput(const char* command, int exit_status) {
  if (exit_status != kExitOk && exit_status != kExitPartial) return exit_status;
  Status flushed = FinishStandardOutput();
  if (flushed.ok()) return exit_status;
  std::fprintf(stderr, "marketclaims %s: %s\n", command, flushed.message().c_str());
  return ExitStatusFor(flushed);
}

constexpr Command kCommands[] = {
    {"extract", "print the claims found in local HTML files", RunExtract},
    {"ingest", "extract local HTML files into the database", RunIngest},
    {"reextract", "re-run the extraction rules over stored pages", RunReextract},
    {"export", "write claims, players, ... as CSV or JSON Lines", RunExport},
    {"stats", "summarise what the database holds", RunStats},
    {"reconcile", "recompute the conflicts between claims of one market", RunReconcile},
    {"conflicts", "list the conflicts found by reconcile", RunConflicts},
    {"crawl", "fetch report pages over the web into the database", RunCrawl},
    {"run", "the whole job for cron: crawl, extract, store, reconcile", RunRun},
};

void PrintUsage(FILE* out) {
  std::fprintf(out,
               "usage: marketclaims COMMAND [FLAGS] [ARGS]\n"
               "       marketclaims --version\n\n"
               "commands:\n");
  for (const Command& c : kCommands) std::fprintf(out, "  %-11s %s\n", c.name, c.summary);
  std::fprintf(out, "\n'marketclaims COMMAND --help' describes one command.\n");
}

}  // namespace
}  // namespace marketclaims

int main(int argc, char** argv) {
  using namespace marketclaims;
  if (argc < 2) {
    PrintUsage(stderr);
    return kExitUsage;
  }
  std::string name = argv[1];
  if (name == "--help" || name == "-h" || name == "help") {
    PrintUsage(stdout);
    return FinishOutput("--help", kExitOk);
  }
  if (name == "--version") {
    std::printf("marketclaims %s\n", MARKETCLAIMS_VERSION);
    return FinishOutput("--version", kExitOk);
  }
  for (const Command& c : kCommands) {
    if (name == c.name) return FinishOutput(c.name, c.run(Args(argv + 2, argv + argc)));
  }
  std::fprintf(stderr, "marketclaims: unknown command '%s'\n\n", name.c_str());
  PrintUsage(stderr);
  return kExitUsage;
}
