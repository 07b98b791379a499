// SqliteStore's shared machinery (the statement cache, binding) and
// OpenSqliteStore: opening, configuring and migrating the database file.
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <thread>

#include "base/text_util.h"
#include "store/schema.h"
#include "store/sqlite_store_impl.h"

namespace marketclaims {
namespace {

// Switching to WAL needs a moment of exclusive access, which another
// process opening the same fresh file may hold; it is retried until the
// busy timeout like any other lock.
void EnableWal(SQLite::Database* db, int busy_timeout_ms) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(busy_timeout_ms);
  for (;;) {
    try {
      db->exec("PRAGMA journal_mode = WAL");
      return;
    } catch (const SQLite::Exception& e) {
      if (!IsSqliteBusy(e.getErrorCode()) || std::chrono::steady_clock::now() > deadline) throw;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  }
}

// A clearer message than SQLite's "unable to open database file" for the
// common causes.
std::string DescribeOpenProblem(const std::string& path, bool read_only) {
  struct stat st;
  if (stat(path.c_str(), &st) == 0) {
    if (S_ISDIR(st.st_mode)) return path + ": is a folder, not a database file";
    return "";
  }
  if (read_only) return path + ": no such database file";
  std::string dir = ".";
  std::size_t slash = path.rfind('/');
  if (slash != std::string::npos) dir = slash == 0 ? "/" : path.substr(0, slash);
  if (stat(dir.c_str(), &st) != 0) return path + ": folder '" + dir + "' does not exist";
  if (!S_ISDIR(st.st_mode)) return path + ": '" + dir + "' is not a folder";
  return "";
}

// A WAL database is read through its -shm index, which SQLite must create
// when it is missing; in a folder the reader may not write it cannot, and
// every read fails with "attempt to write a readonly database".
bool CanReadWal(SQLite::Database* db) {
  try {
    db->execAndGet("PRAGMA user_version");
    return true;
  } catch (const SQLite::Exception& e) {
    if ((e.getErrorCode() & 0xff) == SQLITE_READONLY || e.getErrorCode() == SQLITE_CANTOPEN) {
      return false;
    }
    throw;
  }
}

// Without a -wal file every committed transaction is in the database file,
// which can then be read as immutable (no locks, no index). A writer with
// write access to the folder could start changing it meanwhile; readers in
// a folder they cannot write are typically looking at an archive.
bool ReadableAsImmutable(const std::string& path) {
  struct stat st;
  return stat((path + "-wal").c_str(), &st) != 0 && errno == ENOENT;
}

std::string ImmutableUri(const std::string& path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string uri = "file:";
  for (unsigned char c : path) {
    if (c == '?' || c == '#' || c == '%' || c < 0x20) {
      uri.push_back('%');
      uri.push_back(kHex[c >> 4]);
      uri.push_back(kHex[c & 15]);
    } else {
      uri.push_back(static_cast<char>(c));
    }
  }
  return uri + "?immutable=1";
}

}  // namespace

SQLite::Statement& SqliteStore::Prepared(const char* sql) {
  auto it = statements_.find(std::string_view(sql));
  if (it == statements_.end()) {
    auto stmt = std::make_unique<SQLite::Statement>(*db_, sql);
    it = statements_.emplace(sql, std::move(stmt)).first;
  } else {
    it->second->reset();
    it->second->clearBindings();
  }
  return *it->second;
}

void SqliteStore::ResetStatements() {
  // tryReset: a statement whose last step failed reports that failure
  // again here, and it has been reported already.
  for (auto& [sql, stmt] : statements_) stmt->tryReset();
}

void BindText(SQLite::Statement& stmt, int index, std::string_view text) {
  stmt.bind(index, ValidUtf8(text));
}

void BindOptionalText(SQLite::Statement& stmt, int index, std::string_view text) {
  if (text.empty()) {
    stmt.bind(index);
  } else {
    BindText(stmt, index, text);
  }
}

std::optional<int64_t> StepForId(SQLite::Statement& stmt) {
  std::optional<int64_t> id;
  if (stmt.executeStep()) id = stmt.getColumn(0).getInt64();
  stmt.reset();
  return id;
}

Status OpenSqliteStore(const std::string& path, const StoreOptions& options,
                       std::unique_ptr<Store>* store) {
  store->reset();
  std::string problem = DescribeOpenProblem(path, options.read_only);
  if (!problem.empty()) return Status::IoError(problem);
  try {
    const int flags =
        options.read_only ? SQLite::OPEN_READONLY : SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE;
    auto db = std::make_unique<SQLite::Database>(path, flags, options.busy_timeout_ms);
    if (options.read_only && !CanReadWal(db.get()) && ReadableAsImmutable(path)) {
      db = std::make_unique<SQLite::Database>(
          ImmutableUri(path), SQLite::OPEN_READONLY | SQLite::OPEN_URI, options.busy_timeout_ms);
    }
    if (!options.read_only && sqlite3_db_readonly(db->getHandle(), "main") == 1) {
      return Status::IoError(path + ": database is read-only (check the file's permissions)");
    }
    db->exec("PRAGMA foreign_keys = ON");
    if (options.read_only) {
      int version = db->execAndGet("PRAGMA user_version").getInt();
      if (version != LatestSchemaVersion()) {
        return Status::Corrupt(
            path + ": schema version " + std::to_string(version) +
            (version > LatestSchemaVersion()
                 ? " is newer than this program understands; use a newer marketclaims"
                 : (version == 0 ? " (not a marketclaims database)"
                                 : " is older than this program's; run "
                                   "'marketclaims ingest' on it once to upgrade it")));
      }
    } else {
      EnableWal(db.get(), options.busy_timeout_ms);
      // WAL makes commits durable at checkpoints; a crash may lose the last
      // transactions but never corrupts or half-writes one.
      db->exec("PRAGMA synchronous = NORMAL");
      // Room for a whole batch (32 pages or 1 MB, their claims, indexes
      // and full-text segments) without spilling to the WAL mid-transaction;
      // small enough that peak memory is the same for 1,000 pages or 5,000.
      db->exec("PRAGMA cache_size = -4096");
      // The per-page savepoints of a batch keep their undo records in
      // memory instead of a temporary file.
      db->exec("PRAGMA temp_store = MEMORY");
      // A file of another program: adding our tables to it would be
      // silent damage. An empty file (or a new one) is ours to fill.
      if (db->execAndGet("PRAGMA user_version").getInt() == 0 &&
          db->execAndGet("SELECT count(*) FROM sqlite_schema").getInt64() > 0) {
        return Status::Corrupt(path +
                               ": not a marketclaims database (it holds another program's "
                               "tables); refusing to add the marketclaims schema to it");
      }
      Status migrated = MigrateSchema(db.get(), Migrations(), -1, path);
      if (!migrated.ok()) return migrated;
    }
    *store = std::make_unique<SqliteStore>(std::move(db), options);
    return Status::OK();
  } catch (const SQLite::Exception& e) {
    return SqliteStatus(e, path + ": cannot open database");
  }
}

}  // namespace marketclaims
