// The page's market: title and h1 over single sentences, places kept in the
// name, phrases that name no market; pages in other languages.
#include <gtest/gtest.h>

#include "extract/language.h"
#include "tests/extract/extract_test_util.h"

namespace marketclaims {
namespace {

using testing_util::ExtractHtml;

TEST(PageMarket, TheTitleWinsOverASentenceThatNamesAnotherMarket) {
  Extraction x = ExtractHtml(
      "<title>Glowfern Lamp Market Outlook 2030</title>"
      "<p>Makers also sell into the Ontario smart candle market, which is small.</p>"
      "<p>Demand for lamps keeps rising.</p>");
  EXPECT_EQ(x.market, "Glowfern Lamp");
}

TEST(PageMarket, TheH1CountsAsMuchAsTheTitle) {
  Extraction x = ExtractHtml(
      "<h1>Reed Basket Market</h1><h2>Overview</h2>"
      "<p>The wicker chair market is larger. The wicker chair market grows.</p>");
  EXPECT_EQ(x.market, "Reed Basket");
}

TEST(PageMarket, APlaceIsKeptInTheNameOfThePageItLeads) {
  Extraction x = ExtractHtml(
      "<p>U.S. Orbital Welding Market Size Report, 2024 - 2030</p>"
      "<p>The U.S. orbital welding market was valued at USD 1.2 billion in 2023.</p>");
  EXPECT_EQ(x.market, "U.S. Orbital Welding");
}

TEST(PageMarket, ANameThatIsOnlyAPlaceIsARegion) {
  // Shape: a press release whose only title-case market phrase is the
  // region's ("the North American market for ...").
  Extraction x = ExtractHtml(
      "<p>Clinics lead the global tidal imaging equipment market. Growth in the North American "
      "market comes from clinics. The North American market is the largest.</p>");
  EXPECT_EQ(x.market, "tidal imaging equipment");
}

TEST(PageMarket, HyphenatedCompoundsAreNoMarkets) {
  // "mid-market", "go-to-market": analysis pages use them as nouns.
  Extraction x = ExtractHtml(
      "<h2>Target: Mid-Market</h2><p>Our Go-To-Market plan targets the Mid-Market. "
      "The ledger software market is crowded.</p>");
  EXPECT_EQ(x.market, "ledger software");
}

TEST(PageMarket, AnAmountBeforeTheNameIsNotPartOfIt) {
  Extraction x =
      ExtractHtml("<p>Fakes feed a $90 billion counterfeit perfume market, the study says.</p>");
  EXPECT_EQ(x.market, "counterfeit perfume");
  EXPECT_EQ(ExtractHtml("<h1>The $4 Billion Pond Liner Market</h1><p>Text.</p>").market,
            "Pond Liner");
}

TEST(PageMarket, NumbersInsideANameStay) {
  EXPECT_EQ(ExtractHtml("<h1>Web 3.0 Wallet Market Report</h1><p>Text.</p>").market,
            "Web 3.0 Wallet");
}

TEST(PageMarket, DaysAndDimensionsAreNoMarkets) {
  Extraction x = ExtractHtml(
      "<p>Today's market rewards scale. End-User Market shares shift. Today's market is hard. "
      "The kelp snack market grows.</p>");
  EXPECT_EQ(x.market, "kelp snack");
}

TEST(PageMarket, TwoSpellingsOfOneMarketCountTogether) {
  // "Buggies Rentals" and "Buggy Rental" are one market, named three times
  // against two.
  Extraction x = ExtractHtml(
      "<title>Rentals review</title><p>The Dune Buggy market grew. The Dune Buggy Rental market "
      "grew. The Dune Buggies Rentals market grew. The Dune Buggy Rental market slowed. The Dune "
      "Buggy market slowed.</p>");
  EXPECT_EQ(x.market, "Dune Buggy Rental");
}

TEST(PageMarket, AQuotedTitleKeepsItsFirstWord) {
  // Front matter pasted as text: 'title = "Wearable AI Market ..."'.
  Extraction x = ExtractHtml(
      "<p>title = \"Smart Ring Market Set to Double by 2030\"</p>"
      "<p>The smart ring market is projected to grow.</p>");
  EXPECT_EQ(x.market, "Smart Ring");
}

TEST(PageMarket, AKindOfAnalysisRightBeforeTheMarketWordIsInTheName) {
  EXPECT_EQ(
      ExtractHtml("<p>Spore Analysis Market Size, Regional Outlook &amp; Forecast Till 2030</p>"
                  "<p>The global spore analysis market grew.</p>")
          .market,
      "Spore Analysis");
}

TEST(PageMarket, ReferencesToOtherTextAreNoMarkets) {
  // Shape: a Q&A answer listing figures ("Research gave the following
  // market sizes:") whose list items name the market after "Total".
  Extraction x = ExtractHtml(
      "<p>A: Research gave the following market sizes for our plan and the following market "
      "shares.</p><ul><li>Total quiet kayak market: $1.2 billion in 2023</li></ul>");
  EXPECT_EQ(x.market, "quiet kayak");
}

TEST(Language, EnglishProseIsEnglish) {
  EXPECT_FALSE(ReadsAsOtherLanguage(
      "The ceramic tile market is expected to grow at a CAGR of 5% from 2024 to 2030. Key players "
      "include Porcelanosa, Villeroy und Boch and Casa de Piedra, which are expanding their plants "
      "in Europe and Latin America during the forecast period."));
}

TEST(Language, ShortTextIsNotJudged) {
  EXPECT_FALSE(ReadsAsOtherLanguage("Der Markt und die Preise"));
}

TEST(Language, GermanFrenchAndSpanishProseIsNot) {
  EXPECT_TRUE(ReadsAsOtherLanguage(
      "Der Markt f\xC3\xBCr Keramikfliesen wird bis 2030 mit einer j\xC3\xA4hrlichen Rate von 5 % "
      "wachsen. Vergleicht man die Anbieter, so zeigt sich, dass die gro\xC3\x9F"
      "en Hersteller "
      "ihre Werke in Europa und Asien ausbauen und mit neuen Produkten auf den Markt kommen."));
  EXPECT_TRUE(ReadsAsOtherLanguage(
      "Le march\xC3\xA9 des carreaux en c\xC3\xA9ramique devrait cro\xC3\xAEtre de 5 % par an "
      "jusqu'en 2030. Les principaux acteurs sont pr\xC3\xA9sents dans toute l'Europe et "
      "investissent dans de nouvelles usines pour r\xC3\xA9pondre \xC3\xA0 la demande."));
  EXPECT_TRUE(ReadsAsOtherLanguage(
      "El mercado de baldosas cer\xC3\xA1micas crecer\xC3\xA1 un 5 % anual hasta 2030. Los "
      "principales fabricantes ampl\xC3\xAD"
      "an sus plantas en Europa y Am\xC3\xA9rica Latina para "
      "atender la demanda de la construcci\xC3\xB3n residencial y comercial."));
}

TEST(Language, APageInAnotherLanguageYieldsNothing) {
  // Shape: a German report page whose sentences hold figures and
  // capitalised words ("Vergleicht", "Markt") the English rules misread.
  Extraction x = ExtractHtml(
      "<title>Keramikfliesen Markt Bericht 2030</title>"
      "<h1>Keramikfliesen Markt</h1>"
      "<p>Der Markt f\xC3\xBCr Keramikfliesen wurde 2023 auf 4,2 Mrd. USD gesch\xC3\xA4tzt und "
      "wird "
      "bis 2030 mit einer CAGR von 5,1 % wachsen. Vergleicht man die Anbieter, so zeigt sich, "
      "dass die Hersteller ihre Werke in Europa und Asien ausbauen.</p>"
      "<h2>Wichtige Akteure</h2><ul><li>Fliesenwerk AG</li><li>Keramik Nord GmbH</li></ul>"
      "<h2>H\xC3\xA4ufig gestellte Fragen</h2><h3>Wie gro\xC3\x9F ist der Markt?</h3>"
      "<p>Der Markt ist 4,2 Mrd. USD gro\xC3\x9F und w\xC3\xA4"
      "chst mit 5,1 % pro Jahr.</p>");
  EXPECT_EQ(x.market, "");
  EXPECT_TRUE(x.sizes.empty());
  EXPECT_TRUE(x.cagrs.empty());
  EXPECT_TRUE(x.players.empty());
  EXPECT_TRUE(x.regions.empty());
  EXPECT_TRUE(x.faqs.empty());
}

}  // namespace
}  // namespace marketclaims
