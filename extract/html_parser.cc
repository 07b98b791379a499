#include "extract/html_parser.h"

#include <gumbo.h>

#include <algorithm>
#include <memory>
#include <vector>

#include "base/text_util.h"
#include "extract/gazetteer.h"
#include "extract/parse_arena.h"

namespace marketclaims {
namespace {

// Pages up to this size are parsed into a ParseArena.
constexpr std::size_t kMaxArenaInputBytes = 4u << 20;

// A pseudo-heading (<p><strong>Key Players:</strong></p>) is short; a bold
// paragraph longer than this is emphasised prose.
constexpr std::size_t kMaxPseudoHeadingBytes = 120;

enum class ElementRole { kInline, kSkip, kBlock, kBreak };

ElementRole RoleOf(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_BUTTON:
      return ElementRole::kSkip;
    case GUMBO_TAG_BR:
    case GUMBO_TAG_HR:
      return ElementRole::kBreak;
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_FIELDSET:
      return ElementRole::kBlock;
    default:
      return ElementRole::kInline;
  }
}

int HeadingLevel(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_H1:
      return 1;
    case GUMBO_TAG_H2:
      return 2;
    case GUMBO_TAG_H3:
      return 3;
    case GUMBO_TAG_H4:
      return 4;
    case GUMBO_TAG_H5:
      return 5;
    case GUMBO_TAG_H6:
      return 6;
    default:
      return 0;
  }
}

bool IsBoldTag(GumboTag tag) { return tag == GUMBO_TAG_STRONG || tag == GUMBO_TAG_B; }

// Elements the HTML parser closes by itself; a pre-scan does not count them
// towards nesting depth. (A switch, not a word set: it runs on every tag.)
bool IsVoidOrSelfClosing(std::string_view name) {
  char buf[8];
  if (name.size() > sizeof buf) return false;
  for (std::size_t i = 0; i < name.size(); ++i) buf[i] = AsciiLowerChar(name[i]);
  std::string_view n(buf, name.size());
  switch (n.size()) {
    case 1:
      return n == "p";
    case 2:
      return n == "br" || n == "hr" || n == "li" || n == "td" || n == "th" || n == "tr" ||
             n == "dt" || n == "dd";
    case 3:
      return n == "col" || n == "img" || n == "wbr" || n == "!--";
    case 4:
      return n == "area" || n == "base" || n == "link" || n == "meta";
    case 5:
      return n == "embed" || n == "input" || n == "param" || n == "track";
    case 6:
      return n == "source" || n == "option";
    case 8:
      return n == "!doctype";
    default:
      return false;
  }
}

bool IsTagNameByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '!' ||
         c == '-';
}

// An upper estimate of element nesting, read without parsing. Gumbo's time
// grows quadratically with some deep nestings, so they are refused first.
int EstimateNesting(std::string_view html) {
  int depth = 0, max_depth = 0;
  for (std::size_t i = html.find('<'); i != std::string_view::npos; i = html.find('<', i + 1)) {
    std::size_t j = i + 1;
    bool closing = j < html.size() && html[j] == '/';
    if (closing) ++j;
    std::size_t k = j;
    while (k < html.size() && IsTagNameByte(html[k])) ++k;
    if (k == j) continue;
    std::string_view name = html.substr(j, k - j);
    if (IsVoidOrSelfClosing(name)) continue;
    if (closing) {
      if (depth > 0) --depth;
    } else {
      max_depth = std::max(max_depth, ++depth);
    }
  }
  return max_depth;
}

struct RawBlock {
  BlockKind kind;
  int level;
  bool bold;
  std::string text;
  std::size_t bold_lead = 0;
  HeadingShape heading_shape = HeadingShape::kNone;
  int table = -1, row = -1, column = -1;
};

// Walks the tree in document order, cutting text into blocks.
class BlockBuilder {
 public:
  explicit BlockBuilder(int max_depth) : max_depth_(max_depth) {}

  bool Walk(const GumboNode* root, std::string* error);
  std::vector<RawBlock>& blocks() { return blocks_; }
  std::string& title() { return title_; }
  std::vector<std::string>& structured_data() { return structured_data_; }

 private:
  struct Frame {
    const GumboNode* node;
    unsigned next_child;
  };

  void Enter(const GumboNode* node);
  void KeepStructuredData(const GumboNode* script);
  void Leave(const GumboNode* node);
  void AddText(std::string_view text);
  void Flush();

  int max_depth_;
  std::vector<RawBlock> blocks_;
  std::string title_;
  std::vector<std::string> structured_data_;
  std::string buf_;
  bool pending_space_ = false;
  std::size_t bold_bytes_ = 0;
  std::size_t text_bytes_ = 0;
  std::size_t bold_lead_ = 0;  // end of the leading bold run in buf_
  bool lead_open_ = true;      // no plain text seen yet in this block
  int bold_depth_ = 0;
  int list_item_depth_ = 0;
  int title_depth_ = 0;
  std::vector<int> heading_levels_;
  struct TableState {
    int id, row, column;
  };
  std::vector<TableState> tables_;
  int next_table_ = 0;
};

bool BlockBuilder::Walk(const GumboNode* root, std::string* error) {
  std::vector<Frame> stack;
  stack.push_back({root, 0});
  Enter(root);
  while (!stack.empty()) {
    Frame& top = stack.back();
    const GumboNode* node = top.node;
    const GumboVector* children =
        node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE
            ? &node->v.element.children
        : node->type == GUMBO_NODE_DOCUMENT ? &node->v.document.children
                                            : nullptr;
    bool skip = (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) &&
                RoleOf(node->v.element.tag) == ElementRole::kSkip;
    if (!children || skip || top.next_child >= children->length) {
      Leave(node);
      stack.pop_back();
      continue;
    }
    const GumboNode* child = static_cast<const GumboNode*>(children->data[top.next_child++]);
    switch (child->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA:
        AddText(child->v.text.text);
        break;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE:
        if (static_cast<int>(stack.size()) >= max_depth_) {
          *error = "HTML nests deeper than " + std::to_string(max_depth_) + " elements";
          return false;
        }
        Enter(child);
        stack.push_back({child, 0});
        break;
      default:  // comments, document nodes
        break;
    }
  }
  Flush();
  return true;
}

void BlockBuilder::Enter(const GumboNode* node) {
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) return;
  GumboTag tag = node->v.element.tag;
  ElementRole role = RoleOf(tag);
  if (role == ElementRole::kBlock || role == ElementRole::kBreak) Flush();
  if (IsBoldTag(tag)) ++bold_depth_;
  if (tag == GUMBO_TAG_LI || tag == GUMBO_TAG_DT || tag == GUMBO_TAG_DD) ++list_item_depth_;
  if (tag == GUMBO_TAG_TITLE) ++title_depth_;
  if (tag == GUMBO_TAG_SCRIPT) KeepStructuredData(node);
  if (int level = HeadingLevel(tag)) heading_levels_.push_back(level);
  if (tag == GUMBO_TAG_TABLE) tables_.push_back({next_table_++, -1, -1});
  if (!tables_.empty() && tag == GUMBO_TAG_TR) {
    ++tables_.back().row;
    tables_.back().column = -1;
  }
  if (!tables_.empty() && (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH)) ++tables_.back().column;
}

// A script's text is no block, but JSON-LD in it states the page's FAQ.
void BlockBuilder::KeepStructuredData(const GumboNode* script) {
  const GumboAttribute* type = gumbo_get_attribute(&script->v.element.attributes, "type");
  if (!type || !EqualsIgnoreCase(Trim(type->value), "application/ld+json")) return;
  if (structured_data_.size() >= kMaxStructuredData) return;
  const GumboVector& children = script->v.element.children;
  if (children.length != 1) return;
  const GumboNode* text = static_cast<const GumboNode*>(children.data[0]);
  if (text->type != GUMBO_NODE_TEXT && text->type != GUMBO_NODE_CDATA &&
      text->type != GUMBO_NODE_WHITESPACE) {
    return;
  }
  std::string_view json = text->v.text.text;
  if (json.size() <= kMaxStructuredDataBytes) structured_data_.emplace_back(json);
}

void BlockBuilder::Leave(const GumboNode* node) {
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) return;
  GumboTag tag = node->v.element.tag;
  ElementRole role = RoleOf(tag);
  if (role == ElementRole::kBlock) Flush();
  if (IsBoldTag(tag)) --bold_depth_;
  if (tag == GUMBO_TAG_LI || tag == GUMBO_TAG_DT || tag == GUMBO_TAG_DD) --list_item_depth_;
  if (tag == GUMBO_TAG_TITLE) --title_depth_;
  if (HeadingLevel(tag)) heading_levels_.pop_back();
  if (tag == GUMBO_TAG_TABLE && !tables_.empty()) tables_.pop_back();
}

void BlockBuilder::AddText(std::string_view text) {
  std::size_t added = AppendCollapsed(text, &buf_, &pending_space_);
  text_bytes_ += added;
  if (bold_depth_ > 0) {
    bold_bytes_ += added;
    if (lead_open_) bold_lead_ = buf_.size();
  } else if (added > 0) {
    lead_open_ = false;
  }
}

void BlockBuilder::Flush() {
  // AppendCollapsed never starts the buffer with a space, so offsets in
  // buf_ are offsets in the trimmed text.
  std::string text(Trim(buf_));
  bool bold = text_bytes_ > 0 && bold_bytes_ == text_bytes_;
  std::size_t lead = bold ? 0 : std::min(bold_lead_, text.size());
  buf_.clear();
  pending_space_ = false;
  bold_bytes_ = text_bytes_ = 0;
  bold_lead_ = 0;
  lead_open_ = true;
  if (text.empty()) return;
  if (title_depth_ > 0) {
    if (title_.empty()) title_ = text;
    return;
  }
  RawBlock block{BlockKind::kParagraph, 0, bold, std::move(text), lead};
  if (!tables_.empty() && tables_.back().row >= 0 && tables_.back().column >= 0) {
    block.table = tables_.back().id;
    block.row = tables_.back().row;
    block.column = tables_.back().column;
  }
  if (!heading_levels_.empty()) {
    block.kind = BlockKind::kHeading;
    block.level = heading_levels_.back();
    block.heading_shape = HeadingShape::kElement;
  } else if (list_item_depth_ > 0) {
    block.kind = BlockKind::kListItem;
  }
  blocks_.push_back(std::move(block));
}

// Company suffixes that templates split off into an item of their own
// ("Inc.", "Co., Ltd.").
bool IsLoneCompanySuffix(std::string_view text) {
  std::string t(Trim(text));
  t.erase(std::remove(t.begin(), t.end(), ','), t.end());
  return IsCompanySuffix(t);
}

// A fragment cut inside a tag starts with the tag's tail as text:
// `8; margin-top: 0pt;" data-mce-style="...">Acme is ...`. Drops it.
void DropCutTagTail(std::string* text) {
  std::size_t end = text->find("\">");
  if (end == std::string::npos) end = text->find("'>");
  if (end == std::string::npos) return;
  std::string_view head(text->data(), end);
  bool attribute_like =
      head.find('=') != std::string_view::npos || head.find(';') != std::string_view::npos;
  if (!attribute_like || head.find(". ") != std::string_view::npos ||
      head.find('<') != std::string_view::npos) {
    return;
  }
  text->erase(0, end + 2);
  *text = std::string(Trim(*text));
}

// Reads plain-text conventions (markdown headings, bullets, **bold**).
void ApplyTextConventions(RawBlock* block) {
  std::string& t = block->text;
  // The bold lead from markup is a prefix of the text; the edits below may
  // shorten or shift the text, so it is found again at the end.
  std::string markup_lead = t.substr(0, std::min(block->bold_lead, t.size()));
  bool markdown_lead = false;
  DropCutTagTail(&t);
  if (block->kind == BlockKind::kParagraph && !t.empty() && t[0] == '#') {
    std::size_t n = t.find_first_not_of('#');
    if (n != std::string::npos && n <= 6 && t[n] == ' ') {
      block->kind = BlockKind::kHeading;
      block->level = static_cast<int>(n);
      block->heading_shape = HeadingShape::kMarkdown;
      t.erase(0, n + 1);
    }
  }
  static constexpr std::string_view kBullets[] = {
      "- ", "* ", "\xE2\x80\xA2 ", "\xC2\xB7 ", "\xE2\x96\xAA ", "\xE2\x80\x93 ", "\xE2\x97\x8F "};
  for (std::string_view b : kBullets) {
    if (t.size() > b.size() && t.compare(0, b.size(), b) == 0) {
      if (block->kind == BlockKind::kParagraph) block->kind = BlockKind::kListItem;
      t.erase(0, b.size());
      break;
    }
  }
  if (t.find("**") != std::string::npos) {
    std::size_t close = t.compare(0, 2, "**") == 0 ? t.find("**", 2) : std::string::npos;
    if (t.size() > 4 && close == t.size() - 2) {
      block->bold = true;
    } else if (close != std::string::npos && close > 2) {
      block->bold_lead = close - 2;  // "**Name** is ..." once the markers go
      markdown_lead = true;
    }
    std::string out;
    out.reserve(t.size());
    for (std::size_t i = 0; i < t.size(); ++i) {
      if (t[i] == '*' && i + 1 < t.size() && t[i + 1] == '*') {
        ++i;
        continue;
      }
      out.push_back(t[i]);
    }
    t = std::string(Trim(out));
  }
  if (!markdown_lead) {
    markup_lead.erase(std::remove(markup_lead.begin(), markup_lead.end(), '*'), markup_lead.end());
    std::string_view lead = Trim(markup_lead);
    block->bold_lead = !lead.empty() && t.compare(0, lead.size(), lead) == 0 ? lead.size() : 0;
  }
  block->bold_lead = std::min(block->bold_lead, t.size());
}

// A row of a table pasted as text: "| Component | Solutions, Services |".
bool IsPipeRow(const RawBlock& block) {
  const std::string& t = block.text;
  return block.table < 0 && block.kind != BlockKind::kHeading && t.size() >= 3 &&
         t.front() == '|' && t.back() == '|';
}

// "|---|:---:|": the line under a pasted table's header.
bool IsPipeRule(std::string_view t) {
  return t.find_first_not_of("|-: ") == std::string_view::npos &&
         t.find('-') != std::string_view::npos;
}

// Cuts pipe rows into table cells, so a table pasted as text is read like
// a <table>: consecutive rows are one table, the rule line is dropped.
void SplitPipeTables(std::vector<RawBlock>* blocks) {
  int next_table = 0;
  for (const RawBlock& b : *blocks) next_table = std::max(next_table, b.table + 1);
  std::vector<RawBlock> out;
  out.reserve(blocks->size());
  bool in_table = false;
  int row = -1;
  for (RawBlock& b : *blocks) {
    if (!IsPipeRow(b)) {
      in_table = false;
      out.push_back(std::move(b));
      continue;
    }
    if (!in_table) {
      in_table = true;
      row = -1;
      ++next_table;
    }
    if (IsPipeRule(b.text)) continue;
    ++row;
    std::string_view t(b.text);
    t = t.substr(1, t.size() - 2);
    int column = 0;
    for (std::size_t start = 0; start <= t.size(); ++column) {
      std::size_t bar = t.find('|', start);
      if (bar == std::string_view::npos) bar = t.size();
      std::string_view cell = Trim(t.substr(start, bar - start));
      if (!cell.empty()) {
        RawBlock c{BlockKind::kParagraph, 0, false, std::string(cell)};
        c.table = next_table - 1;
        c.row = row;
        c.column = column;
        out.push_back(std::move(c));
      }
      start = bar + 1;
    }
  }
  *blocks = std::move(out);
}

bool IsPseudoHeading(const RawBlock& block) {
  if (block.kind != BlockKind::kParagraph || !block.bold) return false;
  if (block.text.size() > kMaxPseudoHeadingBytes) return false;
  char last = block.text.back();
  return last != '.' && last != ',' && last != ';';
}

}  // namespace

bool ParseHtml(std::string_view html, const ExtractLimits& limits, Document* doc,
               std::string* error) {
  *doc = Document();
  if (html.size() > limits.max_input_bytes) {
    *error = "page is " + std::to_string(html.size()) + " bytes, over the limit of " +
             std::to_string(limits.max_input_bytes);
    return false;
  }
  int nesting = EstimateNesting(html);
  if (nesting > limits.max_tree_depth) {
    *error = "HTML nests " + std::to_string(nesting) + " elements deep, over the limit of " +
             std::to_string(limits.max_tree_depth);
    return false;
  }
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // the error list is never read; don't build it
  // Ordinary pages parse into an arena, freed in one go; a huge page uses
  // malloc, since the arena does not reuse what Gumbo frees.
  ParseArena arena;
  bool use_arena = html.size() <= kMaxArenaInputBytes;
  if (use_arena) {
    options.allocator = &ParseArena::GumboAllocate;
    options.deallocator = &ParseArena::GumboDeallocate;
    options.userdata = &arena;
  }
  auto destroy = [&options, use_arena](GumboOutput* o) {
    if (o && !use_arena) gumbo_destroy_output(&options, o);
  };
  std::unique_ptr<GumboOutput, decltype(destroy)> output(
      gumbo_parse_with_options(&options, html.data(), html.size()), destroy);
  if (!output) {
    *error = "the HTML parser gave up on this page";
    return false;
  }
  // Gumbo may reopen formatting elements past the estimate; the walk keeps
  // its own bound.
  BlockBuilder builder(limits.max_tree_depth * 2 + 8);
  if (!builder.Walk(output->document, error)) return false;

  std::vector<RawBlock>& raw = builder.blocks();
  bool pipes = false;
  for (RawBlock& b : raw) {
    ApplyTextConventions(&b);
    pipes = pipes || IsPipeRow(b);
  }
  if (pipes) SplitPipeTables(&raw);
  std::vector<RawBlock> blocks;
  blocks.reserve(raw.size());
  for (RawBlock& b : raw) {
    if (b.text.empty()) continue;
    if (b.kind == BlockKind::kListItem && IsLoneCompanySuffix(b.text) && !blocks.empty() &&
        blocks.back().kind == BlockKind::kListItem) {
      std::string& prev = blocks.back().text;
      while (!prev.empty() && (prev.back() == ',' || prev.back() == ' ')) prev.pop_back();
      std::string suffix(Trim(b.text));
      while (!suffix.empty() && suffix.back() == ',') suffix.pop_back();
      prev += ", " + suffix;
      continue;
    }
    if (IsPseudoHeading(b)) {
      b.kind = BlockKind::kHeading;
      b.level = 6;
      b.heading_shape = HeadingShape::kBold;
    }
    blocks.push_back(std::move(b));
  }

  doc->title = builder.title();
  doc->structured_data = std::move(builder.structured_data());
  int section = -1;
  for (RawBlock& b : blocks) {
    if (doc->title.empty() && b.kind == BlockKind::kHeading && b.level == 1) doc->title = b.text;
    Block block;
    block.kind = b.kind;
    block.level = b.level;
    block.heading_shape = b.heading_shape;
    block.bold = b.bold;
    block.bold_lead = b.bold_lead;
    block.table = b.table;
    block.row = b.row;
    block.column = b.column;
    block.offset = doc->text.size();
    if (b.kind == BlockKind::kHeading) {
      section = static_cast<int>(doc->blocks.size());
    } else {
      block.section = section;
    }
    if (!doc->text.empty()) {
      doc->text.push_back('\n');
      ++block.offset;
    }
    doc->text += b.text;
    block.text = std::move(b.text);
    doc->blocks.push_back(std::move(block));
  }
  if (doc->title.empty() && !doc->blocks.empty() && doc->blocks[0].text.size() <= 200) {
    doc->title = doc->blocks[0].text;
  }
  BuildSections(doc);
  return true;
}

}  // namespace marketclaims
