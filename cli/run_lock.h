// RunLock: keeps two scheduled runs off one database. The lock is an
// flock(2) on DB.lock next to the database: the kernel drops it when the
// holder exits, however it exits, so a crashed or killed run never leaves
// a stale lock behind and nothing has to be cleaned up. The file itself
// stays (removing it would race with a run that just opened it); it holds
// the holder's process id, for the message the next run prints.
#ifndef MARKETCLAIMS_CLI_RUN_LOCK_H_
#define MARKETCLAIMS_CLI_RUN_LOCK_H_

#include <string>

#include "base/status.h"

namespace marketclaims {

class RunLock {
 public:
  RunLock() = default;
  ~RunLock();
  RunLock(const RunLock&) = delete;
  RunLock& operator=(const RunLock&) = delete;

  // The lock file of the database at `db_path`.
  static std::string PathFor(const std::string& db_path);

  // Takes the lock without waiting. Fails with kBusy, naming the process,
  // when another process has it, and with kIoError when the lock file
  // cannot be created or locked.
  Status TryAcquire(const std::string& db_path);

 private:
  int fd_ = -1;
};

}  // namespace marketclaims

#endif  // MARKETCLAIMS_CLI_RUN_LOCK_H_
