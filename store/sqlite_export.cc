// SqliteStore, export and statistics: read-only views of the corpus.
#include <sqlite3.h>

#include "store/sqlite_store_impl.h"

namespace marketclaims {
namespace {

// The exported columns, in their fixed order. New columns go at the end.
const char* ExportSelect(ExportKind kind) {
  switch (kind) {
    case ExportKind::kClaims:
      return "SELECT claim_id, market, market_key, kind, value, unit, currency, usd, year, "
             "start_year, end_year, basis, evidence, evidence_offset, url, title, fetched_at, "
             "last_seen, current, document_id FROM claim_view";
    case ExportKind::kPlayers:
      return "SELECT player_id, market, market_key, position, name, url, fetched_at, "
             "current, document_id FROM player_view";
    case ExportKind::kSegments:
      return "SELECT segment_id, market, market_key, position, dimension, name, url, "
             "fetched_at, current, document_id FROM segment_view";
    case ExportKind::kRegions:
      return "SELECT region_id, market, market_key, position, name, canonical, url, "
             "fetched_at, current, document_id FROM region_view";
    case ExportKind::kFaqs:
      return "SELECT faq_id, market, market_key, position, question, answer, url, "
             "fetched_at, current, document_id FROM faq_view";
  }
  return "";
}

}  // namespace

Status SqliteStore::Export(ExportKind kind, bool include_history, RowSink* sink) {
  return Guarded("exporting", [&] {
    std::string sql = ExportSelect(kind);
    if (!include_history) sql += " WHERE current";
    sql += " ORDER BY 1";
    ReadSnapshot snapshot(db_.get());
    SQLite::Statement query(*db_, sql);
    std::vector<std::string> columns;
    for (int i = 0; i < query.getColumnCount(); ++i) columns.push_back(query.getColumnName(i));
    std::string sink_error;
    if (!sink->Header(columns, &sink_error)) return Status::IoError(sink_error);
    std::vector<Cell> cells(columns.size());
    while (query.executeStep()) {
      for (int i = 0; i < query.getColumnCount(); ++i) {
        SQLite::Column column = query.getColumn(i);
        Cell& cell = cells[i];
        switch (column.getType()) {
          case SQLITE_INTEGER:
            cell.type = Cell::Type::kInt;
            cell.i = column.getInt64();
            break;
          case SQLITE_FLOAT:
            cell.type = Cell::Type::kReal;
            cell.d = column.getDouble();
            break;
          case SQLITE_NULL:
            cell.type = Cell::Type::kNull;
            break;
          default:
            cell.type = Cell::Type::kText;
            cell.s = column.getString();
            break;
        }
      }
      if (!sink->Row(cells, &sink_error)) return Status::IoError(sink_error);
    }
    return Status::OK();
  });
}

Status SqliteStore::GetStats(StoreStats* stats) {
  static const char* const kTables[] = {"sources", "fetches",  "documents", "markets",
                                        "claims",  "players",  "segments",  "regions",
                                        "faqs",    "frontier", "conflicts"};
  return Guarded("reading statistics", [&] {
    *stats = StoreStats();
    ReadSnapshot snapshot(db_.get());
    stats->schema_version = db_->execAndGet("PRAGMA user_version").getInt();
    for (const char* table : kTables) {
      stats->table_rows.emplace_back(
          table, db_->execAndGet(std::string("SELECT count(*) FROM ") + table).getInt64());
    }
    stats->current_documents =
        db_->execAndGet("SELECT count(*) FROM documents WHERE superseded_at IS NULL").getInt64();
    SQLite::Statement newest(*db_,
                             "SELECT f.fetched_at, s.url FROM fetches f "
                             "JOIN sources s ON s.id = f.source_id "
                             "ORDER BY f.fetched_at DESC, f.id DESC LIMIT 1");
    if (newest.executeStep()) {
      stats->newest_fetch_at = newest.getColumn(0).getInt64();
      stats->newest_fetch_url = newest.getColumn(1).getString();
    }
    SQLite::Statement markets(*db_,
                              "SELECT m.id, m.key, m.name, (SELECT count(*) FROM claims c "
                              "JOIN documents d ON d.id = c.document_id "
                              "WHERE d.market_id = m.id AND d.superseded_at IS NULL) AS n "
                              "FROM markets m ORDER BY n DESC, m.key");
    while (markets.executeStep()) {
      stats->markets.push_back({{markets.getColumn(0).getInt64(), markets.getColumn(1).getString(),
                                 markets.getColumn(2).getString()},
                                markets.getColumn(3).getInt64()});
    }
    return Status::OK();
  });
}

Status SqliteStore::CountClaims(int64_t* claims) {
  return Guarded("counting claims", [&] {
    *claims = db_->execAndGet("SELECT count(*) FROM claims").getInt64();
    return Status::OK();
  });
}

}  // namespace marketclaims
