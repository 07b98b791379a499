// FAQ shapes beyond question headings: each is one question/answer pair.
#include <gtest/gtest.h>

#include "tests/extract/extract_test_util.h"

namespace marketclaims {
namespace {

using testing_util::ExtractHtml;

// <details><summary>, a definition list, "Q:"/"A:" lines and a numbered
// bold question each give one pair; a question asked in prose gives none.
TEST(FaqShapes, EachShapeIsOnePair) {
  Extraction x = ExtractHtml(
      "<h1>Kiln Market</h1>"
      "<details><summary>What drives the kiln market?</summary><p>Demand for tiles drives "
      "it.</p></details>"
      "<dl><dt>Which region leads?</dt><dd>Asia Pacific leads the kiln market.</dd></dl>"
      "<p>Q: What is a kiln used for?</p><p>A: Firing clay and tiles.</p>"
      "<p><b>4. Who makes kilns?</b></p><p>Several firms make them.</p>"
      "<p>Many ask why kilns matter? They fire clay.</p>");
  ASSERT_EQ(x.faqs.size(), 4u);
  EXPECT_EQ(x.faqs[1].question, "Which region leads?");
  EXPECT_EQ(x.faqs[1].answer, "Asia Pacific leads the kiln market.");
  EXPECT_EQ(x.faqs[0].answer, "Demand for tiles drives it.");
}

}  // namespace
}  // namespace marketclaims

namespace marketclaims {
namespace {

using testing_util::ExtractHtml;

constexpr char kFaqJsonLd[] =
    "<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", \"@type\": "
    "\"FAQPage\", \"mainEntity\": [{\"@type\": \"Question\", \"name\": \"What is the size of the "
    "kiln market?\", \"acceptedAnswer\": {\"@type\": \"Answer\", \"text\": \"<p>It was USD 2 "
    "billion in 2023 &amp; grows.</p>\"}}, {\"@type\": \"Question\", \"name\": \"Who makes "
    "kilns?\", \"acceptedAnswer\": {\"@type\": \"Answer\", \"text\": \"Several firms.\"}}]}"
    "</script>";

// Shape: a report page whose FAQ lives only in its search-engine markup.
TEST(StructuredFaqs, AnFaqPageInJsonLdGivesItsPairs) {
  Extraction x = ExtractHtml(std::string("<html><head>") + kFaqJsonLd +
                             "</head><body><h1>Kiln Market</h1><p>Text.</p></body></html>");
  ASSERT_EQ(x.faqs.size(), 2u);
  EXPECT_EQ(x.faqs[0].question, "What is the size of the kiln market?");
  EXPECT_EQ(x.faqs[0].answer, "It was USD 2 billion in 2023 & grows.");
  EXPECT_EQ(x.faqs[1].answer, "Several firms.");
}

// Shape: the same FAQ shown as headings and marked up in JSON-LD.
TEST(StructuredFaqs, APairShownAndMarkedUpCountsOnce) {
  Extraction x = ExtractHtml(std::string("<html><head>") + kFaqJsonLd +
                             "</head><body><h1>Kiln Market</h1><h2>FAQ</h2>"
                             "<h3>Q1: What is the size of the Kiln Market ?</h3>"
                             "<p>It was USD 2 billion in 2023.</p></body></html>");
  ASSERT_EQ(x.faqs.size(), 2u);
  EXPECT_EQ(x.faqs[0].answer, "It was USD 2 billion in 2023.");
  EXPECT_EQ(x.faqs[1].question, "Who makes kilns?");
}

// Shape: site-wide markup, the FAQPage one node of an "@graph" among
// others; a single Question as mainEntity; types given as a list.
TEST(StructuredFaqs, AnFaqPageInsideAGraph) {
  Extraction x = ExtractHtml(
      "<script type=\"application/ld+json\">{\"@graph\": [{\"@type\": \"Organization\", \"name\": "
      "\"Acme Reports\"}, {\"@type\": [\"WebPage\", \"FAQPage\"], \"mainEntity\": {\"@type\": "
      "\"Question\", \"name\": \"How fast does it grow?\", \"acceptedAnswer\": [{\"@type\": "
      "\"Answer\", \"text\": \"At 5% a year.\"}]}}]}</script><p>Text.</p>");
  ASSERT_EQ(x.faqs.size(), 1u);
  EXPECT_EQ(x.faqs[0].question, "How fast does it grow?");
  EXPECT_EQ(x.faqs[0].answer, "At 5% a year.");
}

TEST(StructuredFaqs, OtherOrBrokenMarkupGivesNothing) {
  Extraction x = ExtractHtml(
      "<script type=\"application/ld+json\">{\"@type\": \"Product\", \"name\": \"Kiln report?\"}"
      "</script><script type=\"application/ld+json\">{\"@type\": \"FAQPage\", \"mainEntity\": "
      "[{\"@type\": \"Question\", \"name\": \"Cut off?\", </script>"
      "<script type=\"application/ld+json\">{\"@type\": \"FAQPage\", \"mainEntity\": "
      "[{\"@type\": \"Question\", \"name\": \"No answer?\"}]}</script>"
      "<script>var faq = {\"@type\": \"FAQPage\"};</script><p>Text.</p>");
  EXPECT_TRUE(x.faqs.empty());
}

}  // namespace
}  // namespace marketclaims

namespace marketclaims {
namespace {

using testing_util::ExtractHtml;

// Shape: a blog post asks its reader a question and answers it in prose;
// a report page's call to action asks one above its button text.
TEST(LoneQuestions, AnUnmarkedQuestionAloneInProseIsNoFaq) {
  Extraction x = ExtractHtml(
      "<h1>Why Kelp Wins</h1><p>Kelp farms spread along cold coasts every year.</p>"
      "<p>Guess which crop stores the most carbon per hectare?</p>"
      "<p>If you guessed trees, you would be wrong; it is kelp, by a wide margin.</p>"
      "<p>Farms now supply feed, fertiliser and food.</p>"
      "<p>Prices rose in each of the last three seasons.</p>"
      "<p>Growers expect the same next year.</p>"
      "<p>Which buyers will sign first; what will make them switch?</p>"
      "<p>Talk to our analyst team about your plans today.</p>");
  EXPECT_TRUE(x.faqs.empty());
}

// Shape: an FAQ with no heading and no markup, questions each answered by
// a paragraph or two; a question written in title case as a heading.
TEST(LoneQuestions, RunsOfPairsAndHeadingLikeQuestionsStay) {
  Extraction x = ExtractHtml(
      "<h1>Kelp Market</h1><p>Kelp farms spread along cold coasts every year.</p>"
      "<p>What is the kelp market worth?</p><p>About USD 1 billion in 2024.</p>"
      "<p>It was smaller before.</p>"
      "<p>Who farms kelp?</p><p>Coastal cooperatives and a few large firms.</p>"
      "<p>Farms now supply feed, fertiliser and food.</p>"
      "<p>How Are Coastal Farms Changing the Kelp Supply Chain?</p>"
      "<p>They process the harvest near the shore.</p>");
  ASSERT_EQ(x.faqs.size(), 3u);
  EXPECT_EQ(x.faqs[0].question, "What is the kelp market worth?");
  EXPECT_EQ(x.faqs[2].answer, "They process the harvest near the shore.");
}

}  // namespace
}  // namespace marketclaims
