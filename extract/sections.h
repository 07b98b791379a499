// Sections: the page read as headings over items. A report page says what
// its lists are in the heading above them ("Key Players", "By Distribution
// Channel:", "Regional Analysis", "FAQ", "Table of Contents"), so every
// list-shaped claim family reads its values from here instead of matching
// one phrasing per family.
//
// Headings are found in every shape pages use: <h1>-<h6>, bold-only
// paragraphs, "## X" and "**X**" pasted as text, numbered headings ("1.2 By
// Type"), and lead lines: a line that ends in a colon or semicolon ("By
// Type:", "The key players are:") or names a dimension before its items
// ("By Type: A, B, C").
//
// Items come in every shape pages use: <ul>/<ol> items, <br>-separated or
// one-per-paragraph short lines, comma and semicolon lists, the first cell
// of each table row, definition-list terms, "Name: description" lines, a
// bold lead ("<b>Hospitals</b> account for ..."), and short sub-headings
// each followed by a paragraph ("<b>Clinics</b><p>Clinics are ...").
//
// Sections nest: a heading closes the open sections of its rank and deeper
// (h2 over h3 over bold over numbered over lead lines). A bold heading that
// names nothing right after a bold heading that names a list ("<b>End
// Users</b>" then "<b>Clinics</b>") is its child, since bold headings carry
// no level. A lead line's section ends where prose follows its items; the
// blocks after it belong to the enclosing section again. Inside a table of
// contents or a related-reports list nothing opens a section: its entries
// are outline, not values.
#ifndef MARKETCLAIMS_EXTRACT_SECTIONS_H_
#define MARKETCLAIMS_EXTRACT_SECTIONS_H_

#include <string>
#include <string_view>
#include <vector>

namespace marketclaims {

struct Document;

// What a heading says its items are.
enum class SectionTopic {
  kNone,      // nothing known ("Market Overview" is kAnalysis; "Acme Corp." is kNone)
  kPlayers,   // "Key Players", "Competitive Landscape", "Company Profiles"
  kSegments,  // "Market Segmentation", "By Type", "End User Outlook"
  kRegions,   // "Regional Analysis", "By Geography", "Regions Covered"
  kFaq,       // "FAQ", "Frequently Asked Questions", "Key Questions Answered"
  kAnalysis,  // "Drivers", "Porter's Five Forces", "Conclusion": prose, its bullets are no values
  kOutline,   // "Table of Contents": entries name sections, not values
  kBoilerplate,  // "Related Reports", "Pricing", "Why Choose Us", navigation, calls to action
};

const char* SectionTopicName(SectionTopic topic);

// True for the topics whose items are claims (players, segments, regions).
inline bool IsListTopic(SectionTopic t) {
  return t == SectionTopic::kPlayers || t == SectionTopic::kSegments || t == SectionTopic::kRegions;
}

enum class SectionHeadingShape {
  kPageStart,  // sections[0]: no heading
  kElement,    // <h1>-<h6>
  kBold,       // bold-only paragraph or "**X**" pasted as text
  kMarkdown,   // "## X" pasted as text
  kNumbered,   // "1.2 By Type" on a line of its own
  kLeadLine,   // "By Type:", "Key players include:", "By Type: A, B, C"
};

enum class ItemShape {
  kListItem,    // <li>, <dt>, "- x" / "• x" lines (text before a ": description")
  kLine,        // a short line of its own (<br>-separated, one per <p>)
  kListPiece,   // one piece of a comma or semicolon list
  kTableCell,   // the first cell of a table row below the header row
  kBoldLead,    // the bold words opening a paragraph, or "Name: description"
  kSubheading,  // a short child heading that names nothing ("<b>Clinics</b>")
  kInline,      // after the colon of a lead line ("By Type: A, B, C")
};

struct SectionItem {
  int block;  // the block it was read from
  ItemShape shape;
  std::string text;  // the item, cleaned of bullets, numbering and end punctuation
};

struct Section {
  int heading = -1;  // block index of the heading, -1 for the page start
  SectionHeadingShape shape = SectionHeadingShape::kPageStart;
  // Nesting rank: lower is outer (h1 10 ... h6 60, bold 65, numbered 70+,
  // lead lines 80).
  int rank = 0;
  int parent = -1;           // index into Document::sections, -1 for none
  std::string heading_text;  // numbering, "By X:" colon and bullets removed
  SectionTopic topic = SectionTopic::kNone;
  // For kSegments: "type", "application" or the page's own dimension
  // ("deployment"); "" when the heading names none ("Market Segmentation").
  // For kRegions: "region".
  std::string dimension;
  // Items, in reading order, only for list topics (IsListTopic). A child
  // section's items are its own, not its parent's.
  std::vector<SectionItem> items;
};

// What a heading's text says its items are; `*dimension` gets the dimension
// for kSegments ("type", "application", own, or "") and "region" for
// kRegions. `text` is the heading as written, numbering included.
SectionTopic ClassifyHeading(std::string_view text, std::string* dimension);

// True when `text` is a call to action ("Get Price Break Up Now", "Request
// a Free Sample"), which is never a value.
bool IsCallToAction(std::string_view text);

// Builds doc->sections and sets every block's in_section. Linear in the
// number of blocks. REQUIRES: doc->blocks built (ParseHtml calls this).
void BuildSections(Document* doc);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_EXTRACT_SECTIONS_H_
