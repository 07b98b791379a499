// Finds FAQ question/answer pairs: a question block (a heading, a bold or
// numbered line, or a line in an FAQ section, ending with '?') followed by
// an answer. Only pairs wholly on the page count: a question cut at the
// start of a fragment or an answer cut at its end is left out.
#include <cctype>
#include <string>

#include "extract/rules.h"
#include "base/text_util.h"

namespace marketclaims {
namespace {

constexpr std::size_t kMaxQuestionBytes = 300;

bool IsQuestion(const Block& b, bool in_faq_section) {
  std::string_view t = Trim(b.text);
  if (t.size() < 8 || t.size() > kMaxQuestionBytes || t.back() != '?') return false;
  unsigned char first = static_cast<unsigned char>(t[0]);
  if (!(std::isupper(first) || std::isdigit(first))) return false;
  bool numbered = std::isdigit(first) || StartsWithIgnoreCase(t, "Q") || StartsWithIgnoreCase(t, "question");
  // A definition list's term (<dt>) reads as a list item: "Which region
  // leads?" above its <dd> answer.
  return b.kind == BlockKind::kHeading || b.bold || numbered || in_faq_section ||
         b.kind == BlockKind::kParagraph || b.kind == BlockKind::kListItem;
}

bool EndsWholly(std::string_view t) {
  t = Trim(t);
  if (t.empty()) return false;
  char last = t.back();
  return last == '.' || last == '!' || last == ')' || last == '"' || last == '%' ||
         static_cast<unsigned char>(last) >= 0x80;
}

bool IsFaqHeading(const Block& b) {
  if (b.kind != BlockKind::kHeading) return false;
  std::string lower = AsciiLower(b.text);
  return lower.find("faq") != std::string::npos || lower.find("frequently asked") != std::string::npos ||
         lower.find("questions") != std::string::npos;
}

}  // namespace

void FindFaqs(const Scan& scan, const Rules& /*rules*/, Extraction* out) {
  const Document& doc = *scan.doc;
  bool in_faq = false;
  bool answered_elsewhere = false;
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& q = doc.blocks[i];
    if (IsFaqHeading(q) && !IsQuestion(q, false)) {
      // "Key Questions Answered in This Report" lists questions the report
      // (not the page) answers.
      std::string lower = AsciiLower(q.text);
      answered_elsewhere = lower.find("answered") != std::string::npos ||
                           lower.find("key questions") != std::string::npos;
      in_faq = true;
      continue;
    }
    if (q.kind == BlockKind::kHeading && q.level <= 2 && !IsQuestion(q, in_faq)) answered_elsewhere = false;
    if (answered_elsewhere) continue;
    if (!IsQuestion(q, in_faq)) continue;
    // "What are the 7 most popular questions about X?" introduces, not asks.
    if (AsciiLower(q.text).find("questions") != std::string::npos) continue;
    std::size_t j = i + 1;
    if (j >= doc.blocks.size()) break;
    const Block& a = doc.blocks[j];
    if (a.kind == BlockKind::kHeading || IsQuestion(a, in_faq) || a.text.size() < 15) continue;
    // The answer runs to the next heading or question; the last block must
    // end a sentence unless more of the page follows it.
    std::size_t k = j;
    while (k + 1 < doc.blocks.size() && doc.blocks[k + 1].kind != BlockKind::kHeading &&
           !IsQuestion(doc.blocks[k + 1], in_faq) && doc.blocks[k + 1].kind == BlockKind::kListItem) {
      ++k;
    }
    bool page_ends = k + 1 >= doc.blocks.size();
    if (page_ends && !EndsWholly(doc.blocks[k].text)) continue;
    std::string answer = a.text;
    for (std::size_t m = j + 1; m <= k; ++m) answer += "\n" + doc.blocks[m].text;
    out->faqs.push_back({q.text, answer});
    i = k;
  }
}

}  // namespace marketclaims
