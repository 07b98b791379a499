// Document: the clean, flat model of a market-report page that the rules
// read. It owns copies of everything it needs; nothing points into the parse
// tree, which is freed once the model is built.
//
// Invariants:
//  - blocks are in reading order and their text is UTF-8, entities decoded,
//    whitespace collapsed to single spaces, no leading or trailing space;
//  - text == the block texts joined by '\n', and blocks[i].offset is where
//    block i starts in text, so an offset found in a block maps to the page;
//  - section is the index of the nearest heading block above, or -1;
//  - sections (see sections.h) cover every block: blocks[i].in_section is
//    the section holding block i (for a heading, the one it opens).
#ifndef MARKETCLAIMS_EXTRACT_DOCUMENT_H_
#define MARKETCLAIMS_EXTRACT_DOCUMENT_H_

#include <cstddef>
#include <string>
#include <vector>

#include "extract/sections.h"

namespace marketclaims {

enum class BlockKind {
  kTitle,      // <title> or the first <h1>
  kHeading,    // <h1>-<h6>, or a paragraph that is wholly bold and short
  kParagraph,  // <p>, <div> text, <blockquote>, <td>
  kListItem,   // <li>, <dt>, <dd>, or a "- " / "• " line
};

// How a heading block was written. Markup headings are kElement; the rest
// are conventions the parser reads from text and emphasis.
enum class HeadingShape {
  kNone,      // not a heading
  kElement,   // <h1>-<h6>
  kBold,      // a short paragraph wholly in <strong>/<b>, or "**X**" pasted as text
  kMarkdown,  // "## X" pasted as text
};

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  int level = 0;  // heading level 1-6 (bold pseudo-headings are 6)
  HeadingShape heading_shape = HeadingShape::kNone;
  int section = -1;     // index of the heading block above, -1 for none
  int in_section = -1;  // index into Document::sections
  bool bold = false;    // the whole block is inside <strong>/<b>
  // Bytes of text at the start of the block that are bold while the rest is
  // not ("<strong>Acme Corp.</strong> is a leading ..."); 0 otherwise.
  std::size_t bold_lead = 0;
  // For text in a table cell: which table (numbered in reading order), row
  // and column; -1 outside tables.
  int table = -1;
  int row = -1;
  int column = -1;
  std::size_t offset = 0;
  std::string text;
};

constexpr std::size_t kMaxStructuredData = 16;
constexpr std::size_t kMaxStructuredDataBytes = 256 * 1024;

struct Document {
  std::string title;
  std::vector<Block> blocks;
  std::string text;
  // The page as headings over items, in reading order; sections[0] is the
  // page start (the blocks before the first heading). Built by BuildSections.
  std::vector<Section> sections;
  // The text of each <script type="application/ld+json"> (schema.org
  // structured data such as an FAQPage), as written; at most
  // kMaxStructuredData scripts of at most kMaxStructuredDataBytes each.
  std::vector<std::string> structured_data;

  const Section& SectionOf(int block) const { return sections[blocks[block].in_section]; }
};

const char* BlockKindName(BlockKind kind);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_EXTRACT_DOCUMENT_H_
