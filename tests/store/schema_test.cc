// Schema versioning: old databases are migrated with their data, newer ones
// refused, and a failing migration leaves the file as it was.
#include "store/schema.h"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include "store/store.h"
#include "tests/store/test_util.h"

namespace marketclaims {
namespace {

using testing_util::TempDir;

TEST(SchemaTest, OlderDatabaseIsMigratedWithItsData) {
  TempDir dir;
  const std::string path = dir.File("old.db");
  std::string error;
  {
    SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    ASSERT_EQ(MigrateSchema(&db, Migrations(), 1, path).ToString(), "OK");
    ASSERT_EQ(db.execAndGet("PRAGMA user_version").getInt(), 1);
    db.exec(
        "INSERT INTO sources VALUES (1, 'https://example.com/a', 'example.com', 10);"
        "INSERT INTO fetches (id, source_id, fetched_at, outcome) VALUES (1, 1, 10, 'ok');"
        "INSERT INTO markets VALUES (1, 'glue', 'Glue');"
        "INSERT INTO documents (id, source_id, content_hash, title, market_id, "
        "  market_as_written, first_seen, last_seen, fetch_id, extracted_at) "
        "  VALUES (1, 1, 'h', 'Glue report', 1, 'Glue', 10, 10, 1, 10);"
        "INSERT INTO claims (document_id, kind, value, unit, evidence, evidence_offset) "
        "  VALUES (1, 'cagr', 4.5, '%', 'Glue grows at a CAGR of 4.5 percent.', 0);"
        "INSERT INTO faqs (document_id, position, question, answer) "
        "  VALUES (1, 0, 'Is glue sticky?', 'Very.');");
  }
  std::unique_ptr<Store> store;
  ASSERT_EQ(OpenSqliteStore(path, StoreOptions(), &store).ToString(), "OK");
  store.reset();
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  EXPECT_EQ(db.execAndGet("PRAGMA user_version").getInt(), LatestSchemaVersion());
  // The full-text index covers rows written before it existed.
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'glue'").getInt(),
            1);
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM faqs_fts WHERE faqs_fts MATCH 'sticky'").getInt(),
            1);
  EXPECT_EQ(db.execAndGet("SELECT market FROM current_claims").getString(), "Glue");
}

TEST(SchemaTest, NewerDatabaseIsRefused) {
  TempDir dir;
  const std::string path = dir.File("future.db");
  {
    SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("CREATE TABLE from_the_future (x); PRAGMA user_version = 999");
  }
  std::unique_ptr<Store> store;
  Status status = OpenSqliteStore(path, StoreOptions(), &store);
  EXPECT_TRUE(status.IsCorrupt()) << status.ToString();
  EXPECT_NE(status.message().find(path), std::string::npos) << status.message();
  EXPECT_NE(status.message().find("newer"), std::string::npos) << status.message();
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  EXPECT_EQ(db.execAndGet("PRAGMA user_version").getInt(), 999);
}

TEST(SchemaTest, FailingMigrationChangesNothing) {
  TempDir dir;
  const std::string path = dir.File("broken.db");
  std::vector<Migration> migrations = {
      Migrations()[0],
      {2, "CREATE TABLE conflicts (id INTEGER PRIMARY KEY); THIS IS NOT SQL;"},
  };
  SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  Status status = MigrateSchema(&db, migrations, -1, path);
  EXPECT_FALSE(status.ok());
  EXPECT_NE(status.message().find(path), std::string::npos) << status.message();
  EXPECT_EQ(db.execAndGet("PRAGMA user_version").getInt(), 0);
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM sqlite_master").getInt(), 0);
}

TEST(SchemaTest, MigrationsAreNumberedInOrder) {
  int expected = 1;
  for (const Migration& m : Migrations()) EXPECT_EQ(m.version, expected++);
  EXPECT_EQ(LatestSchemaVersion(), expected - 1);
}

}  // namespace
}  // namespace marketclaims
