#include "cli/open_store.h"

#include <cstdio>

#include "cli/exit_status.h"

namespace marketclaims {
namespace {

std::unique_ptr<Store> Open(const char* command, const std::string& db_path,
                            const StoreOptions& options, int* exit_status) {
  std::unique_ptr<Store> store;
  Status status = OpenSqliteStore(db_path, options, &store);
  if (!status.ok()) {
    std::fprintf(stderr, "marketclaims %s: %s\n", command, status.message().c_str());
    *exit_status = ExitStatusFor(status);
  }
  return store;
}

}  // namespace

std::unique_ptr<Store> OpenStoreToRead(const char* command, const std::string& db_path,
                                       int* exit_status) {
  StoreOptions options;
  options.read_only = true;
  return Open(command, db_path, options, exit_status);
}

std::unique_ptr<Store> OpenStoreToWrite(const char* command, const std::string& db_path,
                                        int* exit_status) {
  return Open(command, db_path, StoreOptions(), exit_status);
}

std::unique_ptr<Store> LockAndOpenStore(const Log& log, const std::string& db_path, RunLock* lock,
                                        int* exit_status) {
  std::unique_ptr<Store> store;
  Status status = lock->TryAcquire(db_path);
  if (status.ok()) status = OpenSqliteStore(db_path, StoreOptions(), &store);
  if (!status.ok()) {
    log.Problem("%s", status.message().c_str());
    *exit_status = ExitStatusFor(status);
  }
  return store;
}

}  // namespace marketclaims
