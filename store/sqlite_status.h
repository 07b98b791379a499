// How the SQLite store turns SQLite's failures into Status codes. Private
// to store/.
#ifndef MARKETCLAIMS_STORE_SQLITE_STATUS_H_
#define MARKETCLAIMS_STORE_SQLITE_STATUS_H_

#include <string>

#include "base/status.h"

namespace SQLite {
class Exception;
}

namespace marketclaims {

// True for SQLite result codes that mean another connection held a lock.
bool IsSqliteBusy(int code);

// True for SQLite result codes that concern one row's data (a constraint,
// a value too big or of the wrong type); anything else (I/O, full disk,
// lock timeout, corruption) dooms the whole transaction.
bool IsSqliteDataError(int code);

// `what: SQLite's message` with the code that tells the caller what to do:
// kBusy for a lock timeout (the message says so), kCorrupt for a file that
// is not a database or is damaged, kIoError for everything else (a whole
// call that fails on a constraint could not write the database; only
// IngestPages tells one page's bad data, as that page's kBadInput).
Status SqliteStatus(const SQLite::Exception& e, const std::string& what);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_STORE_SQLITE_STATUS_H_
