#include "store/sqlite_status.h"

#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

namespace marketclaims {

bool IsSqliteBusy(int code) {
  code &= 0xff;
  return code == SQLITE_BUSY || code == SQLITE_LOCKED;
}

bool IsSqliteDataError(int code) {
  code &= 0xff;
  return code == SQLITE_CONSTRAINT || code == SQLITE_TOOBIG || code == SQLITE_MISMATCH ||
         code == SQLITE_RANGE;
}

Status SqliteStatus(const SQLite::Exception& e, const std::string& what) {
  const std::string message = what + ": " + e.what();
  const int code = e.getErrorCode();
  if (IsSqliteBusy(code)) {
    return Status::Busy(message + " (another process held the database too long)");
  }
  if ((code & 0xff) == SQLITE_CORRUPT || (code & 0xff) == SQLITE_NOTADB) {
    return Status::Corrupt(message);
  }
  return Status::IoError(message);
}

}  // namespace marketclaims
