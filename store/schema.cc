#include "store/schema.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Transaction.h>

#include "store/sqlite_status.h"

namespace marketclaims {
namespace {

// Version 1: the tables. Times are unix seconds (UTC) in INTEGER columns;
// the views of version 2 show them as ISO 8601 text.
constexpr const char kSchemaV1[] = R"sql(
CREATE TABLE sources (
  id INTEGER PRIMARY KEY,
  url TEXT NOT NULL UNIQUE,
  host TEXT NOT NULL,
  first_seen INTEGER NOT NULL
);

CREATE TABLE fetches (
  id INTEGER PRIMARY KEY,
  source_id INTEGER NOT NULL REFERENCES sources(id),
  fetched_at INTEGER NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'not_modified', 'failed', 'skipped')),
  http_status INTEGER,
  final_url TEXT,
  content_type TEXT,
  charset TEXT,
  etag TEXT,
  last_modified TEXT,
  content_hash TEXT,
  bytes INTEGER NOT NULL DEFAULT 0,
  attempts INTEGER NOT NULL DEFAULT 0,
  error TEXT
);
CREATE INDEX fetches_by_source ON fetches(source_id, fetched_at);
CREATE INDEX fetches_by_time ON fetches(fetched_at);

CREATE TABLE markets (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL
);

CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  source_id INTEGER NOT NULL REFERENCES sources(id),
  content_hash TEXT NOT NULL,
  title TEXT NOT NULL,
  market_id INTEGER REFERENCES markets(id),
  market_as_written TEXT NOT NULL,
  first_seen INTEGER NOT NULL,
  last_seen INTEGER NOT NULL,
  superseded_at INTEGER,
  fetch_id INTEGER NOT NULL REFERENCES fetches(id),
  charset TEXT NOT NULL DEFAULT '',
  extracted_at INTEGER NOT NULL,
  UNIQUE (source_id, content_hash)
);
-- At most one current version per source.
CREATE UNIQUE INDEX documents_current ON documents(source_id) WHERE superseded_at IS NULL;
CREATE INDEX documents_by_market ON documents(market_id);

-- The page as received. `data` follows the sqlite3 shell's sqlar convention
-- (zlib when that is smaller than `size`, else the bytes as they are), so
-- `SELECT sqlar_uncompress(data, size) FROM raw_pages` gives the HTML back.
CREATE TABLE raw_pages (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  size INTEGER NOT NULL,
  data BLOB NOT NULL
);

CREATE TABLE claims (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('size', 'cagr')),
  value REAL NOT NULL,
  unit TEXT NOT NULL,
  currency TEXT,
  usd REAL,
  year INTEGER,
  start_year INTEGER,
  end_year INTEGER,
  basis TEXT CHECK (basis IN ('actual', 'forecast')),
  evidence TEXT NOT NULL,
  evidence_offset INTEGER NOT NULL
);
CREATE INDEX claims_by_document ON claims(document_id);

CREATE TABLE players (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL
);
CREATE INDEX players_by_document ON players(document_id);

CREATE TABLE segments (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  dimension TEXT NOT NULL,
  name TEXT NOT NULL
);
CREATE INDEX segments_by_document ON segments(document_id);

CREATE TABLE regions (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  canonical TEXT NOT NULL
);
CREATE INDEX regions_by_document ON regions(document_id);

CREATE TABLE faqs (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  question TEXT NOT NULL,
  answer TEXT NOT NULL
);
CREATE INDEX faqs_by_document ON faqs(document_id);

-- The crawl frontier: every URL the crawl has met, pending or visited.
-- `queued` orders pending URLs oldest first; the validators are those of
-- the last visit whose page was stored and whose links were queued.
CREATE TABLE frontier (
  url TEXT PRIMARY KEY,
  depth INTEGER NOT NULL,
  state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'visited')),
  queued INTEGER NOT NULL,
  outcome TEXT,
  etag TEXT NOT NULL DEFAULT '',
  last_modified TEXT NOT NULL DEFAULT '',
  added_at INTEGER NOT NULL,
  visited_at INTEGER
);
CREATE INDEX frontier_pending ON frontier(state, queued);
)sql";

// Version 2: full-text search and the join-free views researchers query.
constexpr const char kSchemaV2[] = R"sql(
CREATE VIRTUAL TABLE claims_fts USING fts5(evidence, content='claims', content_rowid='id');
CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
  INSERT INTO claims_fts(rowid, evidence) VALUES (new.id, new.evidence);
END;
CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
  INSERT INTO claims_fts(claims_fts, rowid, evidence) VALUES ('delete', old.id, old.evidence);
END;
CREATE TRIGGER claims_fts_update AFTER UPDATE OF evidence ON claims BEGIN
  INSERT INTO claims_fts(claims_fts, rowid, evidence) VALUES ('delete', old.id, old.evidence);
  INSERT INTO claims_fts(rowid, evidence) VALUES (new.id, new.evidence);
END;
INSERT INTO claims_fts(claims_fts) VALUES ('rebuild');

CREATE VIRTUAL TABLE faqs_fts USING fts5(question, answer, content='faqs', content_rowid='id');
CREATE TRIGGER faqs_fts_insert AFTER INSERT ON faqs BEGIN
  INSERT INTO faqs_fts(rowid, question, answer) VALUES (new.id, new.question, new.answer);
END;
CREATE TRIGGER faqs_fts_delete AFTER DELETE ON faqs BEGIN
  INSERT INTO faqs_fts(faqs_fts, rowid, question, answer)
    VALUES ('delete', old.id, old.question, old.answer);
END;
CREATE TRIGGER faqs_fts_update AFTER UPDATE OF question, answer ON faqs BEGIN
  INSERT INTO faqs_fts(faqs_fts, rowid, question, answer)
    VALUES ('delete', old.id, old.question, old.answer);
  INSERT INTO faqs_fts(rowid, question, answer) VALUES (new.id, new.question, new.answer);
END;
INSERT INTO faqs_fts(faqs_fts) VALUES ('rebuild');

CREATE VIEW document_view AS
SELECT d.id AS document_id, s.url, s.host, d.title, m.name AS market, m.key AS market_key,
       d.market_as_written, d.content_hash,
       datetime(d.first_seen, 'unixepoch') AS first_seen,
       datetime(d.last_seen, 'unixepoch') AS last_seen,
       datetime(d.superseded_at, 'unixepoch') AS superseded_at,
       d.superseded_at IS NULL AS current,
       (SELECT count(*) FROM claims c WHERE c.document_id = d.id) AS claims
FROM documents d
JOIN sources s ON s.id = d.source_id
LEFT JOIN markets m ON m.id = d.market_id;

CREATE VIEW claim_view AS
SELECT c.id AS claim_id, m.name AS market, m.key AS market_key, c.kind, c.value, c.unit,
       c.currency, c.usd, c.year, c.start_year, c.end_year, c.basis, c.evidence,
       c.evidence_offset, s.url, d.title,
       datetime(d.first_seen, 'unixepoch') AS fetched_at,
       datetime(d.last_seen, 'unixepoch') AS last_seen,
       d.superseded_at IS NULL AS current, c.document_id
FROM claims c
JOIN documents d ON d.id = c.document_id
JOIN sources s ON s.id = d.source_id
LEFT JOIN markets m ON m.id = d.market_id;

CREATE VIEW current_claims AS SELECT * FROM claim_view WHERE current;

CREATE VIEW player_view AS
SELECT p.id AS player_id, m.name AS market, m.key AS market_key, p.position, p.name,
       s.url, datetime(d.first_seen, 'unixepoch') AS fetched_at,
       d.superseded_at IS NULL AS current, p.document_id
FROM players p
JOIN documents d ON d.id = p.document_id
JOIN sources s ON s.id = d.source_id
LEFT JOIN markets m ON m.id = d.market_id;

CREATE VIEW segment_view AS
SELECT g.id AS segment_id, m.name AS market, m.key AS market_key, g.position, g.dimension,
       g.name, s.url, datetime(d.first_seen, 'unixepoch') AS fetched_at,
       d.superseded_at IS NULL AS current, g.document_id
FROM segments g
JOIN documents d ON d.id = g.document_id
JOIN sources s ON s.id = d.source_id
LEFT JOIN markets m ON m.id = d.market_id;

CREATE VIEW region_view AS
SELECT r.id AS region_id, m.name AS market, m.key AS market_key, r.position, r.name,
       r.canonical, s.url, datetime(d.first_seen, 'unixepoch') AS fetched_at,
       d.superseded_at IS NULL AS current, r.document_id
FROM regions r
JOIN documents d ON d.id = r.document_id
JOIN sources s ON s.id = d.source_id
LEFT JOIN markets m ON m.id = d.market_id;

CREATE VIEW faq_view AS
SELECT q.id AS faq_id, m.name AS market, m.key AS market_key, q.position, q.question,
       q.answer, s.url, datetime(d.first_seen, 'unixepoch') AS fetched_at,
       d.superseded_at IS NULL AS current, q.document_id
FROM faqs q
JOIN documents d ON d.id = q.document_id
JOIN sources s ON s.id = d.source_id
LEFT JOIN markets m ON m.id = d.market_id;

CREATE VIEW fetch_view AS
SELECT f.id AS fetch_id, s.url, datetime(f.fetched_at, 'unixepoch') AS fetched_at, f.outcome,
       f.http_status, f.final_url, f.content_type, f.etag, f.last_modified, f.content_hash,
       f.bytes, f.attempts, f.error
FROM fetches f
JOIN sources s ON s.id = f.source_id;
)sql";

// Version 3: reconciliation. `conflicts` is recomputed by `marketclaims
// reconcile`; a conflict's `fingerprint` names it across runs (kind, market,
// period and the figures involved), so `first_found` survives a rerun and
// tells new conflicts from known ones. `conflict_claims` copies each figure
// with its URL and evidence, so the list stays readable after `reextract`
// has replaced the claim rows (claim_id is then stale; it is not a foreign
// key for that reason). `market_aliases` lets users merge markets whose
// names the key function keeps apart.
constexpr const char kSchemaV3[] = R"sql(
CREATE TABLE conflicts (
  id INTEGER PRIMARY KEY,
  fingerprint TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('size_disagreement', 'cagr_disagreement',
                                     'inconsistent_projection', 'implausible')),
  rule TEXT NOT NULL,
  market_key TEXT NOT NULL,
  market TEXT NOT NULL,
  year INTEGER,
  start_year INTEGER,
  end_year INTEGER,
  spread REAL NOT NULL,
  explanation TEXT NOT NULL,
  first_found INTEGER NOT NULL,
  found_at INTEGER NOT NULL
);
CREATE INDEX conflicts_by_market ON conflicts(market_key, kind);

CREATE TABLE conflict_claims (
  conflict_id INTEGER NOT NULL REFERENCES conflicts(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  claim_id INTEGER,
  url TEXT NOT NULL,
  kind TEXT NOT NULL,
  value REAL NOT NULL,
  unit TEXT NOT NULL,
  currency TEXT,
  year INTEGER,
  start_year INTEGER,
  end_year INTEGER,
  evidence TEXT NOT NULL,
  also_at TEXT NOT NULL DEFAULT '',  -- other URLs with the same content, one per line
  PRIMARY KEY (conflict_id, position)
);

-- `alias` and `market` are names as a user writes them; both are keyed with
-- the current key function when reconcile reads them.
CREATE TABLE market_aliases (
  alias TEXT PRIMARY KEY,
  market TEXT NOT NULL
);

CREATE VIEW conflict_view AS
SELECT c.id AS conflict_id, c.kind, c.rule, c.market, c.market_key, c.year, c.start_year, c.end_year,
       c.spread, c.explanation, k.position, k.url, k.kind AS claim_kind, k.value, k.unit,
       k.currency, k.year AS claim_year, k.start_year AS claim_start_year,
       k.end_year AS claim_end_year, k.evidence, k.also_at,
       datetime(c.first_found, 'unixepoch') AS first_found
FROM conflicts c
JOIN conflict_claims k ON k.conflict_id = c.id;
)sql";

// Version 4: new claims and FAQs reach the full-text indexes once per
// transaction, written by the store (SqliteStore::IndexNewText), instead of
// row by row from triggers: FTS5 writes its pending terms out at every
// savepoint, which with a trigger per row meant once per statement and page.
// Deletes and updates still go through triggers; they are rare.
constexpr const char kSchemaV4[] = R"sql(
DROP TRIGGER claims_fts_insert;
DROP TRIGGER faqs_fts_insert;
)sql";

int ReadUserVersion(SQLite::Database* db) { return db->execAndGet("PRAGMA user_version").getInt(); }

}  // namespace

const std::vector<Migration>& Migrations() {
  static const std::vector<Migration> kMigrations = {
      {1, kSchemaV1},
      {2, kSchemaV2},
      {3, kSchemaV3},
      {4, kSchemaV4},
  };
  return kMigrations;
}

int LatestSchemaVersion() { return Migrations().back().version; }

Status MigrateSchema(SQLite::Database* db, const std::vector<Migration>& migrations, int target,
                     const std::string& path) {
  const int latest = migrations.empty() ? 0 : migrations.back().version;
  if (target < 0) target = latest;
  try {
    int version = ReadUserVersion(db);
    if (version > latest) {
      return Status::Corrupt(path + ": database schema version " + std::to_string(version) +
                             " is newer than this program understands (" + std::to_string(latest) +
                             "); use a newer marketclaims");
    }
    if (version >= target) return Status::OK();
    SQLite::Transaction txn(*db, SQLite::TransactionBehavior::IMMEDIATE);
    // Another process may have migrated while we waited for the lock.
    version = ReadUserVersion(db);
    for (const Migration& m : migrations) {
      if (m.version <= version || m.version > target) continue;
      db->exec(m.sql);
      db->exec("PRAGMA user_version = " + std::to_string(m.version));
    }
    txn.commit();
    return Status::OK();
  } catch (const SQLite::Exception& e) {
    return SqliteStatus(e, path + ": schema migration failed");
  }
}

}  // namespace marketclaims
