#include "reconcile/find_conflicts.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <utility>

#include "base/sha256.h"
#include "base/units.h"

namespace marketclaims {
namespace {

// Comparisons allow for binary fractions: a spread exactly at the
// tolerance (1.1 / 1.0 computed as 1.1000000000000001) is not a conflict.
constexpr double kSlack = 1e-9;

struct Size {
  const StoredClaim* claim;
  double amount;  // in units of claim->currency
};

// One distinct content: its claims with repeated figures counted once.
struct Page {
  std::string url;
  std::vector<std::string> also_at;  // reposts of the same content
  int64_t fetched_at = 0;
  std::vector<Size> sizes;
  std::vector<const StoredClaim*> cagrs;
};

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6g", v);
  return buf;
}

std::string Fixed(double v, int digits) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.*f", digits, v);
  return buf;
}

std::string AmountText(const StoredClaim& c) {
  std::string s;
  if (!c.currency.empty()) s = c.currency + " ";
  s += Num(c.value);
  if (!c.unit.empty()) s += " " + c.unit;
  return s;
}

std::string SizeText(const StoredClaim& c) {
  return AmountText(c) + (c.year ? " (" + std::to_string(*c.year) + ")" : "");
}

std::string PeriodText(const std::optional<int>& start, const std::optional<int>& end) {
  if (start && end) return std::to_string(*start) + "-" + std::to_string(*end);
  if (end) return "through " + std::to_string(*end);
  if (start) return "from " + std::to_string(*start);
  return "no period";
}

std::string CagrText(const StoredClaim& c) {
  return Num(c.value) + "% (" + PeriodText(c.start_year, c.end_year) + ")";
}

ConflictClaim ToConflictClaim(const StoredClaim& c, const Page& page) {
  ConflictClaim k;
  k.also_at = page.also_at;
  k.claim_id = c.id;
  k.url = c.url;
  k.kind = c.kind;
  k.value = c.value;
  k.unit = c.unit;
  k.currency = c.currency;
  k.year = c.year;
  k.start_year = c.start_year;
  k.end_year = c.end_year;
  k.evidence = c.evidence;
  return k;
}

std::string OptText(const std::optional<int>& v) { return v ? std::to_string(*v) : "-"; }

// What names a conflict across runs: its kind, the rule that found it, its
// market and period, and the figures (URL, value, unit, currency, years) in
// a fixed order. Claim ids and evidence are left out: re-extraction renumbers
// claims without changing the finding.
void SetFingerprint(const std::string& rule, StoredConflict* c) {
  c->rule = rule;
  // Spreads are for reading and sorting; four decimals are plenty.
  c->spread = std::round(c->spread * 1e4) / 1e4;
  std::vector<std::string> figures;
  for (const ConflictClaim& k : c->claims) {
    figures.push_back(k.url + "\x1f" + k.kind + "\x1f" + Num(k.value) + "\x1f" + k.unit + "\x1f" +
                      k.currency + "\x1f" + OptText(k.year) + "\x1f" + OptText(k.start_year) +
                      "\x1f" + OptText(k.end_year));
  }
  std::sort(figures.begin(), figures.end());
  std::string text = c->kind + "\x1e" + rule + "\x1e" + c->market_key + "\x1e" + OptText(c->year) +
                     "\x1e" + OptText(c->start_year) + "\x1e" + OptText(c->end_year);
  for (const std::string& f : figures) text += "\x1e" + f;
  c->fingerprint = Sha256Hex(text);
}

std::vector<Page> DistinctPages(const std::vector<StoredClaim>& claims) {
  // The representative of each content is its document with the smallest
  // URL, so the choice does not depend on ingest order.
  std::map<std::string, std::pair<std::string, int64_t>> chosen;  // hash -> (url, doc)
  std::map<std::string, std::set<std::string>> urls;              // hash -> every URL
  for (const StoredClaim& c : claims) {
    urls[c.content_hash].insert(c.url);
    auto it = chosen.find(c.content_hash);
    if (it == chosen.end() || std::make_pair(c.url, c.document_id) < it->second) {
      chosen[c.content_hash] = {c.url, c.document_id};
    }
  }
  std::map<int64_t, Page> by_doc;
  std::map<int64_t, std::set<std::tuple<std::string, int, std::string>>> seen_sizes;
  std::map<int64_t, std::set<std::tuple<double, int, int>>> seen_cagrs;
  for (const StoredClaim& c : claims) {
    if (chosen[c.content_hash].second != c.document_id) continue;
    Page& page = by_doc[c.document_id];
    if (page.url.empty()) {
      for (const std::string& url : urls[c.content_hash]) {
        if (url != c.url) page.also_at.push_back(url);
      }
    }
    page.url = c.url;
    page.fetched_at = c.fetched_at;
    if (c.kind == "size") {
      const double amount = c.value * UnitMultiplier(c.unit);
      // A figure repeated word for word (title, summary, FAQ) counts once;
      // six significant digits let "1,340 million" meet "1.34 billion".
      if (seen_sizes[c.document_id].insert({c.currency, c.year.value_or(-1), Num(amount)}).second) {
        page.sizes.push_back({&c, amount});
      }
    } else if (c.kind == "cagr") {
      if (seen_cagrs[c.document_id]
              .insert({c.value, c.start_year.value_or(-1), c.end_year.value_or(-1)})
              .second) {
        page.cagrs.push_back(&c);
      }
    }
  }
  std::vector<Page> pages;
  for (auto& [doc, page] : by_doc) pages.push_back(std::move(page));
  std::sort(pages.begin(), pages.end(), [](const Page& a, const Page& b) { return a.url < b.url; });
  return pages;
}

StoredConflict NewConflict(const MarketClaims& market, const char* kind) {
  StoredConflict c;
  c.kind = kind;
  c.market_key = market.key;
  c.market = market.name;
  return c;
}

void SizeDisagreements(const MarketClaims& market, const std::vector<Page>& pages,
                       const ReconcileOptions& options, std::vector<StoredConflict>* out) {
  struct Member {
    const Page* page;
    const StoredClaim* claim;
    double amount;  // in the group's currency
    bool converted;
  };
  std::map<std::pair<std::string, int>, std::vector<Member>> groups;
  for (const Page& page : pages) {
    for (const Size& s : page.sizes) {
      if (!s.claim->year) continue;
      std::string currency = s.claim->currency;
      double amount = s.amount;
      bool converted = false;
      // With exchange rates configured, every convertible size meets the
      // dollar figures; without them currencies never mix.
      auto rate = options.usd_per_unit.find(currency);
      if (currency != "USD" && rate != options.usd_per_unit.end()) {
        currency = "USD";
        amount *= rate->second;
        converted = true;
      }
      groups[{currency, *s.claim->year}].push_back({&page, s.claim, amount, converted});
    }
  }
  for (auto& [group, members] : groups) {
    if (members.size() < 2) continue;
    std::sort(members.begin(), members.end(), [](const Member& a, const Member& b) {
      return std::tie(a.amount, a.page->url, a.claim->id) <
             std::tie(b.amount, b.page->url, b.claim->id);
    });
    const double low = members.front().amount, high = members.back().amount;
    if (!(low > 0)) continue;
    const double ratio = high / low;
    if (!(ratio > 1.0 + options.size_tolerance + kSlack)) continue;
    StoredConflict c = NewConflict(market, "size_disagreement");
    c.year = group.second;
    c.spread = ratio;
    bool one_page = true, converted = false;
    std::vector<std::string> texts;
    for (const Member& m : members) {
      one_page = one_page && m.page == members.front().page;
      converted = converted || m.converted;
      c.claims.push_back(ToConflictClaim(*m.claim, *m.page));
      texts.push_back(AmountText(*m.claim));
    }
    std::string list;
    for (std::size_t i = 0; i < texts.size(); ++i) {
      list += (i == 0 ? "" : i + 1 == texts.size() ? " and " : ", ") + texts[i];
    }
    c.explanation =
        (one_page ? "one page gives different sizes for " + std::to_string(group.second) + ": "
                  : "sources disagree on the " + std::to_string(group.second) + " size: ") +
        list + "; max/min " + Fixed(ratio, 3) + " > " + Num(1.0 + options.size_tolerance) +
        (converted ? " (converted to USD at the configured rates)" : "");
    SetFingerprint(one_page ? "within_page" : "across_pages", &c);
    out->push_back(std::move(c));
  }
}

bool ComparablePeriods(const StoredClaim& a, const StoredClaim& b) {
  if (a.start_year && a.end_year && b.start_year && b.end_year) {
    return std::max(*a.start_year, *b.start_year) <= std::min(*a.end_year, *b.end_year);
  }
  return (!a.start_year || !b.start_year) && a.end_year && b.end_year && *a.end_year == *b.end_year;
}

void CagrDisagreements(const MarketClaims& market, const std::vector<Page>& pages,
                       const ReconcileOptions& options, std::vector<StoredConflict>* out) {
  std::vector<std::pair<const Page*, const StoredClaim*>> rates;
  for (const Page& page : pages) {
    for (const StoredClaim* c : page.cagrs) rates.emplace_back(&page, c);
  }
  for (std::size_t i = 0; i < rates.size(); ++i) {
    for (std::size_t j = i + 1; j < rates.size(); ++j) {
      const StoredClaim* a = rates[i].second;
      const StoredClaim* b = rates[j].second;
      if (!ComparablePeriods(*a, *b)) continue;
      const double diff = std::fabs(a->value - b->value);
      if (!(diff > options.cagr_tolerance_points + kSlack)) continue;
      if (std::tie(b->url, b->value) < std::tie(a->url, a->value)) std::swap(a, b);
      StoredConflict c = NewConflict(market, "cagr_disagreement");
      if (a->start_year && b->start_year) c.start_year = std::max(*a->start_year, *b->start_year);
      c.end_year = std::min(*a->end_year, *b->end_year);
      c.spread = diff;
      const Page* page_a = rates[i].second == a ? rates[i].first : rates[j].first;
      const Page* page_b = rates[i].second == a ? rates[j].first : rates[i].first;
      c.claims = {ToConflictClaim(*a, *page_a), ToConflictClaim(*b, *page_b)};
      const bool one_page = rates[i].first == rates[j].first;
      c.explanation = std::string(one_page ? "one page gives two growth rates: "
                                           : "sources disagree on the growth rate: ") +
                      CagrText(*a) + " vs " + CagrText(*b) + "; " + Fixed(diff, 1) +
                      " points apart (tolerance " + Num(options.cagr_tolerance_points) + ")";
      SetFingerprint(one_page ? "within_page" : "across_pages", &c);
      out->push_back(std::move(c));
    }
  }
}

void InconsistentProjections(const MarketClaims& market, const Page& page,
                             const ReconcileOptions& options,
                             std::set<const StoredClaim*>* not_after_base,
                             std::vector<StoredConflict>* out) {
  // Two sizes and a rate stated over a period covering both.
  for (std::size_t i = 0; i < page.sizes.size(); ++i) {
    for (std::size_t j = 0; j < page.sizes.size(); ++j) {
      const Size& s1 = page.sizes[i];
      const Size& s2 = page.sizes[j];
      if (!s1.claim->year || !s2.claim->year || *s1.claim->year >= *s2.claim->year) continue;
      if (s1.claim->currency != s2.claim->currency || !(s1.amount > 0) || !(s2.amount > 0)) {
        continue;
      }
      const int y1 = *s1.claim->year, y2 = *s2.claim->year;
      const double implied = (std::pow(s2.amount / s1.amount, 1.0 / (y2 - y1)) - 1.0) * 100.0;
      for (const StoredClaim* rate : page.cagrs) {
        if (!rate->start_year || !rate->end_year) continue;
        if (*rate->start_year > y1 || *rate->end_year < y2) continue;
        const double diff = std::fabs(implied - rate->value);
        if (!(diff > options.projection_tolerance_points + kSlack)) continue;
        StoredConflict c = NewConflict(market, "inconsistent_projection");
        c.start_year = y1;
        c.end_year = y2;
        c.spread = diff;
        c.claims = {ToConflictClaim(*s1.claim, page), ToConflictClaim(*s2.claim, page),
                    ToConflictClaim(*rate, page)};
        c.explanation = SizeText(*s1.claim) + " -> " + SizeText(*s2.claim) + " implies " +
                        Fixed(implied, 1) + "% a year, but the page states " + CagrText(*rate) +
                        "; " + Fixed(diff, 1) + " points off";
        SetFingerprint("implied_rate", &c);
        out->push_back(std::move(c));
      }
    }
  }
  // A forecast must lie after the latest year the page reports as actual.
  const StoredClaim* base = nullptr;
  for (const Size& s : page.sizes) {
    if (s.claim->basis == "actual" && s.claim->year && (!base || *s.claim->year > *base->year)) {
      base = s.claim;
    }
  }
  if (!base) return;
  for (const Size& s : page.sizes) {
    if (s.claim->basis != "forecast" || !s.claim->year || *s.claim->year > *base->year) continue;
    StoredConflict c = NewConflict(market, "inconsistent_projection");
    c.year = *s.claim->year;
    c.spread = *base->year - *s.claim->year;
    c.claims = {ToConflictClaim(*base, page), ToConflictClaim(*s.claim, page)};
    c.explanation = "forecast " + SizeText(*s.claim) + " is not after the page's base year " +
                    std::to_string(*base->year) + " (actual " + AmountText(*base) + ")";
    SetFingerprint("forecast_not_after_base", &c);
    not_after_base->insert(s.claim);
    out->push_back(std::move(c));
  }
}

int YearOf(int64_t unix_seconds) {
  std::time_t t = static_cast<std::time_t>(unix_seconds);
  std::tm tm;
  gmtime_r(&t, &tm);
  return tm.tm_year + 1900;
}

void Implausible(const MarketClaims& market, const Page& page, const ReconcileOptions& options,
                 const std::set<const StoredClaim*>& not_after_base,
                 std::vector<StoredConflict>* out) {
  auto flag = [&](const StoredClaim& claim, const char* rule, double spread,
                  const std::string& why) {
    StoredConflict c = NewConflict(market, "implausible");
    if (claim.kind == "size") {
      c.year = claim.year;
    } else {
      c.start_year = claim.start_year;
      c.end_year = claim.end_year;
    }
    c.spread = spread;
    c.claims = {ToConflictClaim(claim, page)};
    c.explanation = why;
    SetFingerprint(rule, &c);
    out->push_back(std::move(c));
  };
  auto check_year = [&](const StoredClaim& claim, const std::optional<int>& year) {
    if (!year || (*year >= options.min_year && *year <= options.max_year)) return;
    const int bound = *year < options.min_year ? options.min_year : options.max_year;
    flag(claim, "year", std::abs(*year - bound),
         "year " + std::to_string(*year) + " is outside " + std::to_string(options.min_year) + "-" +
             std::to_string(options.max_year));
  };
  for (const StoredClaim* rate : page.cagrs) {
    if (rate->value > options.max_rate || rate->value < options.min_rate) {
      flag(*rate, "rate", rate->value,
           "CAGR of " + Num(rate->value) + "% is " +
               (rate->value > options.max_rate ? "above " + Num(options.max_rate)
                                               : "below " + Num(options.min_rate)) +
               "%, not a plausible market growth rate");
    }
    check_year(*rate, rate->start_year);
    if (rate->end_year != rate->start_year) check_year(*rate, rate->end_year);
  }
  const int fetch_year = page.fetched_at > 0 ? YearOf(page.fetched_at) : 0;
  for (const Size& s : page.sizes) {
    check_year(*s.claim, s.claim->year);
    if (options.stale_forecasts && fetch_year > 0 && s.claim->basis == "forecast" &&
        s.claim->year && *s.claim->year < fetch_year && !not_after_base.count(s.claim)) {
      flag(*s.claim, "stale_forecast", fetch_year - *s.claim->year,
           "forecast " + SizeText(*s.claim) + " is presented as a projection, but " +
               std::to_string(*s.claim->year) + " had ended when the page was fetched (" +
               std::to_string(fetch_year) + ")");
    }
  }
}

}  // namespace

void FindConflicts(const MarketClaims& market, const ReconcileOptions& options,
                   std::vector<StoredConflict>* out) {
  const std::vector<Page> pages = DistinctPages(market.claims);
  SizeDisagreements(market, pages, options, out);
  CagrDisagreements(market, pages, options, out);
  for (const Page& page : pages) {
    std::set<const StoredClaim*> not_after_base;
    InconsistentProjections(market, page, options, &not_after_base, out);
    Implausible(market, page, options, not_after_base, out);
  }
}

}  // namespace marketclaims
