// ParseCommandFlags: the start of every subcommand that takes flags (all
// but the top-level --help and --version), so that a bad flag and --help
// read the same everywhere. A bad flag prints
// "marketclaims COMMAND: MESSAGE" and the usage text on stderr (kExitUsage);
// --help prints the usage text on stdout (kExitOk).
#ifndef MARKETCLAIMS_CLI_PARSE_COMMAND_H_
#define MARKETCLAIMS_CLI_PARSE_COMMAND_H_

#include "base/flags.h"
#include "cli/commands.h"

namespace marketclaims {

// Parses `args` into `flags` (already declared). Returns false, with
// *exit_status set, when the command has nothing more to do: a bad flag
// (usage on stderr, kExitUsage) or --help / -h (usage on stdout, kExitOk).
bool ParseCommandFlags(const char* command, const char* usage, const Args& args, Flags* flags,
                       int* exit_status);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_CLI_PARSE_COMMAND_H_
