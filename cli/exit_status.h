// The process exit statuses every subcommand shares (README.md, "Exit
// statuses"), so a cron wrapper can branch on them, and the one mapping
// from a failed Status to them.
#ifndef MARKETCLAIMS_CLI_EXIT_STATUS_H_
#define MARKETCLAIMS_CLI_EXIT_STATUS_H_

#include "base/status.h"

namespace marketclaims {

enum ExitStatus {
  kExitOk = 0,       // everything done
  kExitPartial = 1,  // done, but some inputs failed (each named on stderr)
  kExitUsage = 2,    // bad flag, bad configuration: nothing was done
  kExitLocked = 3,   // another run holds the lock, or the database was busy too long
  kExitFatal = 4,    // the database could not be opened, migrated or written
  // A crawl stopped by SIGTERM (128 + 15, as if the signal had ended it):
  // what was fetched is kept and the next run resumes the frontier.
  kExitTerminated = 143,
};

// kExitOk for OK; kExitUsage for kBadInput (the user's flag, config or alias
// is wrong); kExitLocked for kBusy; kExitFatal for kIoError and kCorrupt.
int ExitStatusFor(const Status& status);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_CLI_EXIT_STATUS_H_
