// The players finder's table readers: company columns, labelled rows, and
// markdown pipe tables pasted as text.
#include <string>
#include <string_view>
#include <vector>

#include "base/text_util.h"
#include "extract/list_items.h"
#include "extract/players_internal.h"

namespace marketclaims {
namespace players_internal {
namespace {

bool IsCompanyColumnHeader(std::string_view text) {
  std::string lower = AsciiLower(Trim(text));
  for (std::string_view h :
       {"company", "company name", "companies", "player", "players", "key player", "key players",
        "manufacturer", "manufacturers", "vendor", "vendors", "key companies"}) {
    if (lower == h) return true;
  }
  return false;
}

// A table cell under a company column: one name or a list of them
// ("Keyence, Omron, Sick"), with wiki-link brackets ("[[Keyence]]").
void AddCell(std::string_view cell, PlayerCollector* players) {
  std::string text;
  for (std::size_t i = 0; i < cell.size(); ++i) {
    if ((cell[i] == '[' || cell[i] == ']') && i + 1 < cell.size() && cell[i + 1] == cell[i]) {
      ++i;
      continue;
    }
    text.push_back(cell[i]);
  }
  if (text.find(',') == std::string::npos && text.find(';') == std::string::npos) {
    players->Add(text);
    return;
  }
  for (const std::string& item : SplitListItems(text, false)) {
    for (std::string_view name : NameParts(item)) players->Add(name);
  }
}

// The cells of a markdown table row pasted as text: "| A | B, C |".
std::vector<std::string_view> PipeCells(std::string_view row) {
  std::vector<std::string_view> cells;
  row = Trim(row);
  if (row.size() < 2 || row.front() != '|' || row.back() != '|') return cells;
  row = row.substr(1, row.size() - 2);
  for (std::size_t start = 0;;) {
    std::size_t bar = row.find('|', start);
    cells.push_back(Trim(row.substr(start, bar == std::string_view::npos ? bar : bar - start)));
    if (bar == std::string_view::npos) break;
    start = bar + 1;
  }
  return cells;
}

}  // namespace

// Companies in markdown tables pasted as text, one paragraph per row: the
// column headed "Players" / "Key Players" / "Company" lists them.
void PipeTablePlayers(const Document& doc, PlayerCollector* players) {
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    if (b.table >= 0 || b.text.empty() || b.text[0] != '|') continue;
    std::vector<std::string_view> header = PipeCells(b.text);
    std::size_t column = header.size();
    for (std::size_t c = 0; c < header.size(); ++c) {
      if (IsCompanyColumnHeader(header[c]) || IsPlayerLabel(header[c])) column = c;
    }
    if (column == header.size()) continue;
    std::vector<std::string_view> column_cells;
    std::size_t figures = 0;
    std::size_t j = i + 1;
    for (; j < doc.blocks.size(); ++j) {
      std::vector<std::string_view> cells = PipeCells(doc.blocks[j].text);
      if (cells.empty()) break;
      if (column < cells.size() && !cells[column].empty() &&
          cells[column].find("---") == std::string_view::npos) {
        column_cells.push_back(cells[column]);
        unsigned char first = static_cast<unsigned char>(cells[column][0]);
        figures += std::isdigit(first) || first == '$' || first == '~';
      }
    }
    i = j - 1;
    // "| Segment | Companies |" with "680K" below counts companies.
    if (figures * 2 > column_cells.size()) continue;
    for (std::string_view cell : column_cells) AddCell(cell, players);
  }
}

// Companies in tables: a column headed "Company", or a row labelled "Key
// companies profiled" whose next cell lists them.
void TablePlayers(const Scan& scan, const Rules& rules, PlayerCollector* players) {
  const Document& doc = *scan.doc;
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    if (b.table < 0) continue;
    if (b.row == 0 && IsCompanyColumnHeader(b.text)) {
      std::vector<std::string_view> cells;
      std::size_t figures = 0;
      for (std::size_t j = i + 1; j < doc.blocks.size() && doc.blocks[j].table == b.table; ++j) {
        const Block& cell = doc.blocks[j];
        if (cell.row == 0 || cell.column != b.column || cell.text.empty()) continue;
        cells.push_back(cell.text);
        unsigned char first = static_cast<unsigned char>(cell.text[0]);
        figures += std::isdigit(first) || first == '$' || first == '~';
      }
      // "| Segment | Companies |" with "680K" below counts companies.
      if (figures * 2 <= cells.size()) {
        for (std::string_view cell : cells) AddCell(cell, players);
      }
      continue;
    }
    bool labels_players = false;
    for (std::size_t s = scan.first_sentence[i]; s < scan.first_sentence[i + 1]; ++s) {
      labels_players |= rules.Confirms(scan.sentences[s], kRulePlayerIntro);
    }
    if (b.column == 0 && labels_players && i + 1 < doc.blocks.size()) {
      const Block& next = doc.blocks[i + 1];
      if (next.table == b.table && next.row == b.row && next.column == 1) {
        for (const std::string& item : SplitListItems(next.text, true)) players->Add(item);
      }
    }
  }
}

}  // namespace players_internal
}  // namespace marketclaims
