// CanonicalMarketKey: the wordings of one market meet, different markets
// stay apart.
#include "store/market_key.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

namespace marketclaims {
namespace {

TEST(MarketKeyTest, DifferentWordingsMeet) {
  EXPECT_EQ(CanonicalMarketKey("The Global Smart Widget Market"), "smart widget");
  EXPECT_EQ(CanonicalMarketKey("smart widget industry"), "smart widget");
  EXPECT_EQ(CanonicalMarketKey("Smart-Widget Markets"), "smart widget");
  EXPECT_EQ(CanonicalMarketKey("  global   SMART widget, market. "), "smart widget");
}

TEST(MarketKeyTest, KeepsInnerWordsAndNonAscii) {
  EXPECT_EQ(CanonicalMarketKey("Stock Market Software"), "stock market software");
  EXPECT_EQ(CanonicalMarketKey("Global Café Équipement Market"), "café équipement");
}

TEST(MarketKeyTest, NothingLeftIsEmpty) {
  EXPECT_EQ(CanonicalMarketKey(""), "");
  EXPECT_EQ(CanonicalMarketKey("The Global Market"), "");
  EXPECT_EQ(CanonicalMarketKey("!!!"), "");
}

TEST(CanonicalMarketKeyTest, CaseGlobalTheMarketIndustry) {
  EXPECT_EQ(CanonicalMarketKey("Global Dental Market"), "dental");
  EXPECT_EQ(CanonicalMarketKey("dental market"), "dental");
  EXPECT_EQ(CanonicalMarketKey("Dental Industry"), "dental");
  EXPECT_EQ(CanonicalMarketKey("The Global Dental Industries"), "dental");
  EXPECT_EQ(CanonicalMarketKey("Worldwide dental markets"), "dental");
}

TEST(CanonicalMarketKeyTest, InnerMarketWordsStay) {
  EXPECT_EQ(CanonicalMarketKey("Stock Market Software"), "stock market software");
  EXPECT_EQ(CanonicalMarketKey("Market Research Services Market"), "market research service");
}

TEST(CanonicalMarketKeyTest, DifferentMarketsStayApart) {
  EXPECT_NE(CanonicalMarketKey("Dental Implants"), CanonicalMarketKey("Dental"));
  EXPECT_EQ(CanonicalMarketKey("Global Dental Implants Industry"), "dental implant");
  EXPECT_NE(CanonicalMarketKey("Solar Inverter"), CanonicalMarketKey("Solar Panel"));
}

TEST(CanonicalMarketKeyTest, Plurals) {
  EXPECT_EQ(CanonicalMarketKey("Solar Inverters"), CanonicalMarketKey("Solar Inverter"));
  EXPECT_EQ(CanonicalMarketKey("Smart Irrigation Controllers"),
            CanonicalMarketKey("Smart Irrigation Controller"));
  EXPECT_EQ(CanonicalMarketKey("Lithium-Ion Batteries"), "lithium ion battery");
  EXPECT_EQ(CanonicalMarketKey("Lithium-Ion Battery"), "lithium ion battery");
  EXPECT_EQ(CanonicalMarketKey("Gearboxes"), "gearbox");
  EXPECT_EQ(CanonicalMarketKey("Smart Glasses"), "smart glass");
  // Words that only look plural keep their form.
  EXPECT_EQ(CanonicalMarketKey("Smart Glass"), "smart glass");
  EXPECT_EQ(CanonicalMarketKey("Biogas"), "biogas");
  EXPECT_EQ(CanonicalMarketKey("Medical Diagnosis Software"), "medical diagnosis software");
  EXPECT_EQ(CanonicalMarketKey("TV Series Streaming"), "tv series streaming");
  // Acronyms: "EVs" is a plural, "SaaS" and "GPS" are not.
  EXPECT_EQ(CanonicalMarketKey("EVs"), CanonicalMarketKey("EV"));
  EXPECT_EQ(CanonicalMarketKey("SaaS Market"), "saas");
  EXPECT_EQ(CanonicalMarketKey("GPS Trackers"), "gps tracker");
  // All capitals say nothing about acronyms.
  EXPECT_EQ(CanonicalMarketKey("SOLAR INVERTERS MARKET"), "solar inverter");
}

TEST(CanonicalMarketKeyTest, PunctuationAndAmpersand) {
  EXPECT_EQ(CanonicalMarketKey("Cold-Chain Logistics"), CanonicalMarketKey("Cold Chain Logistics"));
  EXPECT_EQ(CanonicalMarketKey("Food & Beverage Packaging"),
            CanonicalMarketKey("Food and Beverage Packaging"));
  EXPECT_EQ(CanonicalMarketKey("  global   SMART widget, market. "), "smart widget");
  EXPECT_EQ(CanonicalMarketKey("Women\u2019s Health"), CanonicalMarketKey("Women's Health"));
  EXPECT_EQ(CanonicalMarketKey("Smart \u201cHome\u201d \u2013 Devices"), "smart home device");
}

TEST(CanonicalMarketKeyTest, ParenthesisedAcronymMeetsItsShortForm) {
  EXPECT_EQ(CanonicalMarketKey("Artificial Intelligence (AI) in Healthcare"), "ai in healthcare");
  EXPECT_EQ(CanonicalMarketKey("AI in Healthcare"), "ai in healthcare");
  EXPECT_EQ(CanonicalMarketKey("Global Artificial Intelligence (AI) in Agriculture Market"),
            CanonicalMarketKey("AI in Agriculture"));
  // Link words may or may not give a letter.
  EXPECT_EQ(CanonicalMarketKey("Internet of Things (IoT) Security"), "iot security");
  EXPECT_EQ(CanonicalMarketKey("Heating, Ventilation, and Air Conditioning (HVAC) Systems"),
            "hvac system");
  EXPECT_EQ(CanonicalMarketKey("Software-as-a-Service (SaaS)"), "saas");
  // The expansion after the acronym.
  EXPECT_EQ(CanonicalMarketKey("EV (Electric Vehicle) Chargers"),
            CanonicalMarketKey("EV Chargers"));
  // A parenthesis that does not spell the words before it is kept.
  EXPECT_EQ(CanonicalMarketKey("Dental Implants (Titanium)"), "dental implant titanium");
  EXPECT_EQ(CanonicalMarketKey("Blood Glucose (BP) Meters"), "blood glucose bp meter");
}

TEST(AcronymLearningTest, ExpansionsMetElsewhereAreShortened) {
  std::map<std::string, std::string> learned;
  LearnAcronyms("Artificial Intelligence (AI) in Agriculture", &learned);
  LearnAcronyms("Global Internet of Things (IoT) Security Market", &learned);
  LearnAcronyms("EV (Electric Vehicles) Chargers", &learned);
  LearnAcronyms("Dental Implants", &learned);  // teaches nothing
  EXPECT_EQ(learned, (std::map<std::string, std::string>{{"artificial intelligence", "ai"},
                                                         {"internet of thing", "iot"},
                                                         {"electric vehicle", "ev"}}));
  EXPECT_EQ(ApplyAcronyms(CanonicalMarketKey("Artificial Intelligence in Healthcare"), learned),
            "ai in healthcare");
  EXPECT_EQ(ApplyAcronyms(CanonicalMarketKey("Internet of Things Platforms"), learned),
            "iot platform");
  EXPECT_EQ(ApplyAcronyms(CanonicalMarketKey("Electric Vehicle Batteries"), learned), "ev battery");
  // Only whole words, only the whole expansion.
  EXPECT_EQ(ApplyAcronyms("artificial turf", learned), "artificial turf");
  EXPECT_EQ(ApplyAcronyms("hyperelectric vehicle", learned), "hyperelectric vehicle");
  EXPECT_EQ(ApplyAcronyms("dental", {}), "dental");
}

TEST(CanonicalMarketKeyTest, UnicodeLettersAreLowerCased) {
  EXPECT_EQ(CanonicalMarketKey("Global CAF\u00c9 \u00c9QUIPEMENT Market"),
            CanonicalMarketKey("caf\u00e9 \u00e9quipement"));
  EXPECT_EQ(CanonicalMarketKey("\u00c9quipement"), "\u00e9quipement");
  EXPECT_EQ(CanonicalMarketKey("\u0141\u00d3D\u0179"), "\u0142\u00f3d\u017a");  // Polish
  EXPECT_EQ(CanonicalMarketKey("\u0130stanbul"), "istanbul");                   // Turkish dotted I
  EXPECT_EQ(CanonicalMarketKey("\u0420\u042b\u041d\u041e\u041a"),
            "\u0440\u044b\u043d\u043e\u043a");  // Cyrillic
  EXPECT_EQ(CanonicalMarketKey("Stra\u00dfe"), "stra\u00dfe");
}

TEST(CanonicalMarketKeyTest, NothingLeftIsEmptyAndBadBytesSeparate) {
  EXPECT_EQ(CanonicalMarketKey(""), "");
  EXPECT_EQ(CanonicalMarketKey("The Global Market"), "");
  EXPECT_EQ(CanonicalMarketKey("!!! \u2122 \u00ae"), "");
  EXPECT_EQ(CanonicalMarketKey("Smart\xff\xfeWidget"), "smart widget");
  EXPECT_EQ(CanonicalMarketKey("Smart\xe2\x82Widget"), "smart widget");  // truncated sequence
}

}  // namespace
}  // namespace marketclaims
