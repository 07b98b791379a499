// The subcommands of `marketclaims`. Each takes the arguments after its own
// name and returns the process exit status (cli/exit_status.h).
#ifndef MARKETCLAIMS_CLI_COMMANDS_H_
#define MARKETCLAIMS_CLI_COMMANDS_H_

#include <string>
#include <vector>

#include "cli/exit_status.h"

namespace marketclaims {

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
