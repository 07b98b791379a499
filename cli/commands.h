// The subcommands of `marketclaims`. Each takes the arguments after its own
// name and returns the process exit status (see ExitStatus).
#ifndef MARKETCLAIMS_CLI_COMMANDS_H_
#define MARKETCLAIMS_CLI_COMMANDS_H_

#include <string>
#include <vector>

namespace marketclaims {

// Exit statuses, documented in README.md; cron wrappers branch on them.
enum ExitStatus {
  kExitOk = 0,          // everything done
  kExitPartial = 1,     // done, but some inputs failed (each named on stderr)
  kExitUsage = 2,       // bad flag, bad configuration: nothing was done
  kExitLocked = 3,      // another run holds the database lock
  kExitFatal = 4,       // the database could not be opened or written
};

using Args = std::vector<std::string>;

int RunExtract(const Args& args);
int RunIngest(const Args& args);
int RunReextract(const Args& args);
int RunExport(const Args& args);
int RunStats(const Args& args);
int RunReconcile(const Args& args);
int RunConflicts(const Args& args);
int RunCrawl(const Args& args);
int RunRun(const Args& args);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_CLI_COMMANDS_H_
