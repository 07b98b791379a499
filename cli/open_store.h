// Opening the corpus database for a subcommand, so that every command says
// the same thing and exits the same way when it cannot: the store's
// message (which names the path) on stderr and ExitStatusFor its Status.
#ifndef MARKETCLAIMS_CLI_OPEN_STORE_H_
#define MARKETCLAIMS_CLI_OPEN_STORE_H_

#include <memory>
#include <string>

#include "cli/log.h"
#include "cli/run_lock.h"
#include "store/store.h"

namespace marketclaims {

// The database a command uses when given no --db (and no config `db`).
constexpr char kDefaultDbPath[] = "marketclaims.db";

// For commands that only read (export, stats, conflicts): read-only.
// Prints "marketclaims COMMAND: MESSAGE". Returns null with *exit_status
// set on failure.
std::unique_ptr<Store> OpenStoreToRead(const char* command, const std::string& db_path,
                                       int* exit_status);

// For commands that write (ingest, reextract, reconcile). Prints
// "marketclaims COMMAND: MESSAGE". Returns null with *exit_status set on
// failure.
std::unique_ptr<Store> OpenStoreToWrite(const char* command, const std::string& db_path,
                                        int* exit_status);

// For crawl and run, which may be started by cron while another is still
// going: takes `lock` on db_path first, then opens the store for writing;
// problems go to `log`. Returns null with *exit_status set on failure.
std::unique_ptr<Store> LockAndOpenStore(const Log& log, const std::string& db_path, RunLock* lock,
                                        int* exit_status);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_CLI_OPEN_STORE_H_
