// SqliteStore, the crawl frontier: every URL a crawl has met, pending or
// visited, so a killed crawl resumes where it stopped.
#include "base/text_util.h"
#include "store/sqlite_store_impl.h"

namespace marketclaims {

// The next `queued` number, one past the largest, spliced into the SQL
// below. Asked once per state, each half is one step down the (state,
// queued) index; max(queued) over the whole table would read all of it,
// once for every URL a crawl meets.
#define MC_NEXT_QUEUED                                                       \
  "(SELECT coalesce(max(q), 0) + 1 FROM ("                                   \
  "SELECT max(queued) AS q FROM frontier WHERE state = 'pending' UNION ALL " \
  "SELECT max(queued) FROM frontier WHERE state = 'visited'))"

Status SqliteStore::Enqueue(const std::string& url, int depth, bool* added) {
  return Guarded("queueing " + url, [&] {
    SQLite::Statement& insert = Prepared(
        "INSERT OR IGNORE INTO frontier (url, depth, queued, added_at) "
        "VALUES (?, ?, " MC_NEXT_QUEUED ", ?)");
    insert.bind(1, ValidUtf8(url));
    insert.bind(2, depth);
    insert.bind(3, NowSeconds());
    const int changed = insert.exec();
    if (added) *added = changed > 0;
    return Status::OK();
  });
}

Status SqliteStore::Revisit(const std::string& url, int depth) {
  return Guarded("queueing " + url + " again", [&] {
    SQLite::Statement& upsert = Prepared(
        "INSERT INTO frontier (url, depth, queued, added_at) "
        "VALUES (?1, ?2, " MC_NEXT_QUEUED
        ", ?3) "
        "ON CONFLICT (url) DO UPDATE SET state = 'pending', depth = excluded.depth, "
        "queued = excluded.queued");
    upsert.bind(1, ValidUtf8(url));
    upsert.bind(2, depth);
    upsert.bind(3, NowSeconds());
    upsert.exec();
    return Status::OK();
  });
}

Status SqliteStore::NextPending(size_t limit, std::vector<FrontierEntry>* out) {
  out->clear();
  return Guarded("reading the crawl frontier", [&] {
    SQLite::Statement& query =
        Prepared("SELECT url, depth FROM frontier WHERE state = 'pending' ORDER BY queued LIMIT ?");
    query.bind(1, static_cast<int64_t>(limit));
    while (query.executeStep()) {
      FrontierEntry pending;
      pending.url = query.getColumn(0).getString();
      pending.depth = query.getColumn(1).getInt();
      out->push_back(std::move(pending));
    }
    return Status::OK();
  });
}

Status SqliteStore::MarkVisited(const FetchRecord& fetch) {
  return Guarded("marking " + fetch.url + " visited", [&] {
    // A URL visited without being queued is recorded too, so a later
    // Enqueue of it stays a no-op. Only an ok visit replaces validators: a
    // 304 or a failure leaves the last good ones.
    SQLite::Statement& upsert = Prepared(
        "INSERT INTO frontier (url, depth, state, queued, outcome, etag, last_modified, "
        "added_at, visited_at) VALUES (?1, 0, 'visited', " MC_NEXT_QUEUED
        ", ?2, ?3, ?4, ?5, ?5) "
        "ON CONFLICT (url) DO UPDATE SET state = 'visited', outcome = excluded.outcome, "
        "visited_at = excluded.visited_at, "
        "etag = CASE WHEN ?6 THEN excluded.etag ELSE etag END, "
        "last_modified = CASE WHEN ?6 THEN excluded.last_modified ELSE last_modified END");
    const bool ok = fetch.outcome == FetchRecord::Outcome::kOk;
    upsert.bind(1, ValidUtf8(fetch.url));
    upsert.bind(2, OutcomeName(fetch.outcome));
    upsert.bind(3, ok ? ValidUtf8(fetch.etag) : std::string());
    upsert.bind(4, ok ? ValidUtf8(fetch.last_modified) : std::string());
    upsert.bind(5, NowSeconds());
    upsert.bind(6, ok ? 1 : 0);
    upsert.exec();
    return Status::OK();
  });
}

Status SqliteStore::GetValidators(const std::string& url, std::string* etag,
                                  std::string* last_modified) {
  return Guarded("reading validators", [&] {
    SQLite::Statement& query = Prepared("SELECT etag, last_modified FROM frontier WHERE url = ?");
    query.bind(1, ValidUtf8(url));
    etag->clear();
    last_modified->clear();
    if (query.executeStep()) {
      *etag = query.getColumn(0).getString();
      *last_modified = query.getColumn(1).getString();
    }
    return Status::OK();
  });
}

#undef MC_NEXT_QUEUED

}  // namespace marketclaims
