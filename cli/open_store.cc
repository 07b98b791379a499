#include "cli/open_store.h"

#include <cstdio>

#include "cli/commands.h"

namespace marketclaims {

std::unique_ptr<Store> OpenStoreToRead(const char* command, const std::string& db_path,
                                       int* exit_status) {
  StoreOptions options;
  options.read_only = true;
  std::string error;
  std::unique_ptr<Store> store = OpenSqliteStore(db_path, options, &error);
  if (!store) {
    std::fprintf(stderr, "marketclaims %s: %s\n", command, error.c_str());
    *exit_status = kExitFatal;
  }
  return store;
}

std::unique_ptr<Store> OpenStoreToWrite(const char* command, const std::string& db_path,
                                        int* exit_status) {
  std::string error;
  bool busy = false;
  std::unique_ptr<Store> store = OpenSqliteStore(db_path, StoreOptions(), &error, &busy);
  if (!store) {
    std::fprintf(stderr, "marketclaims %s: %s\n", command, error.c_str());
    *exit_status = busy ? kExitLocked : kExitFatal;
  }
  return store;
}

std::unique_ptr<Store> LockAndOpenStore(const Log& log, const std::string& db_path,
                                        RunLock* lock, int* exit_status) {
  std::string error;
  bool held = false;
  if (!lock->TryAcquire(db_path, &held, &error)) {
    log.Problem("%s", error.c_str());
    *exit_status = held ? kExitLocked : kExitFatal;
    return nullptr;
  }
  bool busy = false;
  std::unique_ptr<Store> store = OpenSqliteStore(db_path, StoreOptions(), &error, &busy);
  if (!store) {
    log.Problem("%s", error.c_str());
    *exit_status = busy ? kExitLocked : kExitFatal;
  }
  return store;
}

}  // namespace marketclaims
