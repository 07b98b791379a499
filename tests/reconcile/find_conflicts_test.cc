// The conflict rules on hand-built claims: each kind, each tolerance edge
// (exactly at the tolerance is no conflict, just over is), currencies,
// repeated figures and reposts.
#include "reconcile/find_conflicts.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace marketclaims {
namespace {

constexpr int64_t kJune2024 = 1717200000;  // 2024-06-01 UTC

// Builds the current claims of one market, as the store returns them.
class Claims {
 public:
  // A size claim on document `doc` (URL and content derived from it).
  Claims& Size(int doc, double value, const std::string& unit, const std::string& currency,
               int year, const std::string& basis = "actual") {
    StoredClaim c = Base(doc);
    c.kind = "size";
    c.value = value;
    c.unit = unit;
    c.currency = currency;
    c.year = year;
    c.basis = basis;
    c.evidence = "size " + std::to_string(value);
    claims_.push_back(c);
    return *this;
  }
  Claims& Rate(int doc, double rate, std::optional<int> start, std::optional<int> end) {
    StoredClaim c = Base(doc);
    c.kind = "cagr";
    c.value = rate;
    c.unit = "%";
    c.start_year = start;
    c.end_year = end;
    c.evidence = "rate " + std::to_string(rate);
    claims_.push_back(c);
    return *this;
  }
  // Document `doc` holds the same content as document `same_as`.
  Claims& Repost(int doc, int same_as) {
    content_[doc] = same_as;
    return *this;
  }
  Claims& FetchedAt(int doc, int64_t when) {
    fetched_[doc] = when;
    return *this;
  }

  std::vector<StoredConflict> Find(const ReconcileOptions& options = ReconcileOptions()) const {
    MarketClaims market;
    market.key = "widget";
    market.name = "Widget";
    market.claims = claims_;
    for (StoredClaim& c : market.claims) {
      auto it = content_.find(static_cast<int>(c.document_id));
      c.content_hash =
          "content-" + std::to_string(it == content_.end() ? c.document_id : it->second);
      auto f = fetched_.find(static_cast<int>(c.document_id));
      c.fetched_at = f == fetched_.end() ? kJune2024 : f->second;
    }
    std::vector<StoredConflict> out;
    FindConflicts(market, options, &out);
    return out;
  }

 private:
  StoredClaim Base(int doc) {
    StoredClaim c;
    c.id = ++next_id_;
    c.document_id = doc;
    c.url = "https://example.com/report/" + std::to_string(doc);
    return c;
  }
  std::vector<StoredClaim> claims_;
  std::map<int, int> content_;
  std::map<int, int64_t> fetched_;
  int64_t next_id_ = 0;
};

std::vector<StoredConflict> OfKind(const std::vector<StoredConflict>& all,
                                   const std::string& kind) {
  std::vector<StoredConflict> out;
  for (const StoredConflict& c : all) {
    if (c.kind == kind) out.push_back(c);
  }
  return out;
}

TEST(SizeDisagreementTest, ExactlyAtToleranceIsNoConflict) {
  EXPECT_TRUE(Claims()
                  .Size(1, 100, "million", "USD", 2024)
                  .Size(2, 110, "million", "USD", 2024)
                  .Find()
                  .empty());
  // 1.1 billion vs 1 billion: max/min is 1.1000000000000001 in binary.
  EXPECT_TRUE(Claims()
                  .Size(1, 1.0, "billion", "USD", 2024)
                  .Size(2, 1.1, "billion", "USD", 2024)
                  .Find()
                  .empty());
}

TEST(SizeDisagreementTest, JustOverToleranceIsAConflict) {
  auto found =
      Claims().Size(1, 100, "million", "USD", 2024).Size(2, 110.1, "million", "USD", 2024).Find();
  ASSERT_EQ(found.size(), 1u);
  const StoredConflict& c = found[0];
  EXPECT_EQ(c.kind, "size_disagreement");
  EXPECT_EQ(c.rule, "across_pages");
  EXPECT_EQ(c.year, 2024);
  EXPECT_NEAR(c.spread, 1.101, 1e-4);
  ASSERT_EQ(c.claims.size(), 2u);
  EXPECT_EQ(c.claims[0].value, 100);
  EXPECT_EQ(c.claims[1].value, 110.1);
  EXPECT_EQ(c.claims[1].url, "https://example.com/report/2");
  EXPECT_NE(c.explanation.find("2024"), std::string::npos) << c.explanation;
  EXPECT_FALSE(c.fingerprint.empty());
}

TEST(SizeDisagreementTest, ToleranceIsConfigurable) {
  Claims claims;
  claims.Size(1, 100, "million", "USD", 2024).Size(2, 115, "million", "USD", 2024);
  EXPECT_EQ(claims.Find().size(), 1u);
  ReconcileOptions wide;
  wide.size_tolerance = 0.15;
  EXPECT_TRUE(claims.Find(wide).empty());
}

TEST(SizeDisagreementTest, UnitsAreComparedAsAmounts) {
  EXPECT_TRUE(Claims()
                  .Size(1, 1340, "million", "USD", 2023)
                  .Size(2, 1.34, "billion", "USD", 2023)
                  .Find()
                  .empty());
  EXPECT_EQ(Claims()
                .Size(1, 1340, "million", "USD", 2023)
                .Size(2, 1.34, "trillion", "USD", 2023)
                .Find()
                .size(),
            1u);
}

TEST(SizeDisagreementTest, OtherYearsAndSizesWithoutYearAreNotCompared) {
  Claims claims;
  claims.Size(1, 100, "million", "USD", 2023).Size(2, 200, "million", "USD", 2024);
  EXPECT_TRUE(claims.Find().empty());
}

TEST(SizeDisagreementTest, CurrenciesMeetOnlyThroughExchangeRates) {
  Claims claims;
  claims.Size(1, 100, "billion", "EUR", 2024).Size(2, 150, "billion", "USD", 2024);
  EXPECT_TRUE(claims.Find().empty());
  ReconcileOptions rates;
  rates.usd_per_unit["EUR"] = 1.08;
  auto found = claims.Find(rates);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_NEAR(found[0].spread, 150 / 108.0, 1e-4);
  EXPECT_EQ(found[0].claims[0].currency, "EUR");  // the figure as written
  EXPECT_NE(found[0].explanation.find("converted"), std::string::npos);
  // Converted within tolerance: no conflict.
  rates.usd_per_unit["EUR"] = 1.45;
  EXPECT_TRUE(claims.Find(rates).empty());
  // A rate for another currency changes nothing.
  ReconcileOptions other;
  other.usd_per_unit["GBP"] = 1.27;
  EXPECT_TRUE(claims.Find(other).empty());
}

TEST(SizeDisagreementTest, SameForeignCurrencyIsComparedWithoutRates) {
  EXPECT_EQ(Claims()
                .Size(1, 100, "billion", "EUR", 2024)
                .Size(2, 150, "billion", "EUR", 2024)
                .Find()
                .size(),
            1u);
}

TEST(SizeDisagreementTest, FigureRepeatedInOnePageIsNoConflict) {
  auto found = Claims()
                   .Size(1, 1.34, "billion", "USD", 2023)
                   .Size(1, 1.34, "billion", "USD", 2023)
                   .Size(1, 1340, "million", "USD", 2023)
                   .Size(2, 1.34, "billion", "USD", 2023)
                   .Find();
  EXPECT_TRUE(found.empty());
}

TEST(SizeDisagreementTest, TwoSizesInOnePageDisagree) {
  auto found = Claims()
                   .Size(1, 14.6, "billion", "USD", 2023)
                   .Size(1, 17.9, "billion", "USD", 2023)
                   .Size(1, 14.6, "billion", "USD", 2023)
                   .Find();
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, "size_disagreement");
  EXPECT_EQ(found[0].rule, "within_page");
  EXPECT_EQ(found[0].claims.size(), 2u);
  EXPECT_NEAR(found[0].spread, 1.226, 1e-3);
}

TEST(SizeDisagreementTest, RepostCountsOnceAndAgreesWithItself) {
  // The same content at two URLs, with two figures that agree.
  EXPECT_TRUE(Claims()
                  .Size(1, 5.0, "billion", "USD", 2024)
                  .Size(2, 5.0, "billion", "USD", 2024)
                  .Repost(2, 1)
                  .Find()
                  .empty());
  // A reposted page that disagrees with itself is one finding, not two.
  auto self = Claims()
                  .Size(1, 14.6, "billion", "USD", 2023)
                  .Size(1, 17.9, "billion", "USD", 2023)
                  .Size(2, 14.6, "billion", "USD", 2023)
                  .Size(2, 17.9, "billion", "USD", 2023)
                  .Repost(2, 1)
                  .Find();
  ASSERT_EQ(self.size(), 1u);
  EXPECT_EQ(self[0].rule, "within_page");
  // Against a third source the repost gives one figure, naming both URLs.
  auto found = Claims()
                   .Size(3, 5.0, "billion", "USD", 2024)
                   .Size(2, 5.0, "billion", "USD", 2024)
                   .Size(1, 7.0, "billion", "USD", 2024)
                   .Repost(3, 2)
                   .Find();
  ASSERT_EQ(found.size(), 1u);
  ASSERT_EQ(found[0].claims.size(), 2u);
  EXPECT_EQ(found[0].claims[0].url, "https://example.com/report/2");
  EXPECT_EQ(found[0].claims[0].also_at, std::vector<std::string>{"https://example.com/report/3"});
  EXPECT_TRUE(found[0].claims[1].also_at.empty());
}

TEST(CagrDisagreementTest, ExactlyAtToleranceIsNoConflict) {
  EXPECT_TRUE(Claims().Rate(1, 7.0, 2024, 2031).Rate(2, 8.0, 2024, 2031).Find().empty());
  // 8.2 - 7.2 is 0.9999999999999991 or 1.0000000000000009 in binary.
  EXPECT_TRUE(Claims().Rate(1, 7.2, 2024, 2031).Rate(2, 8.2, 2024, 2031).Find().empty());
  EXPECT_TRUE(Claims().Rate(1, 7.1, 2024, 2031).Rate(2, 8.1, 2024, 2031).Find().empty());
}

TEST(CagrDisagreementTest, JustOverToleranceIsAConflict) {
  auto found = Claims().Rate(1, 7.0, 2022, 2029).Rate(2, 8.01, 2024, 2031).Find();
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, "cagr_disagreement");
  EXPECT_NEAR(found[0].spread, 1.01, 1e-9);
  EXPECT_EQ(found[0].start_year, 2024);  // the overlap
  EXPECT_EQ(found[0].end_year, 2029);
  EXPECT_FALSE(found[0].year.has_value());
  ReconcileOptions wide;
  wide.cagr_tolerance_points = 1.5;
  EXPECT_TRUE(Claims().Rate(1, 7.0, 2022, 2029).Rate(2, 8.01, 2024, 2031).Find(wide).empty());
}

TEST(CagrDisagreementTest, PeriodsMustOverlapOrShareAnEnd) {
  // Disjoint periods: not compared.
  EXPECT_TRUE(Claims().Rate(1, 5, 2015, 2020).Rate(2, 9, 2021, 2028).Find().empty());
  // Touching at one year: compared.
  EXPECT_EQ(Claims().Rate(1, 5, 2015, 2021).Rate(2, 9, 2021, 2028).Find().size(), 1u);
  // Start missing, same end: compared; the conflict's start is unknown.
  auto same_end = Claims().Rate(1, 8.8, std::nullopt, 2032).Rate(2, 13.9, 2025, 2032).Find();
  ASSERT_EQ(same_end.size(), 1u);
  EXPECT_FALSE(same_end[0].start_year.has_value());
  EXPECT_EQ(same_end[0].end_year, 2032);
  // Start missing, other end: not compared.
  EXPECT_TRUE(Claims().Rate(1, 8.8, std::nullopt, 2032).Rate(2, 13.9, 2024, 2030).Find().empty());
  // No period at all: never compared.
  EXPECT_TRUE(
      Claims().Rate(1, 7.9, std::nullopt, std::nullopt).Rate(2, 10.2, 2024, 2030).Find().empty());
}

TEST(CagrDisagreementTest, WithinOnePageAndRepeatedRates) {
  auto found = Claims().Rate(1, 14.2, 2022, 2029).Rate(1, 16.8, 2021, 2027).Find();
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].rule, "within_page");
  // The same rate twice on a page, and on a repost, is one rate.
  EXPECT_TRUE(Claims()
                  .Rate(1, 7.2, 2024, 2031)
                  .Rate(1, 7.2, 2024, 2031)
                  .Rate(2, 7.2, 2024, 2031)
                  .Repost(2, 1)
                  .Find()
                  .empty());
  auto pairs = Claims()
                   .Rate(1, 7.2, 2024, 2031)
                   .Rate(2, 7.2, 2024, 2031)
                   .Rate(3, 12.0, 2024, 2031)
                   .Repost(2, 1)
                   .Find();
  EXPECT_EQ(pairs.size(), 1u);
}

TEST(InconsistentProjectionTest, ImpliedRateAtToleranceIsNoConflict) {
  // 100 -> 161.051 over 5 years is exactly 10% a year.
  Claims claims;
  claims.Size(1, 100, "million", "USD", 2020).Size(1, 161.051, "million", "USD", 2025, "forecast");
  EXPECT_TRUE(Claims(claims).Rate(1, 11.0, 2020, 2025).Find().empty());
  EXPECT_TRUE(Claims(claims).Rate(1, 9.0, 2019, 2026).Find().empty());
  auto found = Claims(claims).Rate(1, 11.01, 2020, 2025).Find();
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, "inconsistent_projection");
  EXPECT_EQ(found[0].rule, "implied_rate");
  EXPECT_NEAR(found[0].spread, 1.01, 1e-3);
  EXPECT_EQ(found[0].start_year, 2020);
  EXPECT_EQ(found[0].end_year, 2025);
  ASSERT_EQ(found[0].claims.size(), 3u);
  EXPECT_EQ(found[0].claims[2].kind, "cagr");
  ReconcileOptions loose;
  loose.projection_tolerance_points = 2;
  EXPECT_TRUE(Claims(claims).Rate(1, 11.01, 2020, 2025).Find(loose).empty());
}

TEST(InconsistentProjectionTest, OnlyARateCoveringBothYearsIsChecked) {
  Claims claims;
  claims.Size(1, 268.0, "billion", "USD", 2024).Size(1, 505.6, "billion", "USD", 2030, "forecast");
  EXPECT_EQ(Claims(claims).Rate(1, 13.9, 2024, 2030).Find().size(), 1u);
  EXPECT_TRUE(Claims(claims).Rate(1, 13.9, 2025, 2030).Find().empty());
  EXPECT_TRUE(Claims(claims).Rate(1, 13.9, std::nullopt, 2030).Find().empty());
  // Sizes on another page, or in another currency, are not this page's projection.
  EXPECT_TRUE(Claims()
                  .Size(1, 268.0, "billion", "USD", 2024)
                  .Size(2, 505.6, "billion", "USD", 2030)
                  .Rate(1, 13.9, 2024, 2030)
                  .Find()
                  .empty());
  EXPECT_TRUE(Claims()
                  .Size(1, 268.0, "billion", "USD", 2024)
                  .Size(1, 505.6, "billion", "EUR", 2030)
                  .Rate(1, 13.9, 2024, 2030)
                  .Find()
                  .empty());
}

TEST(InconsistentProjectionTest, ForecastNotAfterBaseYear) {
  auto found = Claims()
                   .Size(1, 41.3, "billion", "USD", 2024)
                   .Size(1, 62.9, "billion", "USD", 2023, "forecast")
                   .FetchedAt(1, kJune2024 + 2 * 365 * 86400)
                   .Find();
  // Flagged once, as a projection problem; not also as a stale forecast.
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, "inconsistent_projection");
  EXPECT_EQ(found[0].rule, "forecast_not_after_base");
  EXPECT_EQ(found[0].year, 2023);
  EXPECT_EQ(found[0].spread, 1);
  // Same year as the base is not after it either; a later one is fine.
  EXPECT_EQ(Claims()
                .Size(1, 41.3, "billion", "USD", 2024)
                .Size(1, 45.0, "billion", "USD", 2024, "forecast")
                .Find()
                .size(),
            1u);
  EXPECT_TRUE(Claims()
                  .Size(1, 41.3, "billion", "USD", 2024)
                  .Size(1, 62.9, "billion", "USD", 2032, "forecast")
                  .Find()
                  .empty());
}

TEST(ImplausibleTest, RateBounds) {
  EXPECT_TRUE(Claims().Rate(1, 100, 2024, 2030).Find().empty());
  EXPECT_TRUE(Claims().Rate(1, -50, 2024, 2030).Find().empty());
  auto high = Claims().Rate(1, 100.5, 2024, 2030).Find();
  ASSERT_EQ(high.size(), 1u);
  EXPECT_EQ(high[0].kind, "implausible");
  EXPECT_EQ(high[0].rule, "rate");
  EXPECT_NE(high[0].explanation.find("100.5%"), std::string::npos) << high[0].explanation;
  auto low = Claims().Rate(1, -50.5, 2024, 2030).Find();
  ASSERT_EQ(low.size(), 1u);
  EXPECT_EQ(low[0].rule, "rate");
  // A rate without a period is still checked.
  EXPECT_EQ(Claims().Rate(1, 140, std::nullopt, std::nullopt).Find().size(), 1u);
}

TEST(ImplausibleTest, YearBounds) {
  EXPECT_TRUE(Claims().Size(1, 5, "billion", "USD", 1990).Find().empty());
  auto old = Claims().Size(1, 5, "billion", "USD", 1989).Find();
  ASSERT_EQ(old.size(), 1u);
  EXPECT_EQ(old[0].rule, "year");
  EXPECT_EQ(old[0].year, 1989);
  auto far = OfKind(Claims().Rate(1, 5, 2024, 2101).Find(), "implausible");
  ASSERT_EQ(far.size(), 1u);
  EXPECT_EQ(far[0].rule, "year");
  EXPECT_TRUE(Claims().Rate(1, 5, 2024, 2100).Find().empty());
}

TEST(ImplausibleTest, ForecastForAYearThatEndedBeforeTheFetch) {
  // Fetched in June 2024: a 2023 forecast is stale, a 2024 one is not.
  auto stale = Claims().Size(1, 1.9, "billion", "USD", 2023, "forecast").Find();
  ASSERT_EQ(stale.size(), 1u);
  EXPECT_EQ(stale[0].kind, "implausible");
  EXPECT_EQ(stale[0].rule, "stale_forecast");
  EXPECT_EQ(stale[0].spread, 1);
  EXPECT_TRUE(Claims().Size(1, 1.9, "billion", "USD", 2024, "forecast").Find().empty());
  // An actual figure for a past year is what it should be.
  EXPECT_TRUE(Claims().Size(1, 1.2, "billion", "USD", 2021).Find().empty());
  ReconcileOptions off;
  off.stale_forecasts = false;
  EXPECT_TRUE(Claims().Size(1, 1.9, "billion", "USD", 2023, "forecast").Find(off).empty());
}

TEST(FingerprintTest, StableForTheSameFindingAndChangedByOtherFigures) {
  Claims a;
  a.Size(1, 100, "million", "USD", 2024).Size(2, 150, "million", "USD", 2024);
  Claims renumbered;  // claim ids differ, figures the same
  renumbered.Rate(9, 5, std::nullopt, std::nullopt)
      .Size(2, 150, "million", "USD", 2024)
      .Size(1, 100, "million", "USD", 2024);
  Claims changed;
  changed.Size(1, 100, "million", "USD", 2024).Size(2, 151, "million", "USD", 2024);
  const std::string fp = a.Find().at(0).fingerprint;
  EXPECT_EQ(a.Find().at(0).fingerprint, fp);
  EXPECT_EQ(renumbered.Find().at(0).fingerprint, fp);
  EXPECT_NE(changed.Find().at(0).fingerprint, fp);
}

}  // namespace
}  // namespace marketclaims
