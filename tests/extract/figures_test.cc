// Market sizes and CAGRs: what counts, and what each figure carries.
#include <gtest/gtest.h>

#include "tests/extract/extract_test_util.h"

namespace marketclaims {
namespace {

using testing_util::ExtractHtml;

const MarketSize* FindSize(const Extraction& x, double value) {
  for (const MarketSize& s : x.sizes) {
    if (s.value == value) return &s;
  }
  return nullptr;
}

TEST(Sizes, ValuedAtThenProjectedToReach) {
  Extraction x = ExtractHtml(
      "<h1>Harbor Crane Market Outlook</h1><p>The global harbor crane market was valued at USD 3.4 "
      "billion in "
      "2023 and is projected to reach USD 5.15 billion by 2031, growing at a CAGR of 5.3% from "
      "2024 to 2031.</p>");
  ASSERT_EQ(x.sizes.size(), 2u);
  const MarketSize* actual = FindSize(x, 3.4);
  const MarketSize* forecast = FindSize(x, 5.15);
  ASSERT_TRUE(actual && forecast);
  EXPECT_EQ(actual->unit, "billion");
  EXPECT_EQ(actual->currency, "USD");
  EXPECT_EQ(actual->year, 2023);
  EXPECT_EQ(actual->basis, Basis::kActual);
  ASSERT_TRUE(actual->usd.has_value());
  EXPECT_DOUBLE_EQ(*actual->usd, 3.4e9);
  EXPECT_EQ(forecast->year, 2031);
  EXPECT_EQ(forecast->basis, Basis::kForecast);
  ASSERT_EQ(x.cagrs.size(), 1u);
  EXPECT_DOUBLE_EQ(x.cagrs[0].rate, 5.3);
  EXPECT_EQ(x.cagrs[0].start, 2024);
  EXPECT_EQ(x.cagrs[0].end, 2031);
}

TEST(Sizes, EvidenceIsTheSentenceAndOffsetPointsAtIt) {
  Extractor extractor;
  std::string html =
      "<h1>Kelp Market</h1><p>Kelp is farmed. The kelp market stood at $820 million in 2022. "
      "More text.</p>";
  Extraction x;
  Document doc;
  std::string error;
  ASSERT_TRUE(extractor.Extract(html, "", "s", &x, &error));
  ASSERT_TRUE(extractor.BuildDocument(html, "", &doc, &error));
  ASSERT_EQ(x.sizes.size(), 1u);
  EXPECT_EQ(x.sizes[0].evidence, "The kelp market stood at $820 million in 2022.");
  EXPECT_EQ(doc.text.substr(x.sizes[0].offset, x.sizes[0].evidence.size()), x.sizes[0].evidence);
  EXPECT_EQ(x.sizes[0].unit, "million");
}

TEST(Sizes, UnitsAndCurrenciesAsWritten) {
  struct Case {
    const char* sentence;
    double value;
    const char* unit;
    const char* currency;
  } cases[] = {
      {"The drone market reached US$ 2.1 Bn in 2020.", 2.1, "billion", "USD"},
      {"The drone market reached USD 1,272.81 billion in 2020.", 1272.81, "billion", "USD"},
      {"The drone market reached EUR 640 Mn in 2020.", 640, "million", "EUR"},
      {"The drone market reached \xE2\x82\xAC"
       "3.5 billion in 2020.",
       3.5, "billion", "EUR"},
      {"The drone market reached \xC2\xA3"
       "900 million in 2020.",
       900, "million", "GBP"},
      {"The drone market reached INR 45 billion in 2020 (INR 4,500 crore).", 45, "billion", "INR"},
      {"The drone market reached \xE2\x82\xB9"
       "4,500 crore in 2020.",
       45000, "million", "INR"},
      {"The drone market reached Rs. 1.5 lakh crore in 2020.", 1.5, "trillion", "INR"},
      {"The drone market reached Rs 80 lakh in 2020.", 8000, "thousand", "INR"},
      {"The drone market reached A$ 2.4 billion in 2020.", 2.4, "billion", "AUD"},
      {"The drone market reached C$ 910 million in 2020.", 910, "million", "CAD"},
      {"The drone market reached 6.10 billion USD in 2020.", 6.10, "billion", "USD"},
      {"The drone market reached $1.2 trillion in 2020.", 1.2, "trillion", "USD"},
      {"The drone market reached CNY 80 billion in 2020.", 80, "billion", "CNY"},
      {"The drone market reached JPY 300 billion in 2020.", 300, "billion", "JPY"},
  };
  for (const Case& c : cases) {
    Extraction x = ExtractHtml(std::string("<p>") + c.sentence + "</p>");
    ASSERT_EQ(x.sizes.size(), 1u) << c.sentence;
    EXPECT_DOUBLE_EQ(x.sizes[0].value, c.value) << c.sentence;
    EXPECT_EQ(x.sizes[0].unit, c.unit) << c.sentence;
    EXPECT_EQ(x.sizes[0].currency, c.currency) << c.sentence;
    EXPECT_EQ(x.sizes[0].year, 2020) << c.sentence;
    EXPECT_EQ(x.sizes[0].usd.has_value(), std::string(c.currency) == "USD") << c.sentence;
  }
}

TEST(Sizes, FromToRangeGivesTwoFigures) {
  Extraction x = ExtractHtml(
      "<p>The rope market is projected to grow from USD 6.7 billion in 2026 to USD 11.8 "
      "billion by 2034.</p>");
  ASSERT_EQ(x.sizes.size(), 2u);
  EXPECT_EQ(FindSize(x, 6.7)->year, 2026);
  EXPECT_EQ(FindSize(x, 6.7)->basis, Basis::kActual);
  EXPECT_EQ(FindSize(x, 11.8)->year, 2034);
  EXPECT_EQ(FindSize(x, 11.8)->basis, Basis::kForecast);
}

TEST(Sizes, ValueRangeGivesTwoFigures) {
  Extraction x = ExtractHtml("<p>In 2024 the rope market was worth USD 5-7 billion.</p>");
  ASSERT_EQ(x.sizes.size(), 2u);
  EXPECT_TRUE(FindSize(x, 5) && FindSize(x, 7));
  EXPECT_EQ(FindSize(x, 7)->unit, "billion");
  EXPECT_EQ(FindSize(x, 7)->year, 2024);
}

TEST(Sizes, YearBeforeTheFigure) {
  Extraction x = ExtractHtml(
      "<p>As of 2021, the global rope market is estimated to be worth $15.7 billion.</p>");
  ASSERT_EQ(x.sizes.size(), 1u);
  EXPECT_EQ(x.sizes[0].year, 2021);
  EXPECT_EQ(x.sizes[0].basis, Basis::kActual);
}

TEST(Sizes, RevenueOfTheMarketItselfIsItsSize) {
  Extraction x =
      ExtractHtml("<p>In 2024, the rope market generated revenue of EUR 27.00 billion.</p>");
  ASSERT_EQ(x.sizes.size(), 1u);
  EXPECT_EQ(x.sizes[0].currency, "EUR");
  EXPECT_EQ(x.sizes[0].year, 2024);
}

TEST(Sizes, PlaceholdersPricesAndOthersFiguresAreNotSizes) {
  const char* sentences[] = {
      "The rope market is expected to reach USD XX million by 2030.",
      "Single User License: USD 4500.",
      "Acme Ropes Inc. reported revenue of $3 billion in 2022 from the rope market.",
      "North America accounted for USD 1.3 billion of the rope market in 2024.",
      "The synthetic segment of the rope market generated USD 800 million in 2024.",
      "Coilworks earned $2 billion in revenue in 2023, a record for the rope market.",
      "Braidco's rope and cable revenues reached about $6 billion, helping its rope market "
      "position.",
      "Ropes are a small slice of the broader cordage market, worth USD 41 billion in 2024.",
  };
  for (const char* s : sentences) {
    Extraction x = ExtractHtml(std::string("<p>") + s + "</p>");
    EXPECT_TRUE(x.sizes.empty()) << s << " gave " << x.sizes.size();
  }
}

TEST(Sizes, FiguresInACompanyProfileOrRegionSectionAreNotTheMarkets) {
  Extraction x = ExtractHtml(
      "<h1>Rope Market</h1><p><strong>Strandline Corp.</strong> is a leader in the rope market, "
      "with sales of "
      "USD 2.2 billion in 2023.</p><h3>Europe</h3><p>The market reached USD 1.1 billion in "
      "2024.</p>");
  EXPECT_TRUE(x.sizes.empty());
}

TEST(Sizes, KeyValueBlocks) {
  Extraction x = ExtractHtml(
      "<h1>Rope Market</h1><p>Market Size 2024</p><p>USD 4.2 Billion</p>"
      "<p>Forecast, 2032</p><p>USD 6.8 Billion</p><p>CAGR, 2025-2032</p><p>6.1%</p>");
  ASSERT_EQ(x.sizes.size(), 2u);
  EXPECT_EQ(FindSize(x, 4.2)->year, 2024);
  EXPECT_EQ(FindSize(x, 6.8)->year, 2032);
  EXPECT_EQ(FindSize(x, 6.8)->basis, Basis::kForecast);
  ASSERT_EQ(x.cagrs.size(), 1u);
  EXPECT_DOUBLE_EQ(x.cagrs[0].rate, 6.1);
  EXPECT_EQ(x.cagrs[0].start, 2025);
  EXPECT_EQ(x.cagrs[0].end, 2032);
}

TEST(Sizes, KeyValueBlocksWithoutBasisWordsAndTheirEvidence) {
  Extraction x = ExtractHtml(
      "<h1>Rope Market</h1><p>Market Size 2032</p><p>USD 6.8 Billion</p>"
      "<p>Market Size 2024</p><p>USD 4.2 Billion</p>");
  ASSERT_EQ(x.sizes.size(), 2u);
  EXPECT_EQ(FindSize(x, 4.2)->basis, Basis::kActual);
  EXPECT_EQ(FindSize(x, 6.8)->basis, Basis::kForecast) << "a later year than the other figure";
  EXPECT_EQ(FindSize(x, 6.8)->evidence, "Market Size 2032\nUSD 6.8 Billion");
}

TEST(Sizes, RepeatedFigureCountsOnceAndKeepsItsYear) {
  Extraction x = ExtractHtml(
      "<h1>Rope Market worth USD 2.5 Billion</h1>"
      "<p>The rope market reached USD 2.5 billion in 2024.</p>"
      "<p>The rope market reached USD 2.5 billion in 2024, a record.</p>");
  ASSERT_EQ(x.sizes.size(), 1u);
  EXPECT_EQ(x.sizes[0].year, 2024);
}

TEST(Sizes, PronounCarriesTheMarketIntoTheNextSentence) {
  Extraction x = ExtractHtml(
      "<p>The rope market was valued at USD 24.1 billion in 2023. It is expected to reach "
      "USD 29.2 billion in 2024.</p>");
  ASSERT_EQ(x.sizes.size(), 2u);
  EXPECT_EQ(FindSize(x, 29.2)->basis, Basis::kForecast);
}

TEST(Cagrs, PeriodsAsWritten) {
  struct Case {
    const char* sentence;
    double rate;
    std::optional<int> start, end;
  } cases[] = {
      {"The hose market will grow at a CAGR of 7.8% from 2022 to 2028.", 7.8, 2022, 2028},
      {"The hose market will grow at a CAGR of 4.1% during 2025-2032.", 4.1, 2025, 2032},
      {"The hose market shows a robust CAGR of 21.4% during the forecast period (2024-2032).", 21.4,
       2024, 2032},
      {"The hose market will expand at a CAGR of over 10% through 2028.", 10, std::nullopt, 2028},
      {"The hose market will register a 10.1% CAGR over the period.", 10.1, std::nullopt,
       std::nullopt},
      {"The hose market grew at a CAGR of 17.46% in 2005-16.", 17.46, 2005, 2016},
      {"The hose market has a compound annual growth rate (CAGR) of 3.2 percent.", 3.2,
       std::nullopt, std::nullopt},
  };
  for (const Case& c : cases) {
    Extraction x = ExtractHtml(std::string("<p>") + c.sentence + "</p>");
    ASSERT_EQ(x.cagrs.size(), 1u) << c.sentence;
    EXPECT_DOUBLE_EQ(x.cagrs[0].rate, c.rate) << c.sentence;
    EXPECT_EQ(x.cagrs[0].start, c.start) << c.sentence;
    EXPECT_EQ(x.cagrs[0].end, c.end) << c.sentence;
  }
}

TEST(Cagrs, AYearThatDatesASizeIsNotTheCagrsPeriod) {
  Extraction x = ExtractHtml(
      "<p>The hose market is growing at a CAGR of 9.5% during the forecast period, "
      "reaching USD 550 billion by 2032.</p>");
  ASSERT_EQ(x.cagrs.size(), 1u);
  EXPECT_FALSE(x.cagrs[0].start.has_value());
  EXPECT_FALSE(x.cagrs[0].end.has_value());
}

TEST(Cagrs, RangeOfRatesGivesTwoEntries) {
  Extraction x =
      ExtractHtml("<p>The hose market will grow at a CAGR of around 5-7% from 2025 to 2030.</p>");
  ASSERT_EQ(x.cagrs.size(), 2u);
  EXPECT_DOUBLE_EQ(x.cagrs[0].rate, 5);
  EXPECT_DOUBLE_EQ(x.cagrs[1].rate, 7);
  EXPECT_EQ(x.cagrs[1].start, 2025);
}

TEST(Cagrs, PlaceholdersRegionsAndSegmentsAreNotTheMarkets) {
  const char* sentences[] = {
      "The hose market will grow at a CAGR of XX% from 2025 to 2030.",
      "Asia Pacific is expected to register the fastest CAGR of 8.4% in the hose market.",
      "By type, the rubber segment is expected to grow at a CAGR of 6.2%.",
      "The hose market will grow at a healthy CAGR during the forecast period.",
  };
  for (const char* s : sentences) {
    Extraction x = ExtractHtml(std::string("<p>") + s + "</p>");
    EXPECT_TRUE(x.cagrs.empty()) << s;
  }
}

TEST(Cagrs, ARateInASentenceAboutSomethingElseIsNotTheMarkets) {
  Extraction x = ExtractHtml(
      "<h1>Hose Market Report</h1><p>The hose market grows at a CAGR of 5.4% from 2023 to "
      "2030. It is expected to keep a CAGR above 5.0% after that. Braided hoses are "
      "expected to grow faster, at a CAGR of 6.5% through 2030.</p>");
  ASSERT_EQ(x.cagrs.size(), 2u);
  EXPECT_DOUBLE_EQ(x.cagrs[0].rate, 5.4);
  EXPECT_DOUBLE_EQ(x.cagrs[1].rate, 5.0);
}

TEST(Cagrs, ContradictionsOnOnePageAreAllKept) {
  Extraction x = ExtractHtml(
      "<p>The hose market will grow at a CAGR of 7.8% from 2022 to 2028.</p>"
      "<h2>FAQ</h2><p>The hose market is projected to grow at a CAGR of 12.3% from 2021 to "
      "2026.</p>");
  ASSERT_EQ(x.cagrs.size(), 2u);
}

// Reposts glue the year to its preposition; notes write "+" after a
// lower bound and date it in parentheses; news writes "a $X value in YEAR".
TEST(Sizes, YearAfterTheFigureInLooseShapes) {
  Extraction x = ExtractHtml(
      "<p>The kiln market was worth USD 2,104.5 Million in2019.</p>"
      "<p>Total kiln market: $300B+ (2025).</p>"
      "<p>The kiln industry hit a $41bn value in 2023.</p>");
  ASSERT_EQ(x.sizes.size(), 3u);
  EXPECT_EQ(FindSize(x, 2104.5)->year, 2019);
  EXPECT_EQ(FindSize(x, 300)->year, 2025);
  EXPECT_EQ(FindSize(x, 41)->year, 2023);
}

// "By 2047, the market ..." opens with a date, not a segment ("By type, ...").
TEST(Sizes, YearLeadInIsNotASegmentLeadIn) {
  Extraction x = ExtractHtml("<p>By 2040, the kiln market could approach USD 45 billion.</p>");
  ASSERT_EQ(x.sizes.size(), 1u);
  EXPECT_EQ(x.sizes[0].year, 2040);
}

// Two figures that only round alike are two figures.
TEST(Sizes, CloseButDifferentFiguresAreKept) {
  Extraction x = ExtractHtml(
      "<p>The kiln market reached a $240bn value.</p><p>The kiln market hit $241bn in 2023.</p>");
  EXPECT_EQ(x.sizes.size(), 2u);
}

// Key-value rows as pasted text: the label's year dates the figure.
TEST(Sizes, KeyValueRowsTakeTheLabelsYear) {
  Extraction x = ExtractHtml(
      "<p>Kiln Market Size (2024) | USD 107,123.28 Million</p>"
      "<p>Kiln Market Size (2031)USD 150,200.5 Million</p>"
      "<p>2026 Kiln Market Size: USD 9.5 billion</p>");
  ASSERT_EQ(x.sizes.size(), 3u);
  EXPECT_EQ(FindSize(x, 107123.28)->year, 2024);
  EXPECT_EQ(FindSize(x, 150200.5)->year, 2031);
  EXPECT_EQ(FindSize(x, 9.5)->year, 2026);
}

// A year-by-year table under a size heading, as markdown text and as HTML.
TEST(Sizes, YearByYearTablesUnderASizeHeading) {
  Extraction text = ExtractHtml(
      "<h2>Kiln Market Size</h2><p>| Year | Value |</p><p>| 2024 | $83 billion |</p>"
      "<p>| 2030 | $120 billion |</p>");
  ASSERT_EQ(text.sizes.size(), 2u);
  EXPECT_EQ(FindSize(text, 83)->year, 2024);
  EXPECT_EQ(FindSize(text, 120)->year, 2030);
  Extraction html = ExtractHtml(
      "<h2>Kiln Market Size</h2><table><tr><td>2024</td><td>$83 billion</td></tr>"
      "<tr><td>2030</td><td>$120 billion</td></tr></table>");
  ASSERT_EQ(html.sizes.size(), 2u);
  EXPECT_EQ(FindSize(html, 120)->year, 2030);
  // Under a heading about something else the rows are not the market's.
  Extraction other = ExtractHtml(
      "<h2>Staff Costs</h2><p>| 2024 | $83 million |</p><p>| 2030 | $120 million |</p>");
  EXPECT_TRUE(other.sizes.empty());
}

TEST(Cagrs, LabelRowsAreTheMarkets) {
  Extraction x = ExtractHtml(
      "<h1>Kiln Market</h1><p>CAGR (2025\xE2\x80\x93"
      "2032): 7.1%</p><p>| CAGR, 2026-33 | 6.2% |</p>");
  ASSERT_EQ(x.cagrs.size(), 2u);
  EXPECT_EQ(x.cagrs[0].start, 2025);
  EXPECT_EQ(x.cagrs[0].end, 2032);
  EXPECT_EQ(x.cagrs[1].start, 2026);
  EXPECT_EQ(x.cagrs[1].end, 2033);
}

TEST(Cagrs, SpanBeforeTheRateAndRangeBeforeTheWord) {
  Extraction x = ExtractHtml(
      "<p>Over 2024-2030, the kiln market will grow at a CAGR of 7.1%.</p>"
      "<p>The kiln market should see a 4-6% CAGR.</p>");
  ASSERT_EQ(x.cagrs.size(), 3u);
  EXPECT_EQ(x.cagrs[0].start, 2024);
  EXPECT_EQ(x.cagrs[0].end, 2030);
  EXPECT_DOUBLE_EQ(x.cagrs[1].rate, 4);
  EXPECT_DOUBLE_EQ(x.cagrs[2].rate, 6);
}

// A page about one market that quotes another gives that market's figures
// its name; the page's own figures carry none.
TEST(ClaimMarkets, AnotherMarketsFiguresCarryItsName) {
  Extraction x = ExtractHtml(
      "<h1>Kiln Market Report</h1>"
      "<p>The kiln market was valued at USD 4.1 billion in 2023, growing at a CAGR of 5.2%.</p>"
      "<p>Meanwhile, the furnace market reached USD 9.7 billion in 2023 at a CAGR of 3.1%.</p>");
  ASSERT_EQ(x.market, "Kiln");
  ASSERT_EQ(x.sizes.size(), 2u);
  EXPECT_EQ(FindSize(x, 4.1)->market, "");
  EXPECT_EQ(FindSize(x, 9.7)->market, "furnace");
  ASSERT_EQ(x.cagrs.size(), 2u);
  EXPECT_EQ(x.cagrs[0].market, "");
  EXPECT_EQ(x.cagrs[1].market, "furnace");
}

// A sentence may leave out the page's place, never name another one.
TEST(ClaimMarkets, PlaceOfThePagesMarket) {
  Extraction x = ExtractHtml(
      "<h1>India Smartphone Market</h1>"
      "<p>The smartphone market reached USD 40 billion in 2023.</p>"
      "<p>The Japanese smartphone market reached USD 120 billion in 2023.</p>");
  ASSERT_EQ(x.sizes.size(), 2u);
  EXPECT_EQ(FindSize(x, 40)->market, "");
  EXPECT_EQ(FindSize(x, 120)->market, "Japanese smartphone");
}

// The same market written with its abbreviation or in the plural is the
// page's.
TEST(ClaimMarkets, VariantsOfThePagesNameAreThePages) {
  Extraction x = ExtractHtml(
      "<h1>Electric Vehicle (EV) Charger Market</h1>"
      "<p>The EV chargers market reached USD 20 billion in 2023.</p>");
  ASSERT_EQ(x.sizes.size(), 1u);
  EXPECT_EQ(x.sizes[0].market, "");
}

}  // namespace
}  // namespace marketclaims

namespace marketclaims {
namespace {

using testing_util::ExtractHtml;

// Shape: the currency written once for both ends of a growth sentence.
TEST(BareAmounts, TakeTheCurrencyTheirSentenceUses) {
  Extraction x = ExtractHtml(
      "<p>The kiln market was valued at 0.81 billion in 2023 and is expected to reach USD 1.19 "
      "billion by 2030.</p>");
  ASSERT_EQ(x.sizes.size(), 2u);
  for (const MarketSize& s : x.sizes) {
    EXPECT_EQ(s.currency, "USD");
    EXPECT_EQ(s.unit, "billion");
  }
  bool both = (x.sizes[0].value == 0.81 && x.sizes[1].value == 1.19) ||
              (x.sizes[0].value == 1.19 && x.sizes[1].value == 0.81);
  EXPECT_TRUE(both);
}

// Shape: a plan's year-by-year table in markdown pasted as text; the first
// money column is the market's, the others are the parts it is split into.
TEST(YearRows, OnlyTheFirstMoneyColumnIsTheMarkets) {
  Extraction x = ExtractHtml(
      "<h1>Kiln Market Size</h1><h2>Kiln market size by year</h2>"
      "<p>| Year | Kiln Market | Serviceable | Our Revenue |</p>"
      "<p>| 2025 | $5.1B | $1.2B | $40M |</p>"
      "<p>| 2026 | $5.6B | $1.4B | $65M |</p>");
  ASSERT_EQ(x.sizes.size(), 2u);
  EXPECT_NE(FindSize(x, 5.1), nullptr);
  EXPECT_NE(FindSize(x, 5.6), nullptr);
}

// Shape: a press release's lead sentence gives the span once, as the years
// of its two sizes.
TEST(Cagrs, TheSpanOfTheSentencesSizes) {
  Extraction x = ExtractHtml(
      "<p>The global kiln market is expected to grow from USD 5.1 billion in 2021 to USD 7.9 "
      "billion by 2027, at a CAGR of 7.6% during the forecast period.</p>"
      "<p>The kiln market was USD 5.1 billion in 2021 and may reach USD 8 billion by 2028, at "
      "a CAGR of 6%.</p>");
  ASSERT_EQ(x.cagrs.size(), 2u);
  EXPECT_EQ(x.cagrs[0].start, 2021);
  EXPECT_EQ(x.cagrs[0].end, 2027);
  EXPECT_FALSE(x.cagrs[1].start.has_value());
  EXPECT_FALSE(x.cagrs[1].end.has_value());
}

// Shape: an outlook report's history paragraph, dated by its lead-in.
TEST(Cagrs, APeriodThatOpensTheSentence) {
  Extraction x = ExtractHtml(
      "<p>Between 2018 and 2023, the kiln market grew at a compound annual growth rate of "
      "roughly 4.4 percent, helped by steady demand from tile makers and potters.</p>"
      "<p>In 2023, the kiln market grew at a CAGR of 3.9%.</p>");
  ASSERT_EQ(x.cagrs.size(), 2u);
  EXPECT_EQ(x.cagrs[0].start, 2018);
  EXPECT_EQ(x.cagrs[0].end, 2023);
  EXPECT_FALSE(x.cagrs[1].start.has_value());
}

// Shape: a sector note's table of segments, one row each, a rate cell per
// row; and a CAGR label row that is the market's.
TEST(Cagrs, ARateInASegmentsRowIsTheSegments) {
  Extraction x = ExtractHtml(
      "<h1>Kiln Market</h1>"
      "<table><tr><th>Segment</th><th>Growth</th></tr>"
      "<tr><td>Electric kilns</td><td>7% CAGR</td></tr>"
      "<tr><td>Gas kilns</td><td>4% CAGR</td></tr>"
      "<tr><td>CAGR (2025-2030)</td><td>5.5%</td></tr></table>");
  ASSERT_EQ(x.cagrs.size(), 1u);
  EXPECT_DOUBLE_EQ(x.cagrs[0].rate, 5.5);
}

TEST(BareAmounts, CountsAndSentencesWithoutACurrencyAreNoMoney) {
  // "2.5 million units" counts units; "4 billion" alone has no currency to
  // take; two currencies leave the bare amount's open.
  Extraction x = ExtractHtml(
      "<p>The kiln market shipped 2.5 million units in 2023, worth USD 3 billion.</p>"
      "<p>The kiln market may reach 4 billion by 2030.</p>"
      "<p>The kiln market was EUR 2 billion in 2022, USD 2.2 billion, and 2.4 billion in "
      "2023.</p>");
  for (const MarketSize& s : x.sizes) {
    EXPECT_NE(s.value, 2.5);
    EXPECT_NE(s.value, 4);
    EXPECT_NE(s.value, 2.4);
  }
}

}  // namespace
}  // namespace marketclaims
