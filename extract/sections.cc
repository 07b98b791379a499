#include "extract/sections.h"

#include <cctype>
#include <cstdint>

#include "base/text_util.h"
#include "extract/document.h"
#include "extract/gazetteer.h"
#include "extract/list_items.h"
#include "extract/section_text.h"

namespace marketclaims {

using section_text::CleanHeading;
using section_text::HasAny;
using section_text::kMaxItemWords;
using section_text::kMaxLeadLineWords;
using section_text::kMaxShortHeadingWords;
using section_text::kMaxSubheadingWords;
using section_text::kRankBold;
using section_text::kRankLeadLine;
using section_text::kRankNumbered;

namespace {

// The name part of an item written "Name: description" or "Name - text";
// "" when the item is prose.
std::string ItemHead(std::string_view text, int max_words) {
  std::string_view t = Trim(text);
  std::size_t cut = std::string_view::npos;
  for (std::string_view sep : {": ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " - "}) {
    std::size_t p = t.find(sep);
    if (p != std::string_view::npos && p < cut) cut = p;
  }
  if (cut != std::string_view::npos && WordCount(t.substr(0, cut)) <= max_words)
    t = t.substr(0, cut);
  if (!t.empty() && t.back() == ':') t.remove_suffix(1);
  if (WordCount(t) > max_words) return "";
  return CleanItem(t);
}

bool EndsSentence(std::string_view text) {
  if (text.empty()) return false;
  char last = text.back();
  if (last == '?' || last == '!') return true;
  if (last != '.') return false;
  // "Acme Inc." and "U.S." end in a period without ending a sentence.
  std::string cleaned = CleanItem(text);
  return !cleaned.empty() && cleaned.back() != '.';
}

// A heading that reads as a name ("Clinics", "Acme Corp.") rather than a
// claim about one ("Soft Chews Dominate Through Compliance Engineering").
bool ReadsAsName(std::string_view text) {
  static const WordSet kClaimWords = {
      "through", "dominate", "dominates", "dominated", "dominating", "lead",       "leads",
      "leading", "drive",    "drives",    "driving",   "gain",       "gains",      "hold",
      "holds",   "remain",   "remains",   "emerge",    "emerges",    "accelerate", "accelerates",
      "grow",    "grows",    "growing",   "continue",  "continues",  "expand",     "expands",
      "rise",    "rises",    "surge",     "surges",    "fuel",       "fuels",      "take",
      "takes",   "capture",  "captures",  "see",       "sees",       "show",       "shows",
      "is",      "are",      "was",       "were",      "will",       "why",        "how",
      "what",    "amid",     "despite",   "via",       "boost",      "boosts",     "spur",
      "spurs",   "set",      "poised",    "witness",   "witnesses",  "account",    "accounts",
      "outpace", "outpaces", "fastest",   "largest",   "biggest",    "share",      "cagr",
      "revenue", "growth",   "demand",    "adoption",  "market"};
  if (text.empty() || EndsSentence(text) || text.find('?') != std::string_view::npos ||
      text.find('%') != std::string_view::npos || WordCount(text) > kMaxSubheadingWords) {
    return false;
  }
  std::string lower = AsciiLower(text);
  std::size_t start = 0;
  for (std::size_t i = 0; i <= lower.size(); ++i) {
    if (i < lower.size() && std::isalnum(static_cast<unsigned char>(lower[i]))) continue;
    if (i > start && kClaimWords.Contains(std::string_view(lower).substr(start, i - start)))
      return false;
    start = i + 1;
  }
  return true;
}

struct OpenSection {
  int index;
  int base_rank;  // the rank of its shape, before nesting under a sibling
  bool items_seen = false;
  bool collecting = true;  // items are still being read
  int prose = 0;           // prose blocks read before the first item
};

class SectionBuilder {
 public:
  explicit SectionBuilder(Document* doc) : doc_(doc), sections_(doc->sections) {}

  void Build();

 private:
  // The heading a block opens, if any: fills shape, rank and topic.
  bool OpensSection(int block, Section* s, std::string* inline_items) const;
  void Open(int block, Section s, const std::string& inline_items);
  // Reads block `b` as part of the innermost open section, closing a lead
  // line's section where prose follows its list.
  void Read(int b);
  // Adds the items block `b` holds to `s`; false when the block is prose.
  bool ReadItems(int b, Section* s);
  void AddItem(Section* s, int block, ItemShape shape, std::string text);
  int Top() const { return stack_.empty() ? 0 : stack_.back().index; }
  bool InOutline() const;

  Document* doc_;
  std::vector<Section>& sections_;
  std::vector<OpenSection> stack_;
};

bool SectionBuilder::InOutline() const {
  for (const OpenSection& o : stack_) {
    SectionTopic t = sections_[o.index].topic;
    if (t == SectionTopic::kOutline || t == SectionTopic::kBoilerplate) return true;
  }
  return false;
}

bool SectionBuilder::OpensSection(int index, Section* s, std::string* inline_items) const {
  const Block& b = doc_->blocks[index];
  inline_items->clear();
  s->heading = index;
  if (b.kind == BlockKind::kHeading) {
    switch (b.heading_shape) {
      case HeadingShape::kBold:
        s->shape = SectionHeadingShape::kBold;
        s->rank = kRankBold;
        break;
      case HeadingShape::kMarkdown:
        s->shape = SectionHeadingShape::kMarkdown;
        s->rank = b.level * 10;
        break;
      default:
        s->shape = SectionHeadingShape::kElement;
        s->rank = b.level * 10;
        break;
    }
    std::string_view text = b.text;
    // "<b>By Type: Hardware, Software</b>" carries its items.
    std::size_t colon = text.find(": ");
    if (colon != std::string_view::npos && WordCount(text.substr(0, colon)) <= 5) {
      std::string dim;
      if (IsListTopic(ClassifyHeading(text.substr(0, colon + 1), &dim))) {
        *inline_items = std::string(text.substr(colon + 2));
        text = text.substr(0, colon + 1);
      }
    }
    // "Primary Target Market: Mid-Market Firms" is headed by its label.
    std::size_t label = text.find(": ");
    bool labelled = label != std::string_view::npos && WordCount(text.substr(0, label)) <= 5;
    s->heading_text = CleanHeading(text);
    s->topic = ClassifyHeading(labelled ? text.substr(0, label) : text, &s->dimension);
    return true;
  }
  if (b.kind != BlockKind::kParagraph && b.kind != BlockKind::kListItem) return false;
  std::string_view text = b.text;
  bool numbered = std::isdigit(static_cast<unsigned char>(text[0])) != 0;
  char last = text.back();
  // Most blocks are prose: a label before a colon is short, and a heading
  // or lead line is at most kMaxLeadLineWords words, so long blocks are
  // only looked at near their start.
  constexpr std::size_t kLabelBytes = 80;
  constexpr std::size_t kLeadLineBytes = 400;
  int words =
      text.size() <= kLeadLineBytes ? WordCount(text, kMaxLeadLineWords) : kMaxLeadLineWords + 1;
  // "Key players: A, B and C", "By Type: Hardware, Software".
  std::size_t colon = text.substr(0, kLabelBytes).find(':');
  if (colon != std::string_view::npos && colon + 1 < text.size() &&
      WordCount(text.substr(0, colon), 5) <= 5) {
    std::string dim;
    SectionTopic topic = ClassifyHeading(text.substr(0, colon + 1), &dim);
    if (IsListTopic(topic)) {
      s->shape = SectionHeadingShape::kLeadLine;
      s->rank = kRankLeadLine;
      s->heading_text = CleanHeading(text.substr(0, colon));
      s->topic = topic;
      s->dimension = dim;
      *inline_items = std::string(Trim(text.substr(colon + 1)));
      return true;
    }
  }
  if (b.kind != BlockKind::kParagraph || b.table >= 0) return false;
  if ((last == ':' || last == ';') && words <= kMaxLeadLineWords) {
    s->topic = ClassifyHeading(text, &s->dimension);
    // "Hospitals;" is an item of a semicolon list, not a heading.
    if (last == ';' && s->topic == SectionTopic::kNone) return false;
    s->shape = SectionHeadingShape::kLeadLine;
    s->rank = kRankLeadLine;
    s->heading_text = CleanHeading(text);
    return true;
  }
  // A line of its own that names a section: "Key Players", "1.2 By Type",
  // "Table of Contents" in a plain-text page.
  if (words > kMaxShortHeadingWords || EndsSentence(text)) return false;
  SectionTopic topic = ClassifyHeading(text, &s->dimension);
  if (topic == SectionTopic::kNone) return false;
  if (numbered) {
    // "5.1 By Type" over "5.1.1 Hardware" is a table of contents.
    std::size_t next = static_cast<std::size_t>(index) + 1;
    if (next < doc_->blocks.size() && !doc_->blocks[next].text.empty() &&
        std::isdigit(static_cast<unsigned char>(doc_->blocks[next].text[0]))) {
      return false;
    }
    int depth = 1;
    for (std::size_t i = 0;
         i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == '.');
         ++i) {
      depth += text[i] == '.' && i + 1 < text.size() &&
               std::isdigit(static_cast<unsigned char>(text[i + 1]));
    }
    s->shape = SectionHeadingShape::kNumbered;
    s->rank = kRankNumbered + depth;
  } else {
    s->shape = SectionHeadingShape::kLeadLine;
    s->rank = kRankLeadLine;
  }
  s->topic = topic;
  s->heading_text = CleanHeading(text);
  return true;
}

void SectionBuilder::AddItem(Section* s, int block, ItemShape shape, std::string text) {
  bool has_alnum = false;
  for (char c : text) has_alnum = has_alnum || std::isalnum(static_cast<unsigned char>(c));
  if (!has_alnum || IsCallToAction(text)) return;
  s->items.push_back({block, shape, std::move(text)});
}

void SectionBuilder::Open(int block, Section s, const std::string& inline_items) {
  bool names_nothing = s.topic == SectionTopic::kNone;
  // Bold headings and lead lines carry no level: one that names nothing
  // right under one of the same shape that names a list is its child ("End
  // Users" / "Clinics"), and so is a dimension under the segmentation that
  // names none ("Market Segmentation" / "By Type").
  bool levelless =
      s.shape == SectionHeadingShape::kBold || s.shape == SectionHeadingShape::kLeadLine;
  int base_rank = s.rank;
  while (!stack_.empty()) {
    const Section& top = sections_[stack_.back().index];
    if (top.rank < base_rank) break;
    bool narrows = s.topic == SectionTopic::kSegments && !s.dimension.empty() &&
                   top.topic == SectionTopic::kSegments && top.dimension.empty();
    if (levelless && stack_.back().base_rank == base_rank &&
        ((names_nothing && IsListTopic(top.topic)) || narrows)) {
      s.rank = top.rank + 1;
      break;
    }
    stack_.pop_back();
  }
  s.parent = Top();
  Section& parent = sections_[s.parent];
  if (names_nothing && IsListTopic(parent.topic) && ReadsAsName(s.heading_text)) {
    AddItem(&parent, block, ItemShape::kSubheading, CleanItem(s.heading_text));
  }
  // A dimension named above ("Market Segmentation" / "By Type") and a topic
  // inherited by a heading that only narrows it ("Segmentation" / "Type").
  if (s.topic == SectionTopic::kSegments && s.dimension.empty() &&
      parent.topic == SectionTopic::kSegments) {
    s.dimension = parent.dimension;
  }
  sections_.push_back(std::move(s));
  int index = static_cast<int>(sections_.size()) - 1;
  doc_->blocks[block].in_section = index;
  stack_.push_back({index, base_rank});
  Section& opened = sections_[index];
  if (!inline_items.empty() && IsListTopic(opened.topic)) {
    // "Key players: A, B and C are recognised leaders ...": the list ends
    // where the sentence resumes.
    for (std::string& item : SplitListItems(inline_items, opened.topic != SectionTopic::kPlayers)) {
      std::string lower = AsciiLower(item);
      if (WordCount(item) > kMaxItemWords ||
          HasAny(lower, {" are ", " is ", " was ", " were ", " has ", " have "})) {
        break;
      }
      AddItem(&opened, block, ItemShape::kInline, std::move(item));
    }
    stack_.back().items_seen = true;
    // "By Type: A, B, C" on a line of its own is complete.
    if (opened.shape == SectionHeadingShape::kLeadLine) stack_.pop_back();
  }
}

bool SectionBuilder::ReadItems(int index, Section* s) {
  const Block& b = doc_->blocks[index];
  std::size_t before = s->items.size();
  if (b.table >= 0) {
    // A layout table holding the whole section in one cell is read like
    // the page; in a data table the first cell of each row names it.
    const Block* h = s->heading >= 0 ? &doc_->blocks[s->heading] : nullptr;
    bool same_cell = h && h->table == b.table && h->row == b.row && h->column == b.column;
    if (!same_cell) {
      if (b.column == 0 && b.row > 0)
        AddItem(s, index, ItemShape::kTableCell, ItemHead(b.text, kMaxItemWords));
      return true;  // a table is no prose
    }
  }
  if (b.kind == BlockKind::kListItem) {
    // A sentence in a list is a description (<dd>, a bullet of reasons).
    int words = WordCount(b.text, kMaxItemWords);
    if (words >= 4 && EndsSentence(b.text) && b.text.find(": ") == std::string::npos) return true;
    AddItem(s, index, ItemShape::kListItem, ItemHead(b.text, kMaxItemWords));
    return s->items.size() > before || words <= kMaxItemWords;
  }
  if (b.kind != BlockKind::kParagraph) return false;
  if (b.bold_lead > 0 && b.bold_lead < b.text.size()) {
    std::string lead = CleanHeading(std::string_view(b.text).substr(0, b.bold_lead));
    if (!lead.empty() && WordCount(lead) <= kMaxSubheadingWords) {
      AddItem(s, index, ItemShape::kBoldLead, CleanItem(lead));
      return true;
    }
  }
  // "Hospitals, Clinics, Ambulatory Surgical Centers": a list on one line.
  constexpr int kMaxListLineWords = 60;
  int words = WordCount(b.text, kMaxListLineWords);
  if (words <= kMaxListLineWords && b.text.find_first_of(",;") != std::string::npos &&
      b.text.find(". ") == std::string::npos) {
    std::vector<std::string> pieces = SplitListItems(b.text, s->topic != SectionTopic::kPlayers);
    // "Rigid led in 2024, as shown below." is a sentence, not a list.
    bool list = pieces.size() >= (EndsSentence(b.text) ? 3u : 2u);
    for (const std::string& p : pieces) list = list && WordCount(p) <= 5;
    if (list) {
      for (std::string& p : pieces) AddItem(s, index, ItemShape::kListPiece, std::move(p));
      return true;
    }
  }
  if (words <= kMaxItemWords && !EndsSentence(b.text)) {
    AddItem(s, index, ItemShape::kLine, CleanItem(b.text));
    return true;
  }
  // "Hospitals: the largest end user ..." names its item first.
  std::size_t colon = std::string_view(b.text).substr(0, 60).find(": ");
  if (colon != std::string::npos && colon > 0 &&
      WordCount(std::string_view(b.text).substr(0, colon), 4) <= 4 &&
      std::isupper(static_cast<unsigned char>(b.text[0]))) {
    AddItem(s, index, ItemShape::kBoldLead, CleanItem(std::string_view(b.text).substr(0, colon)));
    return true;
  }
  return false;
}

void SectionBuilder::Read(int index) {
  for (;;) {
    int top = Top();
    doc_->blocks[index].in_section = top;
    if (stack_.empty()) return;
    Section& s = sections_[top];
    bool lead =
        s.shape == SectionHeadingShape::kLeadLine || s.shape == SectionHeadingShape::kNumbered;
    OpenSection& open = stack_.back();
    if (!open.collecting || (!IsListTopic(s.topic) && !lead)) return;
    // A lead line that names nothing still owns the list right under it
    // ("Demand is driven by:"), so its end is found the same way; its
    // items are not kept.
    Section scratch;
    Section* target = IsListTopic(s.topic) ? &s : &scratch;
    target->heading = s.heading;
    if (ReadItems(index, target)) {
      open.items_seen = true;
      return;
    }
    // Prose after the items ends the list; a lead line's section ends with
    // it, and the block is read again as part of the enclosing section.
    int intro_lines = !IsListTopic(s.topic) ? 0 : s.topic == SectionTopic::kRegions ? 3 : 2;
    if (open.items_seen || ++open.prose > intro_lines) {
      open.collecting = false;
      if (lead) {
        stack_.pop_back();
        continue;
      }
    }
    return;
  }
}

void SectionBuilder::Build() {
  sections_.clear();
  sections_.push_back(Section());
  stack_.clear();
  for (int i = 0; i < static_cast<int>(doc_->blocks.size()); ++i) {
    Section s;
    std::string inline_items;
    Block& b = doc_->blocks[i];
    // Inside a table of contents or a related-reports list only a real
    // heading opens a section.
    bool outline = InOutline();
    if ((!outline || b.kind == BlockKind::kHeading) && OpensSection(i, &s, &inline_items)) {
      // An entry of the outline that is a heading in its own right stays in
      // the outline ("<b>By Type</b>" inside a table of contents).
      // A heading of the same or an outer rank ends it, except a numbered
      // one in a table of contents: bold entries carry no level, and "9
      // Competitive Landscape (Page No. - 81)" is an entry.
      const Section& enclosing = sections_[Top()];
      bool numbered_entry = enclosing.topic == SectionTopic::kOutline &&
                            std::isdigit(static_cast<unsigned char>(b.text[0])) &&
                            s.shape != SectionHeadingShape::kElement &&
                            s.shape != SectionHeadingShape::kMarkdown;
      bool ends_outline = s.rank < enclosing.rank || (s.rank == enclosing.rank && !numbered_entry);
      if (outline && !ends_outline && s.topic != SectionTopic::kOutline) {
        b.in_section = Top();
        continue;
      }
      Open(i, std::move(s), inline_items);
      continue;
    }
    Read(i);
  }
}

}  // namespace

void BuildSections(Document* doc) { SectionBuilder(doc).Build(); }

}  // namespace marketclaims
