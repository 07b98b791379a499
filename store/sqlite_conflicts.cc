// SqliteStore, reconcile: markets, their current claims, the recorded
// conflicts and the user's market aliases.
#include <SQLiteCpp/Transaction.h>

#include "base/text_util.h"
#include "store/sqlite_store_impl.h"

namespace marketclaims {

Status SqliteStore::ListMarkets(std::vector<StoredMarket>* markets) {
  markets->clear();
  return Guarded("listing markets", [&] {
    SQLite::Statement& query = Prepared("SELECT id, key, name FROM markets ORDER BY key");
    while (query.executeStep()) {
      markets->push_back({query.getColumn(0).getInt64(), query.getColumn(1).getString(),
                          query.getColumn(2).getString()});
    }
    return Status::OK();
  });
}

Status SqliteStore::CurrentClaims(int64_t market_id, std::vector<StoredClaim>* claims) {
  claims->clear();
  return Guarded("reading current claims", [&] {
    SQLite::Statement& query = Prepared(
        "SELECT c.id, c.document_id, s.url, c.kind, c.value, c.unit, "
        "coalesce(c.currency, ''), c.usd, c.year, c.start_year, c.end_year, "
        "coalesce(c.basis, ''), c.evidence, d.market_id, d.content_hash, d.first_seen "
        "FROM claims c "
        "JOIN documents d ON d.id = c.document_id JOIN sources s ON s.id = d.source_id "
        "WHERE d.market_id = ? AND d.superseded_at IS NULL ORDER BY c.id");
    query.bind(1, market_id);
    while (query.executeStep()) {
      StoredClaim c;
      c.id = query.getColumn(0).getInt64();
      c.document_id = query.getColumn(1).getInt64();
      c.url = query.getColumn(2).getString();
      c.kind = query.getColumn(3).getString();
      c.value = query.getColumn(4).getDouble();
      c.unit = query.getColumn(5).getString();
      c.currency = query.getColumn(6).getString();
      c.usd = OptionalColumn<double>(query.getColumn(7));
      c.year = OptionalColumn<int>(query.getColumn(8));
      c.start_year = OptionalColumn<int>(query.getColumn(9));
      c.end_year = OptionalColumn<int>(query.getColumn(10));
      c.basis = query.getColumn(11).getString();
      c.evidence = query.getColumn(12).getString();
      c.market_id = query.getColumn(13).getInt64();
      c.content_hash = query.getColumn(14).getString();
      c.fetched_at = query.getColumn(15).getInt64();
      claims->push_back(std::move(c));
    }
    return Status::OK();
  });
}

Status SqliteStore::ReplaceConflicts(const std::vector<StoredConflict>& conflicts, int64_t now,
                                     int64_t* new_conflicts) {
  *new_conflicts = 0;
  return Guarded("recording conflicts", [&] {
    SQLite::Transaction txn(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    std::map<std::string, int64_t> first_found;
    {
      SQLite::Statement old(*db_, "SELECT fingerprint, first_found FROM conflicts");
      while (old.executeStep()) {
        first_found[old.getColumn(0).getString()] = old.getColumn(1).getInt64();
      }
    }
    db_->exec("DELETE FROM conflict_claims; DELETE FROM conflicts;");
    SQLite::Statement insert(
        *db_,
        "INSERT INTO conflicts (fingerprint, kind, market_key, market, year, start_year, "
        "end_year, spread, explanation, first_found, found_at, rule) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    SQLite::Statement insert_claim(
        *db_,
        "INSERT INTO conflict_claims (conflict_id, position, claim_id, url, kind, value, unit, "
        "currency, year, start_year, end_year, evidence, also_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const StoredConflict& c : conflicts) {
      auto known = first_found.find(c.fingerprint);
      if (known == first_found.end()) ++*new_conflicts;
      insert.reset();
      insert.clearBindings();
      BindText(insert, 1, c.fingerprint);
      BindText(insert, 2, c.kind);
      BindText(insert, 3, c.market_key);
      BindText(insert, 4, c.market);
      BindOptional(insert, 5, c.year);
      BindOptional(insert, 6, c.start_year);
      BindOptional(insert, 7, c.end_year);
      insert.bind(8, c.spread);
      BindText(insert, 9, c.explanation);
      insert.bind(10, known == first_found.end() ? now : known->second);
      insert.bind(11, now);
      BindText(insert, 12, c.rule);
      insert.exec();
      const int64_t id = db_->getLastInsertRowid();
      for (std::size_t i = 0; i < c.claims.size(); ++i) {
        const ConflictClaim& k = c.claims[i];
        insert_claim.reset();
        insert_claim.clearBindings();
        insert_claim.bind(1, id);
        insert_claim.bind(2, static_cast<int64_t>(i));
        insert_claim.bind(3, k.claim_id);
        BindText(insert_claim, 4, k.url);
        BindText(insert_claim, 5, k.kind);
        insert_claim.bind(6, k.value);
        BindText(insert_claim, 7, k.unit);
        BindOptionalText(insert_claim, 8, k.currency);
        BindOptional(insert_claim, 9, k.year);
        BindOptional(insert_claim, 10, k.start_year);
        BindOptional(insert_claim, 11, k.end_year);
        BindText(insert_claim, 12, k.evidence);
        std::string also_at;
        for (const std::string& url : k.also_at) also_at += (also_at.empty() ? "" : "\n") + url;
        BindText(insert_claim, 13, also_at);
        insert_claim.exec();
      }
    }
    txn.commit();
    return Status::OK();
  });
}

Status SqliteStore::ListConflicts(const std::string& market_key,
                                  std::vector<StoredConflict>* conflicts) {
  conflicts->clear();
  return Guarded("listing conflicts", [&] {
    ReadSnapshot snapshot(db_.get());
    SQLite::Statement query(
        *db_,
        "SELECT id, fingerprint, kind, market_key, market, year, start_year, end_year, spread, "
        "explanation, first_found, found_at, rule FROM conflicts WHERE ?1 = '' OR market_key = ?1 "
        "ORDER BY market_key, kind, coalesce(year, end_year, start_year), id");
    query.bind(1, ValidUtf8(market_key));
    SQLite::Statement claims(
        *db_,
        "SELECT claim_id, url, kind, value, unit, coalesce(currency, ''), year, start_year, "
        "end_year, evidence, also_at FROM conflict_claims WHERE conflict_id = ? ORDER BY position");
    while (query.executeStep()) {
      StoredConflict c;
      c.fingerprint = query.getColumn(1).getString();
      c.kind = query.getColumn(2).getString();
      c.market_key = query.getColumn(3).getString();
      c.market = query.getColumn(4).getString();
      c.year = OptionalColumn<int>(query.getColumn(5));
      c.start_year = OptionalColumn<int>(query.getColumn(6));
      c.end_year = OptionalColumn<int>(query.getColumn(7));
      c.spread = query.getColumn(8).getDouble();
      c.explanation = query.getColumn(9).getString();
      c.first_found = query.getColumn(10).getInt64();
      c.found_at = query.getColumn(11).getInt64();
      c.rule = query.getColumn(12).getString();
      claims.reset();
      claims.bind(1, query.getColumn(0).getInt64());
      while (claims.executeStep()) {
        ConflictClaim k;
        k.claim_id = claims.getColumn(0).getInt64();
        k.url = claims.getColumn(1).getString();
        k.kind = claims.getColumn(2).getString();
        k.value = claims.getColumn(3).getDouble();
        k.unit = claims.getColumn(4).getString();
        k.currency = claims.getColumn(5).getString();
        k.year = OptionalColumn<int>(claims.getColumn(6));
        k.start_year = OptionalColumn<int>(claims.getColumn(7));
        k.end_year = OptionalColumn<int>(claims.getColumn(8));
        k.evidence = claims.getColumn(9).getString();
        const std::string also_at = claims.getColumn(10).getString();
        for (std::size_t b = 0; b < also_at.size();) {
          std::size_t e = also_at.find('\n', b);
          if (e == std::string::npos) e = also_at.size();
          if (e > b) k.also_at.push_back(also_at.substr(b, e - b));
          b = e + 1;
        }
        c.claims.push_back(std::move(k));
      }
      conflicts->push_back(std::move(c));
    }
    return Status::OK();
  });
}

Status SqliteStore::ListMarketAliases(std::vector<std::pair<std::string, std::string>>* aliases) {
  aliases->clear();
  return Guarded("listing market aliases", [&] {
    SQLite::Statement query(*db_, "SELECT alias, market FROM market_aliases ORDER BY alias");
    while (query.executeStep()) {
      aliases->emplace_back(query.getColumn(0).getString(), query.getColumn(1).getString());
    }
    return Status::OK();
  });
}

Status SqliteStore::AddMarketAlias(const std::string& alias, const std::string& market) {
  return Guarded("adding a market alias", [&] {
    SQLite::Statement insert(*db_,
                             "INSERT OR REPLACE INTO market_aliases (alias, market) VALUES (?, ?)");
    BindText(insert, 1, alias);
    BindText(insert, 2, market);
    insert.exec();
    return Status::OK();
  });
}

}  // namespace marketclaims
