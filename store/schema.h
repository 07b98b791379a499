// The database schema as an ordered list of forward migrations. Migration i
// (1-based) takes a database from PRAGMA user_version i-1 to i. A new table
// or column is one more entry at the end of kMigrations in schema.cc (as
// version 3 added `conflicts`); existing entries are never edited, because
// databases in the field have already run them.
#ifndef MARKETCLAIMS_STORE_SCHEMA_H_
#define MARKETCLAIMS_STORE_SCHEMA_H_

#include <string>
#include <vector>

#include "base/status.h"

namespace SQLite {
class Database;
}

namespace marketclaims {

struct Migration {
  int version;      // user_version after it runs
  const char* sql;  // one or more statements
};

// The migrations this program knows, in order.
const std::vector<Migration>& Migrations();

// The user_version of a fully migrated database.
int LatestSchemaVersion();

// Brings `db` up to `target` (the last of `migrations` when -1) inside one
// IMMEDIATE transaction, so a failure leaves the database as it was and two
// processes opening a fresh file migrate it once. A database newer than the
// list is refused (kCorrupt). `path` only names the file in messages.
Status MigrateSchema(SQLite::Database* db, const std::vector<Migration>& migrations, int target,
                     const std::string& path);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_STORE_SCHEMA_H_
