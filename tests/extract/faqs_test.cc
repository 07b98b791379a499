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
      "<details><summary>What drives the kiln market?</summary><p>Demand for tiles drives it.</p></details>"
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
