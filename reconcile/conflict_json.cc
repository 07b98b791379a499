#include "reconcile/conflict_json.h"

#include "base/format.h"
#include "base/json_writer.h"

namespace marketclaims {
namespace {

void AppendKey(const char* key, std::string* out) {
  AppendJsonString(key, out);
  out->push_back(':');
}

void AppendOptional(const std::optional<int>& v, std::string* out) {
  *out += v ? std::to_string(*v) : "null";
}

std::string Period(const std::optional<int>& start, const std::optional<int>& end) {
  return (start ? std::to_string(*start) : std::string("?")) + "-" +
         (end ? std::to_string(*end) : std::string("?"));
}

}  // namespace

std::string ConflictsJson(const std::vector<StoredConflict>& conflicts) {
  std::string out = "[";
  for (std::size_t i = 0; i < conflicts.size(); ++i) {
    const StoredConflict& c = conflicts[i];
    out += i == 0 ? "\n" : ",\n";
    out += "{";
    AppendKey("kind", &out);
    AppendJsonString(c.kind, &out);
    out += ",";
    AppendKey("rule", &out);
    AppendJsonString(c.rule, &out);
    out += ",";
    AppendKey("market", &out);
    AppendJsonString(c.market, &out);
    out += ",";
    AppendKey("market_key", &out);
    AppendJsonString(c.market_key, &out);
    out += ",";
    if (c.kind == "size_disagreement" || c.year) {
      AppendKey("year", &out);
      AppendOptional(c.year, &out);
      out += ",";
    }
    if (c.kind != "size_disagreement") {
      AppendKey("start", &out);
      AppendOptional(c.start_year, &out);
      out += ",";
      AppendKey("end", &out);
      AppendOptional(c.end_year, &out);
      out += ",";
    }
    AppendKey("spread", &out);
    out += FormatNumber(c.spread);
    out += ",";
    AppendKey("explanation", &out);
    AppendJsonString(c.explanation, &out);
    out += ",";
    AppendKey("id", &out);
    AppendJsonString(c.fingerprint, &out);
    out += ",";
    AppendKey("first_found", &out);
    AppendJsonString(IsoTime(c.first_found), &out);
    out += ",";
    AppendKey("claims", &out);
    out += "[";
    for (std::size_t j = 0; j < c.claims.size(); ++j) {
      const ConflictClaim& k = c.claims[j];
      if (j > 0) out += ",";
      out += "{";
      AppendKey("source", &out);
      AppendJsonString(k.url, &out);
      out += ",";
      AppendKey("kind", &out);
      AppendJsonString(k.kind, &out);
      out += ",";
      if (k.kind == "cagr") {
        AppendKey("rate", &out);
        out += FormatNumber(k.value);
        out += ",";
        AppendKey("start", &out);
        AppendOptional(k.start_year, &out);
        out += ",";
        AppendKey("end", &out);
        AppendOptional(k.end_year, &out);
      } else {
        AppendKey("value", &out);
        out += FormatNumber(k.value);
        out += ",";
        AppendKey("unit", &out);
        AppendJsonString(k.unit, &out);
        out += ",";
        AppendKey("currency", &out);
        if (k.currency.empty()) {
          out += "null";
        } else {
          AppendJsonString(k.currency, &out);
        }
        out += ",";
        AppendKey("year", &out);
        AppendOptional(k.year, &out);
      }
      out += ",";
      AppendKey("evidence", &out);
      AppendJsonString(k.evidence, &out);
      if (!k.also_at.empty()) {
        out += ",";
        AppendKey("also_at", &out);
        out += "[";
        for (std::size_t u = 0; u < k.also_at.size(); ++u) {
          if (u > 0) out += ",";
          AppendJsonString(k.also_at[u], &out);
        }
        out += "]";
      }
      out += "}";
    }
    out += "]}";
  }
  out += conflicts.empty() ? "]\n" : "\n]\n";
  return out;
}

std::string ConflictsText(const std::vector<StoredConflict>& conflicts) {
  std::string out;
  for (const StoredConflict& c : conflicts) {
    out += c.kind + "  " + c.market;
    if (c.year) out += "  " + std::to_string(*c.year);
    if (c.start_year || c.end_year) out += "  " + Period(c.start_year, c.end_year);
    out += "  spread " + FormatNumber(c.spread) + "\n";
    out += "  " + c.explanation + "\n";
    for (const ConflictClaim& k : c.claims) {
      std::string figure;
      if (k.kind == "cagr") {
        figure = FormatNumber(k.value) + "% " + Period(k.start_year, k.end_year);
      } else {
        figure = (k.currency.empty() ? "" : k.currency + " ") + FormatNumber(k.value) +
                 (k.unit.empty() ? "" : " " + k.unit) +
                 (k.year ? " " + std::to_string(*k.year) : "");
      }
      out += "    " + figure + "  " + k.url + "\n";
      if (!k.evidence.empty()) out += "      \"" + k.evidence + "\"\n";
      for (const std::string& url : k.also_at) out += "      also at " + url + "\n";
    }
  }
  return out;
}

}  // namespace marketclaims
