// Market name, segments, regions, key players and FAQs.
#include <gtest/gtest.h>

#include "extract/list_items.h"
#include "tests/extract/extract_test_util.h"

namespace marketclaims {
namespace {

using testing_util::ExtractHtml;
using testing_util::PlayerNames;
using testing_util::RegionNames;
using testing_util::SegmentNames;
using Names = std::vector<std::string>;

TEST(Market, FromTheTitleWithoutGlobalAndMarket) {
  EXPECT_EQ(ExtractHtml("<h1>Global Solar Inverter Market Size, Share &amp; Trends 2024-2031</h1>"
                        "<p>Text.</p>")
                .market,
            "Solar Inverter");
}

TEST(Market, TheMostNamedCandidateWins) {
  Extraction x = ExtractHtml(
      "<h1>Key Trends Shaping Industry Growth</h1>"
      "<p>The Artificial Intelligence (AI) in Agriculture market is expanding. Demand in the "
      "Artificial "
      "Intelligence (AI) in Agriculture market rises. The overall market grows.</p>");
  EXPECT_EQ(x.market, "Artificial Intelligence (AI) in Agriculture");
}

TEST(Market, LowerCaseNamesInSentences) {
  Extraction x = ExtractHtml(
      "<p>According to Trendwise Research, the Indian cold chain market is booming. "
      "The Indian cold chain market will double.</p>");
  EXPECT_EQ(x.market, "Indian cold chain");
}

TEST(Market, PublishersNamedLikeMarketsAreSkipped) {
  Extraction x = ExtractHtml(
      "<h1>Sail Cloth Market Research Report 2025</h1><p>According to Gusty Market "
      "Research and Tidal Industry Insights, the sail cloth market grew. Gusty Market "
      "Research says more.</p>");
  EXPECT_EQ(x.market, "Sail Cloth");
}

TEST(Segments, ASegmentNameMayContainTheWordsOfAMarket) {
  Extraction x = ExtractHtml(
      "<p>Based on the distribution channel, the supermarkets/hypermarkets sub-segment "
      "generated USD 15.4 billion.</p>");
  EXPECT_EQ(SegmentNames(x, "distribution channel"), (Names{"supermarkets/hypermarkets"}));
}

TEST(Market, NoneWhenThePageNamesNone) {
  EXPECT_EQ(ExtractHtml("<p>Market size refers to the total demand for a product.</p>").market, "");
}

TEST(Segments, ParenthesisedDimensions) {
  Extraction x = ExtractHtml(
      "<p>The market is categorized based on Type (Rigid Panels, Flexible Panels) and Application "
      "(Residential, Commercial and Utility) and geographical regions (North America, Europe, and "
      "Middle-East and Africa).</p>");
  EXPECT_EQ(SegmentNames(x, "type"), (Names{"Rigid Panels", "Flexible Panels"}));
  EXPECT_EQ(SegmentNames(x, "application"), (Names{"Residential", "Commercial", "Utility"}));
  EXPECT_EQ(RegionNames(x), (Names{"North America", "Europe", "Middle-East and Africa"}));
}

TEST(Segments, OwnDimensionsInASegmentsLine) {
  Extraction x = ExtractHtml(
      "<p>Segments - by Product Type (Pellets, Powders, and Others), Distribution Channel (Online, "
      "Retail), "
      "and End-User (Farms, Nurseries)</p>");
  EXPECT_EQ(SegmentNames(x, "type"), (Names{"Pellets", "Powders", "Others"}));
  EXPECT_EQ(SegmentNames(x, "distribution channel"), (Names{"Online", "Retail"}));
  EXPECT_EQ(SegmentNames(x, "application"), (Names{"Farms", "Nurseries"}));
}

TEST(Segments, CapitalisedWordsBeforeAParenthesisAreNotADimension) {
  Extraction x = ExtractHtml(
      "<p>Leading vendors profiled by Quarry Insights (Alder Co., Birch Ltd.) grew.</p>");
  EXPECT_TRUE(x.segments.empty());
}

TEST(Segments, ListsUnderDimensionHeadings) {
  Extraction x = ExtractHtml(
      "<h3>Market Segmentation</h3><p><strong>By Product Type:</strong></p><ul><li>Drip "
      "Emitters</li>"
      "<li>Sprinkler Heads</li></ul><p><strong>By "
      "End-User/Application:</strong></p><ul><li>Orchards</li>"
      "<li>Golf Courses</li></ul><p>Each segment shows distinct growth trends for Category A "
      "products.</p>");
  EXPECT_EQ(SegmentNames(x, "type"), (Names{"Drip Emitters", "Sprinkler Heads"}));
  EXPECT_EQ(SegmentNames(x, "application"), (Names{"Orchards", "Golf Courses"}));
}

TEST(Segments, SentencesThatSegmentTheMarket) {
  Extraction x = ExtractHtml(
      "<p>The global pump market is segmented by product type into centrifugal pumps and rotary "
      "pumps. "
      "On the basis of end user, the market is segmented into utilities, mines, and farms. "
      "By technology, the smart segment held a 40% share.</p>");
  EXPECT_EQ(SegmentNames(x, "type"), (Names{"centrifugal pumps", "rotary pumps"}));
  EXPECT_EQ(SegmentNames(x, "application"), (Names{"utilities", "mines", "farms"}));
  EXPECT_EQ(SegmentNames(x, "technology"), (Names{"smart"}));
}

TEST(Segments, TableWithADimensionHeader) {
  Extraction x = ExtractHtml(
      "<table><tr><td>Type Segment</td><td>Share (%)</td></tr><tr><td>Foam Dressings</td>"
      "<td>40%</td></tr><tr><td>Hydrogels</td><td>25%</td></tr></table>");
  EXPECT_EQ(SegmentNames(x, "type"), (Names{"Foam Dressings", "Hydrogels"}));
}

TEST(Regions, ListUnderARegionalHeadingWithCanonicalNames) {
  Extraction x = ExtractHtml(
      "<h3>Regional Analysis</h3><ul><li><strong>North America:</strong> A mature market.</li>"
      "<li><strong>Asia-Pacific:</strong> The fastest-growing region, fueled by demand in "
      "countries such as "
      "China and India.</li><li><strong>Middle East &amp; Africa:</strong> Growing.</li></ul>");
  EXPECT_EQ(RegionNames(x), (Names{"North America", "Asia-Pacific", "Middle East & Africa"}));
  ASSERT_EQ(x.regions.size(), 3u);
  EXPECT_EQ(x.regions[1].canonical, "Asia Pacific");
  EXPECT_EQ(x.regions[2].canonical, "Middle East and Africa");
}

TEST(Regions, RegionsLeadingTheMarketButNotExamplesOrAddresses) {
  Extraction x = ExtractHtml(
      "<p>North America dominates the market, followed by Europe and Asia-Pacific. Growth is "
      "driven by "
      "factories in Vietnam and Mexico. Tidewater Ltd. (Norway) and Kestrel AG (Germany) lead the "
      "market.</p>");
  EXPECT_EQ(RegionNames(x), (Names{"North America", "Europe", "Asia-Pacific"}));
}

TEST(Regions, RegionWithItsCountriesOnOneLine) {
  Extraction x = ExtractHtml(
      "<p>North America (U.S., Canada)</p><p>Europe (U.K., Germany, Rest of Europe)</p>");
  EXPECT_EQ(RegionNames(x), (Names{"North America", "U.S.", "Canada", "Europe", "U.K.", "Germany",
                                   "Rest of Europe"}));
  EXPECT_EQ(x.regions[1].canonical, "United States");
}

TEST(Regions, AbbreviationsThatAreWordsNeedCapitals) {
  Extraction x =
      ExtractHtml("<p>Contact us about the market in regions like Europe and the US today.</p>");
  EXPECT_EQ(RegionNames(x), (Names{"Europe", "US"}));
}

TEST(Players, ListUnderACompetitiveLandscapeHeading) {
  Extraction x = ExtractHtml(
      "<h3>Competitive Landscape of the Pump Market</h3><p>The market is characterized by intense "
      "competition among established players and new entrants, who compete on price and "
      "quality.</p>"
      "<ul><li>Catalpa Pumps </li><li> Inc. </li><li> Ridgeway Fluidics</li><li>Orchard Hydraulics "
      "(Pune, "
      "India)</li><li>Hewlett Flow Enterprise (HFE)</li></ul>");
  EXPECT_EQ(PlayerNames(x), (Names{"Catalpa Pumps, Inc.", "Ridgeway Fluidics", "Orchard Hydraulics",
                                   "Hewlett Flow Enterprise (HFE)"}));
}

TEST(Players, CommaListWithSuffixesInsideNames) {
  Extraction x = ExtractHtml(
      "<p>Key players in the pump market include Lumen Pumps, Inc., Sato Kiko Co., Ltd., Brandt, "
      "Weiss and "
      "Company, and Corvid Systems, among others.</p>");
  EXPECT_EQ(PlayerNames(x), (Names{"Lumen Pumps, Inc.", "Sato Kiko Co., Ltd.",
                                   "Brandt, Weiss and Company", "Corvid Systems"}));
}

TEST(Players, OnePerParagraphAfterAnIntroAndBoldProfiles) {
  Extraction x = ExtractHtml(
      "<p>The key players operating in the market are:</p><p>Alder Valves</p><p>Birchwood Controls "
      "Ltd.</p>"
      "<p>Market dynamics are shifting quickly as new entrants arrive every year.</p>"
      "<p>**Cobalt Flow** is a leading supplier of valves.</p>");
  EXPECT_EQ(PlayerNames(x), (Names{"Cobalt Flow", "Alder Valves", "Birchwood Controls Ltd."}));
}

TEST(Players, TheListAfterTheIntroNotAnEarlierVerb) {
  Extraction x = ExtractHtml(
      "<p>Exact figures are unavailable, yet major players in this space include established firms "
      "like 4C "
      "Kites, zWind Ltd. and Boreal Sails, among others.</p>"
      "<p>**Gale Works**, a leader in rigid kites, grew fast.</p>");
  EXPECT_EQ(PlayerNames(x), (Names{"Gale Works", "4C Kites", "zWind Ltd.", "Boreal Sails"}));
}

TEST(Players, TableOfContentsEntriesAreNotPlayers) {
  Extraction x = ExtractHtml(
      "<p><strong>8. Pump Market Competitive Landscape</strong></p><ul><li>Overview</li>"
      "<li>Company Market Ranking</li><li>Key Development Strategies</li></ul>");
  EXPECT_TRUE(x.players.empty());
}

TEST(Players, CompanyColumnsAndProfiledRowsInTables) {
  Extraction x = ExtractHtml(
      "<h2>Competitive "
      "Landscape</h2><table><tr><th>#</th><th>Company</th><th>Headquarters</th></tr>"
      "<tr><td>1</td><td>Solent Gears Inc.</td><td>Canada</td></tr>"
      "<tr><td>2</td><td>Tarn Valley Motors</td><td>France</td></tr></table>"
      "<table><tr><td>Key companies profiled</td><td>Umbra Tech; Vireo Labs Co., "
      "Ltd.</td></tr></table>");
  EXPECT_EQ(PlayerNames(x), (Names{"Solent Gears Inc.", "Tarn Valley Motors", "Umbra Tech",
                                   "Vireo Labs Co., Ltd."}));
}

TEST(Segments, DimensionRowsInTablesAndTableOfContentsNumbering) {
  Extraction x = ExtractHtml(
      "<table><tr><th>Segment</th><th>Sub-segments</th></tr><tr><td>By Type</td><td>Hybrid, "
      "Portable</td></tr>"
      "<tr><td>By Deployment</td><td>Cloud, On-Premise</td></tr></table>"
      "<h2>Table of Contents</h2><ul><li>4 Widget Market, by Type</li><li>4.1 Hybrid</li><li>4.2 "
      "Portable</li>"
      "</ul>");
  EXPECT_EQ(SegmentNames(x, "type"), (Names{"Hybrid", "Portable"}));
  EXPECT_EQ(SegmentNames(x, "deployment"), (Names{"Cloud", "On-Premise"}));
}

TEST(Segments, LayoutTableHoldingTheWholePageIsReadLikeThePage) {
  Extraction x = ExtractHtml(
      "<table><tr><td><h3>Segmentation</h3><p><b>By "
      "Type</b></p><ul><li>Compact</li><li>Heavy-Duty</li></ul>"
      "<h3>Regional Coverage</h3><p>North America, Europe, APAC</p></td></tr></table>");
  EXPECT_EQ(SegmentNames(x, "type"), (Names{"Compact", "Heavy-Duty"}));
  EXPECT_EQ(RegionNames(x), (Names{"North America", "Europe", "APAC"}));
}

TEST(Segments, CutOffPieceIsThePartialWordEndingACutList) {
  EXPECT_EQ(CutOffPiece("By form, the market is split into pellets, flakes, gran"), "gran");
  EXPECT_EQ(CutOffPiece("Uses include roofing; decking and clad"), "clad");
  EXPECT_EQ(CutOffPiece("By form, the market is segmented into coated gran"), "coated gran");
  EXPECT_EQ(CutOffPiece("By form, the market is split into pellets, flakes and granules."), "");
  EXPECT_EQ(CutOffPiece("Pellets (bulk, bagged)"), "");
  EXPECT_EQ(CutOffPiece("The market grew strongly in the last ye"), "");
}

TEST(Segments, AFragmentCutMidListLosesItsPartialLastItem) {
  Extraction x = ExtractHtml(
      "<h1>Resin Market</h1><p>Based on form, the resin market is segmented into pellets, flakes, "
      "gran</p>");
  EXPECT_EQ(SegmentNames(x, "form"), (Names{"pellets", "flakes"}));
  // The same list ending the page whole keeps its last item.
  x = ExtractHtml(
      "<h1>Resin Market</h1><p>Based on form, the resin market is segmented into pellets, flakes, "
      "granules.</p>");
  EXPECT_EQ(SegmentNames(x, "form"), (Names{"pellets", "flakes", "granules"}));
}

TEST(Segments, ProseShapesNamingTheDimension) {
  Extraction x = ExtractHtml(
      "<h1>Widget Market Report</h1>"
      "<p>The widget market can be trifurcated with respect to type into hand widgets, power "
      "widgets and "
      "smart widgets.</p>"
      "<p>The leading application areas are automotive, aerospace and marine.</p>"
      "<p>It is segmented by coating into zinc and epoxy.</p>"
      "<p>The market was segmented into kits and spares, based on offering.</p>"
      "<p>Major growth areas are Brazil and Mexico.</p>");
  EXPECT_EQ(SegmentNames(x, "type"),
            (Names{"hand widgets", "power widgets", "smart widgets", "kits", "spares"}));
  EXPECT_EQ(SegmentNames(x, "application"), (Names{"automotive", "aerospace", "marine"}));
  EXPECT_EQ(SegmentNames(x, "coating"), (Names{"zinc", "epoxy"}));
  EXPECT_EQ(x.segments.size(), 10u);
}

TEST(Regions, AFragmentStartingInsideACountryListAndRegionSubHeadings) {
  Extraction x = ExtractHtml(
      "<h1>Valve Market Outlook</h1><ul><li>Peru</li></ul><p>Middle East &amp; Africa:</p>"
      "<ul><li>Sensor kits</li><li>Spare parts</li></ul><p><b>Europe</b></p><p>Demand is "
      "steady.</p>");
  EXPECT_EQ(RegionNames(x), (Names{"Peru", "Middle East & Africa", "Europe"}));
}

TEST(Regions, ProseNamingTheMarketsRegionsAsExamplesOrByShare) {
  Extraction x = ExtractHtml(
      "<h1>Kiln Market</h1><p>Key regions such as Oceania and Latin America lead adoption.</p>"
      "<p>In 2024, Mexico accounted for about 12% of global kiln sales.</p>"
      "<p>Growth is high in Asian nations such as Vietnam.</p>");
  EXPECT_EQ(RegionNames(x), (Names{"Oceania", "Latin America", "Mexico"}));
}

TEST(Segments, ReportDetailsAndRemarksInParenthesesAreNoSegments) {
  Extraction x = ExtractHtml(
      "<h1>Kiln Market</h1><ul><li>Report ID: KM-2291</li><li>Format: PDF</li><li>Industry: "
      "Ceramics</li></ul>"
      "<h2>Market Segments</h2><ul><li>By Deployment: Cloud-based (dominant), On-premises (35% "
      "share)</li>"
      "<li>By Type: Tunnel Kilns (TK), Shuttle Kilns</li></ul>");
  EXPECT_EQ(SegmentNames(x, "application"), Names{});
  EXPECT_EQ(SegmentNames(x, "deployment"), (Names{"Cloud-based", "On-premises"}));
  EXPECT_EQ(SegmentNames(x, "type"), (Names{"Tunnel Kilns (TK)", "Shuttle Kilns"}));
}

TEST(Faqs, QuestionHeadingsWithAnswers) {
  Extraction x = ExtractHtml(
      "<h2>Pump Market FAQs</h2><h2>1. What is a pump?</h2><p>&nbsp;</p><p>A device that moves "
      "fluid.</p>"
      "<h2>2. How big is the pump market?</h2><p>It was worth $4 billion in 2023.</p>");
  ASSERT_EQ(x.faqs.size(), 2u);
  EXPECT_EQ(x.faqs[0].question, "1. What is a pump?");
  EXPECT_EQ(x.faqs[0].answer, "A device that moves fluid.");
}

TEST(Faqs, QuestionsWithoutAnswersOrCutAnswersDoNotCount) {
  EXPECT_TRUE(
      ExtractHtml("<h2>FAQ</h2><p>What is a pump?</p><p>Who makes pumps?</p>").faqs.empty());
  EXPECT_TRUE(
      ExtractHtml("<h2>What is a pump?</h2><p>A pump is a device that moves</p>").faqs.empty());
  EXPECT_TRUE(
      ExtractHtml("<p>These answers are cut from questions we never see.</p><p>Another one.</p>")
          .faqs.empty());
}

}  // namespace
}  // namespace marketclaims
