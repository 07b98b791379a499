// Document: the clean, flat model of a market-report page that the rules
// read. It owns copies of everything it needs; nothing points into the parse
// tree, which is freed once the model is built.
//
// Invariants:
//  - blocks are in reading order and their text is UTF-8, entities decoded,
//    whitespace collapsed to single spaces, no leading or trailing space;
//  - text == the block texts joined by '\n', and blocks[i].offset is where
//    block i starts in text, so an offset found in a block maps to the page;
//  - section is the index of the nearest heading block above, or -1.
#ifndef MARKETCLAIMS_EXTRACT_DOCUMENT_H_
#define MARKETCLAIMS_EXTRACT_DOCUMENT_H_

#include <cstddef>
#include <string>
#include <vector>

namespace marketclaims {

enum class BlockKind {
  kTitle,      // <title> or the first <h1>
  kHeading,    // <h1>-<h6>, or a paragraph that is wholly bold and short
  kParagraph,  // <p>, <div> text, <blockquote>, <td>
  kListItem,   // <li>
};

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  int level = 0;         // heading level 1-6 (bold pseudo-headings are 6)
  int section = -1;      // index of the heading block above, -1 for none
  bool bold = false;     // the whole block is inside <strong>/<b>
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

struct Document {
  std::string title;
  std::vector<Block> blocks;
  std::string text;
};

const char* BlockKindName(BlockKind kind);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_EXTRACT_DOCUMENT_H_
