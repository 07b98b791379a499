// The document model on the broken markup report pages are made of.
#include <gtest/gtest.h>

#include "extract/extractor.h"
#include "tests/extract/extract_test_util.h"

namespace marketclaims {
namespace {

using testing_util::BuildDoc;

std::vector<std::string> Texts(const Document& doc) {
  std::vector<std::string> out;
  for (const Block& b : doc.blocks) out.push_back(b.text);
  return out;
}

TEST(Document, NestedParagraphsAndListsInsideParagraphsStaySeparate) {
  Document doc = BuildDoc(
      "<p>Intro text.<p>Inner paragraph.</p></p>"
      "<p><strong><p><ul><li>Alpha Widgets </li><li> Beta Corp.</p></li></ul></p></strong></p>");
  EXPECT_EQ(Texts(doc), (std::vector<std::string>{"Intro text.", "Inner paragraph.",
                                                  "Alpha Widgets", "Beta Corp."}));
  EXPECT_EQ(doc.blocks[2].kind, BlockKind::kListItem);
  EXPECT_EQ(doc.blocks[3].kind, BlockKind::kListItem);
}

TEST(Document, CompanySuffixSplitIntoItsOwnItemIsJoined) {
  Document doc =
      BuildDoc("<ul><li>Northwind Analytics </li><li> Inc. </li><li>Zenith Labs</li></ul>");
  EXPECT_EQ(Texts(doc), (std::vector<std::string>{"Northwind Analytics, Inc.", "Zenith Labs"}));
}

TEST(Document, EntitiesAndWhitespaceAreNormalised) {
  Document doc =
      BuildDoc("<p>  Caf&eacute;&nbsp;&nbsp;market\n\t is&#160;&amp; was &lt;big&gt;  </p>");
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.blocks[0].text, "Caf\xC3\xA9 market is & was <big>");
}

TEST(Document, MismatchedHeadingCloseAndStrayBodyEndKeepReading) {
  Document doc = BuildDoc(
      "<h2>Pump Market FAQs</h1><h2>1. What is a pump?</h2><p>A device.</p></body></html>"
      "<p><strong>About Us:</strong></p><p>We write reports.</p>");
  std::vector<std::string> texts = Texts(doc);
  EXPECT_EQ(texts, (std::vector<std::string>{"Pump Market FAQs", "1. What is a pump?", "A device.",
                                             "About Us:", "We write reports."}));
  EXPECT_EQ(doc.blocks[0].kind, BlockKind::kHeading);
  EXPECT_EQ(doc.blocks[1].kind, BlockKind::kHeading);
  EXPECT_EQ(doc.blocks[3].kind, BlockKind::kHeading)
      << "a short bold paragraph is a pseudo-heading";
}

TEST(Document, SectionsPointAtTheHeadingAbove) {
  Document doc = BuildDoc("<p>before</p><h3>Regional Analysis</h3><p>one</p><ul><li>two</li></ul>");
  ASSERT_EQ(doc.blocks.size(), 4u);
  EXPECT_EQ(doc.blocks[0].section, -1);
  EXPECT_EQ(doc.blocks[2].section, 1);
  EXPECT_EQ(doc.blocks[3].section, 1);
}

TEST(Document, TitleComesFromTitleElementThenFirstH1) {
  EXPECT_EQ(
      BuildDoc("<html><head><title>Page Title</title></head><body><h1>Heading</h1></body>").title,
      "Page Title");
  EXPECT_EQ(BuildDoc("<h1>Valve Market Report</h1><p>text</p>").title, "Valve Market Report");
}

TEST(Document, OffsetsIndexTheJoinedText) {
  Document doc = BuildDoc("<h1>Title</h1><p>First paragraph.</p><li>Item</li>");
  ASSERT_EQ(doc.blocks.size(), 3u);
  for (const Block& b : doc.blocks) EXPECT_EQ(doc.text.substr(b.offset, b.text.size()), b.text);
  EXPECT_EQ(doc.text, "Title\nFirst paragraph.\nItem");
}

TEST(Document, PlainTextConventionsAreRead) {
  Document doc = BuildDoc(
      "<p>## Key Players</p><p>- **Orbit Dynamics**</p><p>\xE2\x80\xA2 Helix Co.</p>"
      "<p>**Quill Systems** is a maker of pumps.</p>");
  ASSERT_EQ(doc.blocks.size(), 4u);
  EXPECT_EQ(doc.blocks[0].kind, BlockKind::kHeading);
  EXPECT_EQ(doc.blocks[0].text, "Key Players");
  EXPECT_EQ(doc.blocks[1].kind, BlockKind::kListItem);
  EXPECT_EQ(doc.blocks[1].text, "Orbit Dynamics");
  EXPECT_EQ(doc.blocks[2].text, "Helix Co.");
  EXPECT_EQ(doc.blocks[3].text.substr(0, doc.blocks[3].bold_lead), "Quill Systems");
}

TEST(Document, TheTailOfATagCutByAFragmentIsDropped) {
  Document doc = BuildDoc(
      "<h1>Kite Market</h1>\n8; margin-top: 0pt; font-size: 11pt;\" data-mce-style=\"x: y;\">"
      "**Aerokite** is a leading maker.</p><p>Kites fly. A=b; c\"> stays.</p>");
  ASSERT_EQ(doc.blocks.size(), 3u);
  EXPECT_EQ(doc.blocks[1].text, "Aerokite is a leading maker.");
  EXPECT_EQ(doc.blocks[1].text.substr(0, doc.blocks[1].bold_lead), "Aerokite");
  EXPECT_EQ(doc.blocks[2].text, "Kites fly. A=b; c\"> stays.");
}

TEST(Document, BoldLeadSurvivesTextEditsThatShortenTheBlock) {
  // The tag-tail cleanup removes the bold words; their length must not be
  // kept as the lead of what remains (a fuzzer found this).
  Extraction x;
  Document doc = BuildDoc("<p><strong>Alpha Beta Gamma</strong> x=1;\"> rest</p>");
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.blocks[0].text, "rest");
  EXPECT_EQ(doc.blocks[0].bold_lead, 0u);
  x = testing_util::ExtractHtml("<p><strong>Alpha Beta Gamma</strong> x=1;\"> rest is here</p>");
  EXPECT_TRUE(x.players.empty());
}

TEST(Document, BoldLeadFromMarkup) {
  Document doc = BuildDoc("<p><strong>Vertex Pumps</strong> is a leading supplier.</p>");
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_FALSE(doc.blocks[0].bold);
  EXPECT_EQ(doc.blocks[0].text.substr(0, doc.blocks[0].bold_lead), "Vertex Pumps");
}

TEST(Document, TableCellsKnowTheirRowAndColumn) {
  Document doc = BuildDoc(
      "<table><tr><td>Type Segment</td><td>Share</td></tr>"
      "<tr><td>Rigid</td><td>40%</td></tr></table>");
  ASSERT_EQ(doc.blocks.size(), 4u);
  EXPECT_EQ(doc.blocks[0].row, 0);
  EXPECT_EQ(doc.blocks[0].column, 0);
  EXPECT_EQ(doc.blocks[3].row, 1);
  EXPECT_EQ(doc.blocks[3].column, 1);
}

TEST(Document, ScriptsAndStylesAreSkipped) {
  Document doc =
      BuildDoc("<style>p{}</style><script>var a = 'USD 5 billion';</script><p>Kept.</p>");
  EXPECT_EQ(Texts(doc), (std::vector<std::string>{"Kept."}));
}

TEST(Document, RefusesPagesPastTheLimits) {
  ExtractLimits limits;
  limits.max_input_bytes = 1000;
  limits.max_tree_depth = 50;
  Extractor extractor(limits);
  Document doc;
  std::string error;
  EXPECT_FALSE(extractor.BuildDocument(std::string(2000, 'a'), "", &doc, &error));
  EXPECT_NE(error.find("limit"), std::string::npos);
  std::string deep;
  for (int i = 0; i < 60; ++i) deep += "<div>";
  EXPECT_FALSE(extractor.BuildDocument(deep + "x", "", &doc, &error));
  EXPECT_NE(error.find("deep"), std::string::npos);
}

TEST(Document, DeepButAllowedNestingParsesWithoutRecursion) {
  std::string html;
  for (int i = 0; i < 390; ++i) html += "<span>";
  html += "deep text";
  Document doc = BuildDoc(html);
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.blocks[0].text, "deep text");
}

TEST(Document, EmptyAndBinaryInputsAreErrors) {
  Extractor extractor;
  Document doc;
  std::string error;
  EXPECT_FALSE(extractor.BuildDocument("   \n ", "", &doc, &error));
  EXPECT_EQ(error, "empty page");
  EXPECT_FALSE(
      extractor.BuildDocument(std::string("\x89PNG\r\n\x1a\n\0\0\0", 12), "", &doc, &error));
  EXPECT_NE(error.find("binary"), std::string::npos);
}

}  // namespace
}  // namespace marketclaims

namespace marketclaims {
namespace {

TEST(Document, TablePastedAsTextIsReadAsATable) {
  Document doc = testing_util::BuildDoc(
      "<p>Segment table</p>"
      "<p>| Dimension | Segments |</p><p>|---|:---|</p>"
      "<p>| Coating | Epoxy, Acrylic |</p><p>| Grade | | Marine |</p>"
      "<p>After the table.</p><p>| a lone row |</p>");
  std::vector<std::string> texts;
  for (const Block& b : doc.blocks) texts.push_back(b.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"Segment table", "Dimension", "Segments", "Coating",
                                             "Epoxy, Acrylic", "Grade", "Marine",
                                             "After the table.", "a lone row"}));
  EXPECT_EQ(doc.blocks[0].table, -1);
  EXPECT_EQ(doc.blocks[1].table, doc.blocks[6].table);
  EXPECT_EQ(doc.blocks[3].row, 1);
  EXPECT_EQ(doc.blocks[3].column, 0);
  EXPECT_EQ(doc.blocks[6].row, 2);
  EXPECT_EQ(doc.blocks[6].column, 2) << "an empty cell still counts as a column";
  EXPECT_NE(doc.blocks[8].table, doc.blocks[1].table) << "prose ends a pasted table";
}

TEST(SectionLists, PastedDimensionTableYieldsSegments) {
  Extraction x = testing_util::ExtractHtml(
      "<p>| Dimension | Sub-Segments | Leader |</p><p>|---|---|---|</p>"
      "<p>| Coating | Epoxy, Acrylic | Epoxy (40%) |</p><p>| Vessel Type | Tankers, Bulk Carriers "
      "| Tankers |</p>");
  EXPECT_EQ(testing_util::SegmentNames(x, "coating"),
            (std::vector<std::string>{"Epoxy", "Acrylic"}));
  EXPECT_EQ(testing_util::SegmentNames(x, "vessel type"),
            (std::vector<std::string>{"Tankers", "Bulk Carriers"}));
}

}  // namespace
}  // namespace marketclaims
