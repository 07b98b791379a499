// Finds FAQ question/answer pairs: a question block (a heading, a bold or
// numbered line, or a line in an FAQ section, ending with '?') followed by
// an answer. Only pairs wholly on the page count: a question cut at the
// start of a fragment or an answer cut at its end is left out. Pairs the
// page states as schema.org FAQPage JSON-LD count too, once each when the
// page also shows them.
#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "base/json_reader.h"
#include "base/text_util.h"
#include "extract/rules.h"

namespace marketclaims {
namespace {

constexpr std::size_t kMaxQuestionBytes = 300;

bool IsQuestion(const Block& b, bool in_faq_section) {
  std::string_view t = Trim(b.text);
  if (t.size() < 8 || t.size() > kMaxQuestionBytes || t.back() != '?') return false;
  unsigned char first = static_cast<unsigned char>(t[0]);
  if (!(std::isupper(first) || std::isdigit(first))) return false;
  bool numbered =
      std::isdigit(first) || StartsWithIgnoreCase(t, "Q") || StartsWithIgnoreCase(t, "question");
  // A definition list's term (<dt>) reads as a list item: "Which region
  // leads?" above its <dd> answer.
  return b.kind == BlockKind::kHeading || b.bold || numbered || in_faq_section ||
         b.kind == BlockKind::kParagraph || b.kind == BlockKind::kListItem;
}

// "How Are Surgical Trends Reshaping the Market?": most words of four or
// more letters capitalised, the way a heading pasted as text is written.
bool IsTitleCase(std::string_view t) {
  int words = 0, capitalised = 0;
  for (std::size_t i = 0; i < t.size();) {
    while (i < t.size() && t[i] == ' ') ++i;
    std::size_t j = i;
    while (j < t.size() && t[j] != ' ') ++j;
    if (j - i >= 4 && std::isalpha(static_cast<unsigned char>(t[i]))) {
      ++words;
      capitalised += std::isupper(static_cast<unsigned char>(t[i])) != 0;
    }
    i = j;
  }
  return words >= 3 && capitalised * 4 >= words * 3;
}

// A question marked as one by more than its '?': a heading (also one
// written in title case as text), bold, a number or "Q:" before it, or an
// FAQ section around it.
bool IsMarkedQuestion(const Block& b, bool in_faq_section) {
  std::string_view t = Trim(b.text);
  bool numbered = !t.empty() && std::isdigit(static_cast<unsigned char>(t[0]));
  bool q_label =
      t.size() > 2 && (t[0] == 'Q' || t[0] == 'q') &&
      (t[1] == ':' || t[1] == '.' || t[1] == ')' || std::isdigit(static_cast<unsigned char>(t[1])));
  // A list item: a definition list's term (<dt>) or an accordion's entry.
  return b.kind == BlockKind::kHeading || b.kind == BlockKind::kListItem || b.bold || numbered ||
         q_label || in_faq_section || StartsWithIgnoreCase(t, "question") || IsTitleCase(t);
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
  return lower.find("faq") != std::string::npos ||
         lower.find("frequently asked") != std::string::npos ||
         lower.find("questions") != std::string::npos;
}

// A question as a key: lower-case letters and digits, single spaces ("What
// is X?" shown on the page and "what is X" in the JSON-LD are one).
std::string QuestionKey(std::string_view question) {
  // A label the page puts before its questions and the markup leaves out:
  // "Q:", "Q3.", "Question 2:", "4)".
  std::string_view t = Trim(question);
  std::size_t i = 0;
  if (StartsWithIgnoreCase(t, "question")) {
    i = 8;
  } else if (!t.empty() && (t[0] == 'Q' || t[0] == 'q')) {
    i = 1;
  }
  while (i < t.size() && (t[i] == ' ' || std::isdigit(static_cast<unsigned char>(t[i])))) ++i;
  if (i < t.size() && (t[i] == ':' || t[i] == '.' || t[i] == ')')) question = t.substr(i + 1);
  std::string key;
  for (char c : question) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80) {
      key.push_back(AsciiLowerChar(c));
    } else if (!key.empty() && key.back() != ' ') {
      key.push_back(' ');
    }
  }
  while (!key.empty() && key.back() == ' ') key.pop_back();
  return key;
}

// JSON-LD answers are often HTML ("<p>It grew 5% &amp; more.</p>"): the
// text without tags, the common entities decoded, whitespace collapsed.
std::string PlainText(std::string_view html) {
  static constexpr std::pair<std::string_view, std::string_view> kEntities[] = {
      {"&amp;", "&"}, {"&lt;", "<"},   {"&gt;", ">"},   {"&quot;", "\""},
      {"&#39;", "'"}, {"&#039;", "'"}, {"&apos;", "'"}, {"&nbsp;", " "}};
  std::string text;
  bool pending_space = false;
  for (std::size_t i = 0; i < html.size();) {
    if (html[i] == '<') {
      std::size_t close = html.find('>', i);
      if (close == std::string_view::npos) break;
      pending_space = true;  // a tag may end a paragraph or a line
      i = close + 1;
      continue;
    }
    if (html[i] == '&') {
      std::string_view replacement = "&";
      std::size_t length = 1;
      for (const auto& [entity, decoded] : kEntities) {
        if (html.substr(i, entity.size()) == entity) {
          replacement = decoded;
          length = entity.size();
          break;
        }
      }
      AppendCollapsed(replacement, &text, &pending_space);
      i += length;
      continue;
    }
    std::size_t end = html.find_first_of("<&", i);
    if (end == std::string_view::npos) end = html.size();
    AppendCollapsed(html.substr(i, end - i), &text, &pending_space);
    i = end;
  }
  return std::string(Trim(text));
}

bool HasType(const JsonNode& node, std::string_view type) {
  const JsonNode* t = node.Find("@type");
  if (!t) return false;
  if (t->IsString()) return t->string == type;
  for (const JsonNode& item : t->items) {
    if (item.IsString() && item.string == type) return true;
  }
  return false;
}

// The text of a Question's answer: acceptedAnswer (an Answer, or a list of
// them: the first) and its "text".
std::string AnswerText(const JsonNode& question) {
  const JsonNode* answer = question.Find("acceptedAnswer");
  if (answer && answer->type == JsonNode::Type::kArray) {
    answer = answer->items.empty() ? nullptr : &answer->items[0];
  }
  const JsonNode* text = answer ? answer->Find("text") : nullptr;
  return text && text->IsString() ? PlainText(text->string) : "";
}

void AddFaqPage(const JsonNode& page, std::vector<Faq>* out) {
  const JsonNode* entity = page.Find("mainEntity");
  if (!entity) return;
  auto add = [out](const JsonNode& q) {
    const JsonNode* name = q.Find("name");
    if (!name || !name->IsString()) return;
    std::string question = PlainText(name->string);
    std::string answer = AnswerText(q);
    if (question.empty() || answer.empty()) return;
    out->push_back({std::move(question), std::move(answer)});
  };
  if (entity->type == JsonNode::Type::kObject) add(*entity);
  for (const JsonNode& q : entity->items) add(q);
}

// Every FAQPage in `node`: the script's object itself, an array of them, or
// a "@graph" holding one among other things.
void CollectFaqPages(const JsonNode& node, int depth, std::vector<Faq>* out) {
  if (depth > 4) return;
  if (node.type == JsonNode::Type::kArray) {
    for (const JsonNode& item : node.items) CollectFaqPages(item, depth + 1, out);
    return;
  }
  if (node.type != JsonNode::Type::kObject) return;
  if (HasType(node, "FAQPage")) AddFaqPage(node, out);
  if (const JsonNode* graph = node.Find("@graph")) CollectFaqPages(*graph, depth + 1, out);
}

// Shape: report pages that mark their FAQ up for search engines, shown on
// the page, or only in <script type="application/ld+json">. A pair already
// read from the page is not counted again.
void AddStructuredFaqs(const Document& doc, Extraction* out) {
  if (doc.structured_data.empty()) return;
  std::vector<std::string> seen;
  for (const Faq& f : out->faqs) seen.push_back(QuestionKey(f.question));
  std::vector<Faq> found;
  JsonNode root;
  std::string error;
  for (const std::string& script : doc.structured_data) {
    // A page's JSON-LD that does not read is skipped, like a broken tag.
    if (!ReadJson(script, JsonLimits(), &root, &error)) continue;
    CollectFaqPages(root, 0, &found);
  }
  for (Faq& f : found) {
    std::string key = QuestionKey(f.question);
    if (key.empty() || std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
    seen.push_back(std::move(key));
    out->faqs.push_back(std::move(f));
  }
}

}  // namespace

void FindFaqs(const Scan& scan, const Rules& /*rules*/, Extraction* out) {
  const Document& doc = *scan.doc;
  // Where each pair sits, to tell an unmarked question that is one of a run
  // of pairs (an FAQ without a heading) from a lone one asked in prose.
  struct Place {
    std::size_t question, end;
    bool marked;
  };
  std::vector<Place> places;
  std::vector<Faq> pairs;
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
    if (q.kind == BlockKind::kHeading && q.level <= 2 && !IsQuestion(q, in_faq))
      answered_elsewhere = false;
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
           !IsQuestion(doc.blocks[k + 1], in_faq) &&
           doc.blocks[k + 1].kind == BlockKind::kListItem) {
      ++k;
    }
    bool page_ends = k + 1 >= doc.blocks.size();
    if (page_ends && !EndsWholly(doc.blocks[k].text)) continue;
    std::string answer = a.text;
    for (std::size_t m = j + 1; m <= k; ++m) answer += "\n" + doc.blocks[m].text;
    pairs.push_back({q.text, answer});
    places.push_back({i, k, IsMarkedQuestion(q, in_faq)});
    i = k;
  }
  // Shape: a blog post's rhetorical question ("Quick: which method
  // dominates?") or a call to action's ("Who will be your top customer?")
  // followed by prose. Alone and unmarked it is no FAQ, unless the text
  // opens with it (an excerpt cut from an FAQ).
  for (std::size_t p = 0; p < pairs.size(); ++p) {
    // An answer may run on over a few paragraphs before the next question.
    constexpr std::size_t kNear = 3;
    bool after_pair =
        places[p].question == 0 || (p > 0 && places[p].question <= places[p - 1].end + kNear);
    bool before_pair = p + 1 < pairs.size() && places[p + 1].question <= places[p].end + kNear;
    if (places[p].marked || after_pair || before_pair) out->faqs.push_back(std::move(pairs[p]));
  }
  AddStructuredFaqs(doc, out);
}

}  // namespace marketclaims
