// The section model: headings in every shape pages use, what they say their
// items are, and the items under them.
#include "extract/sections.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/document.h"
#include "extract/gazetteer.h"
#include "tests/extract/extract_test_util.h"

namespace marketclaims {
namespace {

using testing_util::BuildDoc;

// The first section whose heading text is `heading`; fails when none is.
const Section& Named(const Document& doc, const std::string& heading) {
  for (const Section& s : doc.sections) {
    if (s.heading_text == heading) return s;
  }
  ADD_FAILURE() << "no section headed '" << heading << "'";
  static const Section kNoSection;
  return kNoSection;
}

std::vector<std::string> Items(const Section& s) {
  std::vector<std::string> out;
  for (const SectionItem& item : s.items) out.push_back(item.text);
  return out;
}

using Strings = std::vector<std::string>;

TEST(ClassifyHeading, NamesWhatTheItemsAre) {
  std::string dim;
  EXPECT_EQ(ClassifyHeading("Key Players", &dim), SectionTopic::kPlayers);
  EXPECT_EQ(ClassifyHeading("Competitive Landscape", &dim), SectionTopic::kPlayers);
  EXPECT_EQ(ClassifyHeading("Company Profiles", &dim), SectionTopic::kPlayers);
  EXPECT_EQ(ClassifyHeading("By Type", &dim), SectionTopic::kSegments);
  EXPECT_EQ(dim, "type");
  EXPECT_EQ(ClassifyHeading("By Distribution Channel;", &dim), SectionTopic::kSegments);
  EXPECT_EQ(dim, "distribution channel");
  EXPECT_EQ(ClassifyHeading("1.2 By End-User", &dim), SectionTopic::kSegments);
  EXPECT_EQ(dim, "application");
  EXPECT_EQ(ClassifyHeading("Other End Users", &dim), SectionTopic::kSegments);
  EXPECT_EQ(dim, "application");
  EXPECT_EQ(ClassifyHeading("Deployment Outlook", &dim), SectionTopic::kSegments);
  EXPECT_EQ(dim, "deployment");
  EXPECT_EQ(ClassifyHeading("Market Segmentation", &dim), SectionTopic::kSegments);
  EXPECT_EQ(dim, "");
  EXPECT_EQ(ClassifyHeading("Regional Analysis", &dim), SectionTopic::kRegions);
  EXPECT_EQ(ClassifyHeading("By Geography", &dim), SectionTopic::kRegions);
  EXPECT_EQ(dim, "region");
  EXPECT_EQ(ClassifyHeading("Frequently Asked Questions", &dim), SectionTopic::kFaq);
  EXPECT_EQ(ClassifyHeading("Key Questions Answered", &dim), SectionTopic::kFaq);
  EXPECT_EQ(ClassifyHeading("Table of Contents", &dim), SectionTopic::kOutline);
  EXPECT_EQ(ClassifyHeading("Related Reports", &dim), SectionTopic::kBoilerplate);
  EXPECT_EQ(ClassifyHeading("Why Choose Us?", &dim), SectionTopic::kBoilerplate);
  EXPECT_EQ(ClassifyHeading("Pricing", &dim), SectionTopic::kBoilerplate);
  EXPECT_EQ(ClassifyHeading("Get Price Break Up Now", &dim), SectionTopic::kBoilerplate);
  EXPECT_EQ(ClassifyHeading("Porter's Five Forces Analysis", &dim), SectionTopic::kAnalysis);
  EXPECT_EQ(ClassifyHeading("Market Drivers", &dim), SectionTopic::kAnalysis);
  // A region's own heading, a company's, and a claim name no list.
  EXPECT_EQ(ClassifyHeading("North America", &dim), SectionTopic::kNone);
  EXPECT_EQ(ClassifyHeading("Zentara Biologics Ltd.", &dim), SectionTopic::kNone);
  EXPECT_EQ(ClassifyHeading("Reports by Quillfeather Research", &dim), SectionTopic::kNone);
  EXPECT_EQ(ClassifyHeading("Other reports by Quillfeather Research", &dim),
            SectionTopic::kBoilerplate);
}

TEST(ClassifyHeading, LeadLinesNameTheirDimension) {
  std::string dim;
  EXPECT_EQ(ClassifyHeading("On the basis of coating material, the valve market is segmented into:",
                            &dim),
            SectionTopic::kSegments);
  EXPECT_EQ(dim, "coating material");
  EXPECT_EQ(ClassifyHeading("In the application segment, the sealant market is divided as follows:",
                            &dim),
            SectionTopic::kSegments);
  EXPECT_EQ(dim, "application");
  EXPECT_EQ(ClassifyHeading("The prominent companies operating in this space are:", &dim),
            SectionTopic::kPlayers);
  EXPECT_EQ(ClassifyHeading("Growth is supported by several factors:", &dim), SectionTopic::kNone);
}

TEST(CallToAction, ButtonsAreNoValues) {
  EXPECT_TRUE(IsCallToAction("Get Price Break Up Now"));
  EXPECT_TRUE(IsCallToAction("Request a Free Sample"));
  EXPECT_TRUE(IsCallToAction("Contact Us Today"));
  EXPECT_FALSE(IsCallToAction("Contact Lenses"));
  EXPECT_FALSE(IsCallToAction("Order Management Systems"));
}

TEST(Sections, PageStartIsSectionZeroAndEveryBlockHasASection) {
  Document doc = BuildDoc("<p>Intro.</p><h2>Key Players</h2><ul><li>Orvane Labs</li></ul>");
  ASSERT_GE(doc.sections.size(), 2u);
  EXPECT_EQ(doc.sections[0].heading, -1);
  EXPECT_EQ(doc.sections[0].shape, SectionHeadingShape::kPageStart);
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    ASSERT_GE(doc.blocks[i].in_section, 0) << i;
    ASSERT_LT(static_cast<std::size_t>(doc.blocks[i].in_section), doc.sections.size()) << i;
  }
  EXPECT_EQ(doc.SectionOf(0).heading, -1);
  EXPECT_EQ(doc.SectionOf(2).topic, SectionTopic::kPlayers);
  EXPECT_EQ(doc.SectionOf(1).heading, 1) << "a heading belongs to the section it opens";
}

TEST(Sections, HeadingShapes) {
  Document doc = BuildDoc(
      "<h2>Key Players</h2><ul><li>Orvane Labs</li></ul>"
      "<p><strong>By Product</strong></p><ul><li>Gel Packs</li></ul>"
      "<p>## Regional Analysis</p><ul><li>Europe</li></ul>"
      "<p>**By Application**</p><ul><li>Clinics</li></ul>"
      "<p>By Distribution Channel;</p><ul><li>Pharmacies</li></ul>"
      "<p>4.2 By Grade</p><ul><li>Medical Grade</li></ul>");
  EXPECT_EQ(Named(doc, "Key Players").shape, SectionHeadingShape::kElement);
  EXPECT_EQ(Named(doc, "By Product").shape, SectionHeadingShape::kBold);
  EXPECT_EQ(Named(doc, "Regional Analysis").shape, SectionHeadingShape::kMarkdown);
  EXPECT_EQ(Named(doc, "By Application").shape, SectionHeadingShape::kBold);
  EXPECT_EQ(Named(doc, "By Distribution Channel").shape, SectionHeadingShape::kLeadLine);
  EXPECT_EQ(Named(doc, "By Grade").shape, SectionHeadingShape::kNumbered);
  EXPECT_EQ(Items(Named(doc, "Key Players")), Strings{"Orvane Labs"});
  EXPECT_EQ(Items(Named(doc, "By Product")), Strings{"Gel Packs"});
  EXPECT_EQ(Named(doc, "By Product").dimension, "type");
  EXPECT_EQ(Items(Named(doc, "Regional Analysis")), Strings{"Europe"});
  EXPECT_EQ(Items(Named(doc, "By Application")), Strings{"Clinics"});
  EXPECT_EQ(Items(Named(doc, "By Distribution Channel")), Strings{"Pharmacies"});
  EXPECT_EQ(Items(Named(doc, "By Grade")), Strings{"Medical Grade"});
  EXPECT_EQ(Named(doc, "By Grade").dimension, "grade");
}

TEST(Sections, ItemShapes) {
  Document doc = BuildDoc(
      "<h3>By Coating</h3><p>Epoxy<br>Polyurethane<br>Zinc-Rich</p>"
      "<h3>By Valve Type</h3><p>Ball Valves, Gate Valves, and Butterfly Valves</p>"
      "<h3>By End User</h3><p><b>Refineries:</b> the largest users, with long service cycles.</p>"
      "<p>Water Utilities: steady replacement demand across aging networks.</p>"
      "<h3>By Size</h3><table><tr><th>Size</th><th>Share</th></tr>"
      "<tr><td>Up to 2 inch</td><td>41%</td></tr><tr><td>2 to 8 inch</td><td>33%</td></tr></table>"
      "<h3>By Actuation</h3><dl><dt>Manual</dt><dd>Hand wheels and levers on small lines.</dd>"
      "<dt>Electric</dt></dl>"
      "<h3>Key Players</h3><p>Brannock Flow Ltd.; Vell &amp; Ostrow GmbH; Tarsen Industrial</p>");
  EXPECT_EQ(Items(Named(doc, "By Coating")), (Strings{"Epoxy", "Polyurethane", "Zinc-Rich"}));
  EXPECT_EQ(Items(Named(doc, "By Valve Type")),
            (Strings{"Ball Valves", "Gate Valves", "Butterfly Valves"}));
  EXPECT_EQ(Items(Named(doc, "By End User")), (Strings{"Refineries", "Water Utilities"}));
  EXPECT_EQ(Items(Named(doc, "By Size")), (Strings{"Up to 2 inch", "2 to 8 inch"}));
  EXPECT_EQ(Items(Named(doc, "By Actuation")), (Strings{"Manual", "Electric"}));
  EXPECT_EQ(Items(Named(doc, "Key Players")),
            (Strings{"Brannock Flow Ltd.", "Vell & Ostrow GmbH", "Tarsen Industrial"}));
  EXPECT_EQ(Named(doc, "By Valve Type").items[0].shape, ItemShape::kListPiece);
  EXPECT_EQ(Named(doc, "By Size").items[0].shape, ItemShape::kTableCell);
}

TEST(Sections, InlineItemsAfterTheHeadingsColon) {
  Document doc = BuildDoc(
      "<p>By Form: Tablets, Capsules and Powders</p>"
      "<p>Key players: Harlow Pharma, Insmed-Vey Inc.</p>");
  EXPECT_EQ(Items(Named(doc, "By Form")), (Strings{"Tablets", "Capsules", "Powders"}));
  EXPECT_EQ(Named(doc, "By Form").items[0].shape, ItemShape::kInline);
  EXPECT_EQ(Items(Named(doc, "Key players")), (Strings{"Harlow Pharma", "Insmed-Vey Inc."}));
}

TEST(Sections, BoldSubheadingsEachOverAParagraphAreItems) {
  Document doc = BuildDoc(
      "<p><strong>End User Insights</strong></p>"
      "<p><strong>Hospitals</strong></p><p>Hospitals remain the main setting for these "
      "procedures.</p>"
      "<p><strong>Ambulatory Centers</strong></p><p>Ambulatory centers cut the cost per case.</p>"
      "<p><strong>Soft Gels Dominate Through Better Compliance</strong></p><p>Patients prefer "
      "them.</p>"
      "<p><strong>Regional Insights</strong></p>"
      "<p><strong>Asia Pacific</strong></p><p>The region adds the most capacity.</p>");
  const Section& users = Named(doc, "End User Insights");
  EXPECT_EQ(users.topic, SectionTopic::kSegments);
  EXPECT_EQ(users.dimension, "application");
  EXPECT_EQ(Items(users), (Strings{"Hospitals", "Ambulatory Centers"}))
      << "an analysis sub-heading is no item";
  EXPECT_EQ(Named(doc, "Hospitals").parent, static_cast<int>(&users - doc.sections.data()));
  EXPECT_EQ(Items(Named(doc, "Regional Insights")), Strings{"Asia Pacific"});
}

TEST(Sections, NestingByRank) {
  Document doc = BuildDoc(
      "<h2>Market Segmentation</h2>"
      "<h3>By Type</h3><ul><li>Rigid</li><li>Flexible</li></ul>"
      "<p>Rigid formats led in 2024, as the next paragraph explains.</p>"
      "<ul><li>Reason one is cost</li></ul>"
      "<h3>By Application</h3><ul><li>Food</li></ul>"
      "<h2>Competitive Landscape</h2><ul><li>Pellmor Packaging</li></ul>");
  const Section& seg = Named(doc, "Market Segmentation");
  const Section& type = Named(doc, "By Type");
  EXPECT_EQ(seg.topic, SectionTopic::kSegments);
  EXPECT_EQ(doc.sections[type.parent].heading_text, "Market Segmentation");
  EXPECT_EQ(Items(type), (Strings{"Rigid", "Flexible"})) << "prose after the list ends it";
  EXPECT_EQ(doc.sections[Named(doc, "Competitive Landscape").parent].heading, -1);
}

TEST(Sections, LeadLineOwnsOnlyTheListUnderIt) {
  Document doc = BuildDoc(
      "<h3>By Crop</h3><p>Cereals</p><p>Pulses</p>"
      "<p>Cereals lead the segment for reasons that include:</p>"
      "<ul><li>Large planted area</li><li>Short cycles</li></ul>"
      "<p>This pattern holds in most producing countries.</p>"
      "<p>The key players in the market are:</p><ul><li>Dunmore Seeds</li></ul>"
      "<p>These firms compete on yield and price.</p>");
  EXPECT_EQ(Items(Named(doc, "By Crop")), (Strings{"Cereals", "Pulses"}));
  const Section& reasons = Named(doc, "Cereals lead the segment for reasons that include");
  EXPECT_EQ(reasons.topic, SectionTopic::kNone);
  EXPECT_TRUE(reasons.items.empty());
  EXPECT_EQ(Items(Named(doc, "The key players in the market are")), Strings{"Dunmore Seeds"});
  // The prose after a lead line's list is the enclosing section's again.
  int last = static_cast<int>(doc.blocks.size()) - 1;
  EXPECT_EQ(doc.SectionOf(last).heading_text, "By Crop");
}

TEST(Sections, OutlineAndBoilerplateEntriesAreNoValues) {
  Document doc = BuildDoc(
      "<h2>Table of Contents</h2><ul><li>1 Introduction</li><li>5 Market, By Type</li>"
      "<li>5.1 Hardware</li><li>6 Key Players</li><li>6.1 Orvane Labs</li></ul>"
      "<h2>Related Reports</h2><ul><li>Cold Chain Market</li></ul>"
      "<p><b>Get Price Break Up Now</b></p>"
      "<h2>By Type</h2><ul><li>Hardware</li><li>Request Sample</li></ul>");
  for (const Section& s : doc.sections) {
    if (s.heading_text == "By Type") continue;
    EXPECT_TRUE(s.items.empty()) << s.heading_text;
  }
  EXPECT_EQ(Named(doc, "Table of Contents").topic, SectionTopic::kOutline);
  EXPECT_EQ(Named(doc, "Related Reports").topic, SectionTopic::kBoilerplate);
  EXPECT_EQ(Items(Named(doc, "By Type")), Strings{"Hardware"}) << "a call to action is no item";
}

TEST(Sections, NumberedOutlineLinesOpenNoSection) {
  Document doc = BuildDoc("<p>5.1 By Type</p><p>5.1.1 Hardware</p><p>5.1.2 Software</p>");
  for (const Section& s : doc.sections) EXPECT_TRUE(s.items.empty()) << s.heading_text;
}

}  // namespace
}  // namespace marketclaims

namespace marketclaims {
namespace {

using testing_util::ExtractHtml;
using testing_util::RegionNames;
using testing_util::SegmentNames;

TEST(SectionLists, LeadLineSentenceOverBullets) {
  Extraction x = ExtractHtml(
      "<p>Kiln Coatings Market</p>"
      "<p>In the substrate segment, the kiln coatings market is segmented by:</p>"
      "<p>\xE2\x80\xA2 Refractory Brick</p><p>\xE2\x80\xA2 Castables</p>"
      "<p>Brick linings take most of the volume because they are relined every year.</p>"
      "<p>Segmentation of the market based on cure method in the study is:</p>"
      "<p>\xE2\x80\xA2 Air Dried</p><p>\xE2\x80\xA2 Heat Cured</p>");
  EXPECT_EQ(SegmentNames(x, "substrate"),
            (std::vector<std::string>{"Refractory Brick", "Castables"}));
  EXPECT_EQ(SegmentNames(x, "cure method"), (std::vector<std::string>{"Air Dried", "Heat Cured"}));
}

TEST(SectionLists, BoldDimensionHeadingOverAList) {
  Extraction x = ExtractHtml(
      "<p><strong>Nursing Homes</strong></p><p>Nursing homes buy in bulk through group "
      "contracts.</p>"
      "<p><strong>Other End Users</strong></p><ul><li>Hospices</li><li>Home care agencies</li></ul>"
      "<p><strong>Regional Analysis</strong></p><p><strong>Oceania</strong></p><p>Demand is "
      "steady.</p>");
  EXPECT_EQ(SegmentNames(x, "application"),
            (std::vector<std::string>{"Hospices", "Home care agencies"}));
  EXPECT_EQ(RegionNames(x), std::vector<std::string>{"Oceania"});
}

TEST(SectionLists, TableOfContentsNamesGeographiesButNoSegments) {
  Extraction x = ExtractHtml(
      "<h2>Table of Contents</h2>"
      "<p>6 Sealant Market, By Type (Page No. - 40)</p><p>6.1 Silicone</p><p>6.2 Polyurethane</p>"
      "<p>7 Sealant Market, By Region (Page No. - 52)</p><p>7.1 Europe</p><p>7.1.1 Norway</p>"
      "<h2>Sealant Market Overview</h2><p>The market grew steadily.</p>");
  EXPECT_TRUE(x.segments.empty());
  EXPECT_EQ(RegionNames(x), (std::vector<std::string>{"Europe", "Norway"}));
}

TEST(SectionLists, FiguresUnderASegmentAreNoSegments) {
  Extraction x = ExtractHtml(
      "<h3>By Vehicle Type</h3><ul><li>Aerial Vehicles<ul><li>Market Share: 61%</li>"
      "<li>Growth Rate: 14% CAGR</li></ul></li><li>Ground Vehicles</li></ul>");
  EXPECT_EQ(SegmentNames(x, "vehicle type"),
            (std::vector<std::string>{"Aerial Vehicles", "Ground Vehicles"}));
}

}  // namespace
}  // namespace marketclaims

namespace marketclaims {
namespace {

TEST(RegionNames, CanonicalNamesForAbbreviationsAndAdjectives) {
  EXPECT_EQ(CanonicalRegion("APAC"), "Asia Pacific");
  EXPECT_EQ(CanonicalRegion("MEA"), "Middle East and Africa");
  EXPECT_EQ(CanonicalRegion("LATAM"), "Latin America");
  EXPECT_EQ(CanonicalRegion("North American"), "North America");
  EXPECT_EQ(CanonicalRegion("the Americas"), "Americas");
  EXPECT_EQ(CanonicalRegion("MENA"), "Middle East and North Africa");
  EXPECT_EQ(CanonicalRegion("Mena"), "") << "an abbreviation counts only in capitals";
}

TEST(SectionLists, AListOfCountriesIsAListOfRegions) {
  Extraction x = testing_util::ExtractHtml(
      "<h1>Valve Actuator Market</h1><p><strong>Middle East &amp; Africa:</strong></p>"
      "<ul><li>Egypt</li><li>Kenya</li><li>Nigeria</li></ul>"
      "<p>Actuators are sold through distributors.</p>"
      "<ul><li>Hand wheels</li><li>Canada</li><li>Gearboxes</li></ul>");
  EXPECT_EQ(testing_util::RegionNames(x),
            (std::vector<std::string>{"Egypt", "Kenya", "Nigeria", "Middle East & Africa"}))
      << "a list that is mostly something else names no region";
}

TEST(SectionLists, TheMarketsOwnPlaceIsNoRegionHoweverSpelled) {
  Extraction x = testing_util::ExtractHtml(
      "<h1>United States Dental Chair Market</h1><p>The United States dental chair market is "
      "growing.</p>"
      "<h3>Regional Analysis</h3><ul><li>US</li><li>Canada</li></ul>");
  EXPECT_EQ(testing_util::RegionNames(x), std::vector<std::string>{"Canada"});
}

}  // namespace
}  // namespace marketclaims

namespace marketclaims {
namespace {

TEST(Sections, BoilerplateEndsAtTheNextHeadingOfItsRank) {
  Document doc = BuildDoc(
      "<p><b>Why Buy This Report</b></p><p>Our analysts track every launch.</p>"
      "<p><b>Segment Analysis</b></p><p>By Resin: Epoxy, Vinyl Ester</p>"
      "<p><b>Table of Contents</b></p><ul><li>1 Introduction</li></ul>"
      "<p><b>9 Competitive Landscape (Page No. - 81)</b></p><ul><li>9.1 Overview</li></ul>"
      "<p><b>Key Players</b></p><ul><li>Orvane Labs</li></ul>");
  EXPECT_EQ(Named(doc, "Why Buy This Report").topic, SectionTopic::kBoilerplate);
  EXPECT_EQ(Items(Named(doc, "By Resin")), (Strings{"Epoxy", "Vinyl Ester"}));
  for (const Section& s : doc.sections) {
    EXPECT_NE(s.heading_text, "Competitive Landscape") << "a numbered entry stays in the contents";
  }
  EXPECT_EQ(Items(Named(doc, "Key Players")), Strings{"Orvane Labs"});
}

}  // namespace
}  // namespace marketclaims

namespace marketclaims {
namespace {

TEST(SectionLists, QualifiedTypeInAnEnumerationIsItsOwnDimension) {
  Extraction x = testing_util::ExtractHtml(
      "<p>Marine Coatings Market, By Coating Type (Epoxy, Acrylic), By Product Type (Primer, "
      "Topcoat), "
      "By Application (Hulls, Decks), and Regional Forecasts.</p>");
  EXPECT_EQ(testing_util::SegmentNames(x, "coating type"),
            (std::vector<std::string>{"Epoxy", "Acrylic"}));
  EXPECT_EQ(testing_util::SegmentNames(x, "type"), (std::vector<std::string>{"Primer", "Topcoat"}));
  EXPECT_EQ(testing_util::SegmentNames(x, "application"),
            (std::vector<std::string>{"Hulls", "Decks"}));
}

}  // namespace
}  // namespace marketclaims

namespace marketclaims {
namespace {

TEST(ClassifyHeading, WholeMarketAndLooseWordsNameNoList) {
  std::string dim;
  EXPECT_EQ(ClassifyHeading("Industry Overview", &dim), SectionTopic::kAnalysis);
  EXPECT_EQ(ClassifyHeading("Key Global and Regional Frameworks", &dim), SectionTopic::kNone);
  EXPECT_EQ(ClassifyHeading("Regional Coverage", &dim), SectionTopic::kRegions);
  EXPECT_EQ(ClassifyHeading("Companies are earning revenue through:", &dim), SectionTopic::kNone);
  EXPECT_EQ(ClassifyHeading("Number of Companies", &dim), SectionTopic::kNone);
  EXPECT_EQ(ClassifyHeading("Major companies operating in the market include:", &dim),
            SectionTopic::kPlayers);
}

TEST(Sections, InlineListEndsWhereTheSentenceResumes) {
  Document doc = BuildDoc(
      "<p>Leading vendors: Orvane Labs, Tessit AG, Quorra Systems are the recognised leaders of "
      "this "
      "field, and start-ups are closing the gap.</p>");
  EXPECT_EQ(Items(Named(doc, "Leading vendors")), (Strings{"Orvane Labs", "Tessit AG"}));
}

}  // namespace
}  // namespace marketclaims
