// Company names and key players: the shape of a name, players in prose,
// and players under player headings in every item shape.
#include <gtest/gtest.h>

#include <algorithm>

#include "extract/company_names.h"
#include "tests/extract/extract_test_util.h"

namespace marketclaims {
namespace {

using testing_util::ExtractHtml;
using testing_util::PlayerNames;
using Names = std::vector<std::string>;

std::string Span(std::string_view text) { return std::string(text.substr(0, NameSpan(text))); }

Names Sorted(Names names) {
  std::sort(names.begin(), names.end());
  return names;
}

TEST(CompanyNames, SpanEndsWhereTheNameDoes) {
  EXPECT_EQ(Span("Quillon Networks remains a leader"), "Quillon Networks");
  EXPECT_EQ(Span("SMA are actively shaping the market"), "SMA");
  EXPECT_EQ(Span("Kestrel's revenue grew"), "Kestrel");
  EXPECT_EQ(Span("Tallow Pumps, Inc. is a maker"), "Tallow Pumps, Inc.");
  EXPECT_EQ(Span("Tallow Pumps, with its portfolio"), "Tallow Pumps");
  EXPECT_EQ(Span("Marsh & Reed Co. leads."), "Marsh & Reed Co.");
  EXPECT_EQ(Span("Guild of Lens Makers offers"), "Guild of Lens Makers");
  EXPECT_EQ(Span("Stanes and Company Limited (Chennai, India)"),
            "Stanes and Company Limited (Chennai, India)");
  EXPECT_EQ(Span("Rovan Instruments (RI) provides"), "Rovan Instruments (RI)");
  EXPECT_EQ(Span("K.T. Pellow Sons & Company grew"), "K.T. Pellow Sons & Company");
  EXPECT_EQ(Span("The Juniper Tea Company sells"), "The Juniper Tea Company");
  EXPECT_EQ(Span("3Q Optics ends here."), "3Q Optics");
  EXPECT_EQ(Span("zLumen designs"), "zLumen");
  EXPECT_EQ(Span("The market is growing"), "");
  EXPECT_EQ(Span("A Bio CMO is a contractor"), "");
  EXPECT_EQ(Span("the company grew"), "");
}

TEST(CompanyNames, LeadingNamesSplitsAListOfSubjects) {
  std::string_view rest;
  std::vector<std::string_view> names =
      LeadingNames("Orrin, Bexley and Cato are contenders", &rest);
  EXPECT_EQ(names, (std::vector<std::string_view>{"Orrin", "Bexley", "Cato"}));
  EXPECT_EQ(rest, " are contenders");
  names = LeadingNames("Fennick, known for valves, is expanding", &rest);
  EXPECT_EQ(names, (std::vector<std::string_view>{"Fennick"}));
  EXPECT_EQ(rest, ", known for valves, is expanding");
}

TEST(CompanyNames, CleanedNamesAndRejectedPhrases) {
  EXPECT_EQ(CompanyName("Harlow Mills (Ohio, U.S.)"), "Harlow Mills");
  EXPECT_EQ(CompanyName("9T (Germany)"), "9T");
  EXPECT_EQ(CompanyName("Vantor Systems (VS)"), "Vantor Systems (VS)");
  EXPECT_EQ(CompanyName("The Wexford Biscuit Company"), "The Wexford Biscuit Company");
  EXPECT_EQ(CompanyName("The Leading Brands"), "");
  EXPECT_EQ(CompanyName("Market Share Analysis"), "");
  EXPECT_EQ(CompanyName("Sept. 17, 2024"), "");
  EXPECT_EQ(CompanyName("Europe"), "");
}

// A profile section: one company per paragraph, each opening its paragraph.
TEST(ProsePlayers, ProfileParagraphsThatOpenWithTheCompany) {
  Extraction x = ExtractHtml(
      "<h1>Garden Valve Market Report</h1>"
      "<p>Fennick Valves, with its wide range of drip fittings, is well placed to grow. Its new "
      "line sells well.</p>"
      "<p>Orley Hydro specializes in micro-irrigation. The company reported steady sales.</p>"
      "<p>Pastrel focuses on sprinklers. Pastrel expanded into Spain last year.</p>"
      "<p>Valves are cheap. Drip lines need filters.</p>");
  EXPECT_EQ(Sorted(PlayerNames(x)), (Names{"Fennick Valves", "Orley Hydro", "Pastrel"}));
}

// Players as the subject of a sentence that calls them players.
TEST(ProsePlayers, SubjectsCalledLeadersOrContenders) {
  Extraction x = ExtractHtml(
      "<h1>Lab Incubator Market</h1>"
      "<p>Quillon remains a leader in lab incubation. Tessaly and Brindle are also notable "
      "contenders; Tessaly sells in Asia.</p>");
  EXPECT_EQ(Sorted(PlayerNames(x)), (Names{"Brindle", "Quillon", "Tessaly"}));
}

// A sentence-opening capitalised word is no company without evidence, and
// people and common nouns are not players.
TEST(ProsePlayers, CommonSubjectsAndPeopleAreNotPlayers) {
  Extraction x = ExtractHtml(
      "<h1>Hydrogen Vehicle Market</h1>"
      "<p>Governments are investing heavily in hydrogen. The governments of many states help.</p>"
      "<p>Hospitals are key buyers of the equipment. North America is a leader in adoption.</p>"
      "<p>Dana Whitlow, vice president at Orbis Research, says the market is a leader.</p>"
      "<p>Automation is a leading theme, and the theme's reach grows.</p>");
  EXPECT_TRUE(PlayerNames(x).empty()) << PlayerNames(x)[0];
}

// An active verb with no player word counts once the page names players.
TEST(ProsePlayers, ActiveSubjectsOnAPageWithPlayers) {
  Extraction x = ExtractHtml(
      "<h1>Fuel Cell Vehicle Market</h1>"
      "<p>Harrow Power is a prominent player in fuel cells.</p>"
      "<p>Velsen Motors and Ocarra are investing heavily in hydrogen cars.</p>");
  EXPECT_EQ(Sorted(PlayerNames(x)), (Names{"Harrow Power", "Ocarra", "Velsen Motors"}));
  Extraction alone = ExtractHtml(
      "<h1>Fuel Cell Vehicle Market</h1>"
      "<p>Velsen Motors and Ocarra are investing heavily in hydrogen cars.</p>");
  EXPECT_TRUE(PlayerNames(alone).empty());
}

// A dated item of a "recent developments" list opens with the company.
TEST(ProsePlayers, DatedDevelopmentItems) {
  Extraction x = ExtractHtml(
      "<h1>Japan Chip Market</h1><h2>Recent Developments</h2><ul>"
      "<li><p><strong>May 2024:</strong> Kestrel Semiconductor introduced a power module.</p></li>"
      "<li><p><strong>March 2024:</strong> Norimo unveiled an SSD line.</p></li></ul>");
  EXPECT_EQ(Sorted(PlayerNames(x)), (Names{"Kestrel Semiconductor", "Norimo"}));
}

// The last item of a prose list ends where the sentence's verb begins, and
// initials inside a name do not end the sentence.
TEST(ProsePlayers, ListItemsCutAtTheVerbAndInitialsKept) {
  Extraction x = ExtractHtml(
      "<h1>Microinverter Market</h1>"
      "<p>Leading players like Sunnet Energy, Voltaic Edge, and QMA are actively shaping the "
      "market. Key players include Brimley N.V., K.T. Pellow Sons &amp; Company, and Daro Labs.</p>"
      "<p>The market is led by industry giants like Tarrow, Ossel and Pike &amp; Lane, who compete "
      "hard.</p>");
  EXPECT_EQ(Sorted(PlayerNames(x)),
            (Names{"Brimley N.V.", "Daro Labs", "K.T. Pellow Sons & Company", "Ossel",
                   "Pike & Lane", "QMA", "Sunnet Energy", "Tarrow", "Voltaic Edge"}));
}

// "**Label**: text" is a company under a players heading only.
TEST(HeadingPlayers, BoldLabelsOutsidePlayerSectionsAreNotPlayers) {
  Extraction x = ExtractHtml(
      "<h1>Coffee Industry</h1><h2>Challenges</h2>"
      "<p><strong>Talent Retention</strong>: baristas leave often.</p>"
      "<p><strong>Raw Material Sourcing</strong>: bottles are scarce.</p>"
      "<h2>Key Players</h2><h3>Established Roasters</h3>"
      "<p><strong>Brewhaus</strong>: roasts in five cities.</p>");
  EXPECT_EQ(PlayerNames(x), (Names{"Brewhaus"}));
}

// A players section runs through its sub-headings: each company's own
// heading with its facts below, and a "Key Players: A, B" item.
TEST(HeadingPlayers, CompanySubHeadingsInsideAPlayersSection) {
  Extraction x = ExtractHtml(
      "<h1>Drone Industry Insights</h1><h2>Key Regional Players</h2>"
      "<h3>1. Skyloft (China)</h3><ul><li>Founded: 2006</li><li>Market Share: 70%</li>"
      "<li>Strengths: Manufacturing, ecosystem</li><li>Key Products:</li><li>Cirrus Line</li>"
      "<li>Nimbus Pro</li></ul>"
      "<h3>2. Orrery Robotics</h3><ul><li>Founded: 2014</li><li>Focus: Selfie drones</li></ul>"
      "<h2>Opportunities</h2><ul><li>Expected CAGR: 22.5%</li>"
      "<li>Key Players: Fieldwing, Agrodyne, Mapsure</li></ul>"
      "<h3>Mergers and Acquisitions</h3><p>Deals rose.</p>"
      "<h2>Competitors</h2><h3>Top Examples:</h3><ul><li>Dr. Lena Marsh</li></ul>"
      "<ul><li>Home</li><li>Careers</li><li>Request a Free Workshop</li></ul>");
  EXPECT_EQ(Sorted(PlayerNames(x)),
            (Names{"Agrodyne", "Fieldwing", "Mapsure", "Orrery Robotics", "Skyloft"}));
}

// Markdown tables pasted as text: the "Players" column lists companies; a
// "Companies" column of counts does not.
TEST(TablePlayers, PipeTableColumnsOfNames) {
  Extraction x = ExtractHtml(
      "<h1>Sensor Notes</h1>"
      "<p>| Application | Players |</p><p>|---|---|</p>"
      "<p>| Phones | Corvex, [[Lumio]], Tarsk |</p><p>| Cars | Corvex, Halden Devices |</p>"
      "<p>Adoption by company size:</p><p>| Segment | Companies | Size "
      "|</p><p>|---|---|---|</p><p>| Small | 680K | $2B |</p>"
      "<p>| Large | 45K | $9B |</p>");
  EXPECT_EQ(Sorted(PlayerNames(x)), (Names{"Corvex", "Halden Devices", "Lumio", "Tarsk"}));
}

TEST(TablePlayers, HtmlCellsListingSeveralCompanies) {
  Extraction x = ExtractHtml(
      "<h1>Valve Market</h1><table><tr><th>Region</th><th>Key Players</th></tr>"
      "<tr><td>Europe</td><td>Brannic AG, Solvay Pumps</td></tr></table>");
  EXPECT_EQ(Sorted(PlayerNames(x)), (Names{"Brannic AG", "Solvay Pumps"}));
}

// In a players list, numbered lines and several names name companies before
// a description; a lone bare label does not.
TEST(HeadingPlayers, NamesBeforeADescription) {
  Extraction x = ExtractHtml(
      "<h1>BI Software Analysis</h1><h2>Competitive Landscape</h2>"
      "<p>1. Quanta BI - Market leader (22% share)</p><p>2. Verisight - Visualization</p>"
      "<p>Key competitors:</p><ul><li>Chirp, Relay: messaging with limited identity checks</li>"
      "<li>SMB Focus: a gap no one fills</li></ul>");
  EXPECT_EQ(Sorted(PlayerNames(x)), (Names{"Chirp", "Quanta BI", "Relay", "Verisight"}));
}

// "players like X" is a list of one; a topic list that mentions the
// competitive landscape heads no list; a plain-text heading line does.
TEST(IntroPlayers, OneNameAfterLikeAndIntrosThatEndTheirLine) {
  Extraction x = ExtractHtml(
      "<h1>Mixer Industry</h1>"
      "<p>The tonic segment was long dominated by players like Vellacott. Newer brands like Ruma "
      "followed.</p>"
      "<p>description: An overview of market size, competitive landscape and regulation</p>"
      "<ul><li>Cloud Security</li><li>Enterprise Risk</li></ul>"
      "<p>Top Companies in the Market</p><p>Harbor Clinics (India)</p><p>Lanna Medical</p>");
  EXPECT_EQ(Sorted(PlayerNames(x)),
            (Names{"Harbor Clinics", "Lanna Medical", "Ruma", "Vellacott"}));
}

// A table of contents names the profiles section and its companies as
// outline; an "About" section names the publisher.
TEST(HeadingPlayers, NotFromTablesOfContentsOrAboutSections) {
  Extraction x = ExtractHtml(
      "<h1>5G Services Market</h1><h2>Table of Contents</h2>"
      "<p>9 Competitive Landscape</p><p>10 Company Profiles</p><p>10.1 Orbis Telecom</p>"
      "<p>10.2 Kestrel Mobile</p>"
      "<h2>About Fieldline Research</h2>"
      "<p>Fieldline Research is a leading provider of market reports. The company has 40 "
      "analysts.</p>");
  EXPECT_TRUE(PlayerNames(x).empty()) << PlayerNames(x)[0];
}

// "Name:" lines head a company's facts inside a players section.
TEST(HeadingPlayers, NameLinesEndingInAColon) {
  Extraction x = ExtractHtml(
      "<h1>Pet Cover Report</h1><h2>Key Players</h2><h3>Emerging Insurers</h3>"
      "<p><strong>Pawly (UK-based insurtech)</strong>:</p><ul><li>Raised Series B Funding</li>"
      "<li>Dental Cover</li></ul><p><strong>Kibble Mutual</strong>:</p><ul><li>Digital "
      "Onboarding</li></ul><p><strong>Key Products:</strong></p><ul><li>Gold Plan</li></ul>");
  EXPECT_EQ(Sorted(PlayerNames(x)), (Names{"Kibble Mutual", "Pawly"}));
}

// Under a players heading a company's action is enough; elsewhere it needs
// more ("Acme launched" alone on a news page is not a player).
TEST(ProsePlayers, ActionsInsideAPlayersSection) {
  Extraction x = ExtractHtml(
      "<h1>Widget Market</h1><h2>Competitive Landscape</h2>"
      "<p>The market is fragmented. Ardent Widgets launched a compact widget in 2023. "
      "Consolidation "
      "continues as groups acquire smaller providers.</p>");
  EXPECT_EQ(PlayerNames(x), (Names{"Ardent Widgets"}));
  Extraction news = ExtractHtml(
      "<h1>Widget Market</h1><h2>Trends</h2><p>Borrow Tools launched a widget app.</p>");
  EXPECT_TRUE(PlayerNames(news).empty());
}

TEST(ProsePlayers, SubjectsThatDominateTheMarket) {
  Extraction x = ExtractHtml(
      "<h1>Widget Market</h1>"
      "<p>Ardent Widgets and Cobble Inc. dominate the widget market with a combined share of "
      "45%.</p>");
  EXPECT_EQ(Sorted(PlayerNames(x)), (Names{"Ardent Widgets", "Cobble Inc."}));
}

// The list an intro paragraph opens ends at prose; two intros in one
// sentence are both read; an aside after a name is no part of it; a dash
// can open the list.
TEST(IntroPlayers, ListBoundariesAndAsides) {
  Extraction x = ExtractHtml(
      "<h1>Collision Sensor Market</h1>"
      "<p>Market competition by top manufacturers, with sales and share of each; the top players "
      "including</p><p>Voss Automotive</p><p>Kettler Sensing</p>"
      "<p>On the basis of product, this report shows the revenue of each type, split into</p>"
      "<p>Radar Modules</p><p>Camera Modules</p>"
      "<p>Global brands like Brewster operate at scale, while local giants like Pemberton (owning "
      "Fizz) dominate low prices.</p>"
      "<p>Leading Players \xE2\x80\x93 Quorra Labs, Tindal Health</p>");
  EXPECT_EQ(Sorted(PlayerNames(x)), (Names{"Brewster", "Kettler Sensing", "Pemberton",
                                           "Quorra Labs", "Tindal Health", "Voss Automotive"}));
}

// Legal suffixes: "plc" in lower case ends a name, "Co., Ltd." split across
// list pieces is rejoined, and a name's own period survives the sentence's.
TEST(IntroPlayers, SuffixesAcrossListPieces) {
  Extraction x = ExtractHtml(
      "<h1>Dressing Market</h1>"
      "<p>Key companies include Vale Works Co., Ltd., Orvin Holdings plc and Greave Labs Co., "
      "Ltd..</p><p>Prominent companies in the market are Tamsin AG, Corlu S.A. and Pell "
      "Corporation.</p>");
  EXPECT_EQ(Sorted(PlayerNames(x)),
            (Names{"Corlu S.A.", "Greave Labs Co., Ltd.", "Orvin Holdings plc", "Pell Corporation",
                   "Tamsin AG", "Vale Works Co., Ltd."}));
}

}  // namespace
}  // namespace marketclaims
