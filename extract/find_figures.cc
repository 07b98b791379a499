// Finds market sizes and CAGRs. Money and rate rules locate the figures;
// the context patterns then read each figure's clause: whose figure it is
// (the market's, or a company's, segment's or region's), its year, and
// whether it is a forecast.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>
#include <vector>

#include "base/text_util.h"
#include "extract/amounts.h"
#include "extract/figure_mentions.h"
#include "extract/gazetteer.h"
#include "extract/market_names.h"
#include "extract/next_match.h"
#include "extract/rules.h"

namespace marketclaims {
namespace {

// A key-value value block holds the figure and little else ("USD 4.2
// Billion", "6.1%"): at most this many bytes besides the figure.
constexpr std::size_t kMaxKeyValueExtra = 12;

// "CAGR, 2026-2035" above "23.23%".
bool IsLabelledRate(const Document& doc, int block) {
  return block > 0 && doc.blocks[block].text.size() <= kMaxKeyValueExtra &&
         StartsWithIgnoreCase(doc.blocks[block - 1].text, "cagr");
}

int ParseYear(std::string_view s) {
  int y = 0;
  for (char c : s) y = y * 10 + (c - '0');
  return y;
}

// Removes every occurrence of the market name from `text`, so words inside
// it ("Asia Pacific Wound Care") do not read as a region or a company.
std::string WithoutMarketName(std::string_view text, const std::string& market) {
  std::string out(text);
  if (market.size() < 3) return out;
  std::string lower = AsciiLower(out);
  std::string name = AsciiLower(market);
  for (std::size_t p = lower.find(name); p != std::string::npos; p = lower.find(name, p + 1)) {
    for (std::size_t i = p; i < p + name.size(); ++i) out[i] = lower[i] = '_';
  }
  return out;
}

// The market a figure at `pos` of `sentence` is about when the sentence
// names another market than the page's ("... while the adjacent Edge AI
// software market reached $2 billion"); "" when it is the page's.
std::string ClaimMarket(std::string_view sentence, std::size_t pos, const Rules& rules,
                        const std::string& market) {
  if (market.empty()) return "";
  std::string named = MarketNamedNear(sentence, pos, rules.rule(kRuleMarketPhrase));
  if (named.empty() || SameMarketName(named, market)) return "";
  return named;
}

// "By type, the X segment held ..." and "By region, ..." lead-ins: the
// figures of such a sentence are a segment's or a region's.
bool IsSegmentSentence(std::string_view sentence) {
  if (!StartsWithIgnoreCase(sentence, "by ")) return false;
  // "By 2047, the market could approach ..." dates the figure.
  std::string_view rest = sentence.substr(3);
  if (!rest.empty() && std::isdigit(static_cast<unsigned char>(rest[0]))) return false;
  if (StartsWithIgnoreCase(rest, "the end of") || StartsWithIgnoreCase(rest, "end of"))
    return false;
  std::size_t comma = sentence.find(',');
  return comma != std::string_view::npos && comma < 40;
}

// Markup that opens a row or a bullet of a page pasted as text: "| ",
// "* ", "**", "- ".
std::string_view WithoutRowMarkup(std::string_view t) {
  std::size_t i = 0;
  while (i < t.size() &&
         (t[i] == '|' || t[i] == '*' || t[i] == '#' || t[i] == '-' || t[i] == ' ' || t[i] == '_')) {
    ++i;
  }
  return t.substr(i);
}

// A key-value row that labels its rate as the growth of the page's market:
// "CAGR: 19.1% (2026–2034)", "| CAGR (2025-2030) | 22.4% |", "**CAGR
// (2025–2032):** 7.1%".
bool IsCagrLabelRow(std::string_view sentence) {
  std::string_view t = WithoutRowMarkup(sentence);
  return StartsWithIgnoreCase(t, "cagr") || StartsWithIgnoreCase(t, "compound annual growth rate");
}

// The year a table row or label gives the figure at the end of `left`:
// "| 2024 | $83 billion" and "Market Size (2024) | USD 107.1 Million" as
// text, or an HTML row whose cell before the figure holds a year alone.
std::optional<int> RowYear(const Document& doc, int block, std::string_view left,
                           const RE2& row_year) {
  re2::StringPiece y;
  if (RE2::PartialMatch(left, row_year, &y)) return ParseYear(y);
  const Block& b = doc.blocks[block];
  if (b.table < 0 || block == 0 || !Trim(left).empty()) return std::nullopt;
  const Block& cell = doc.blocks[block - 1];
  std::string_view t = Trim(cell.text);
  bool year_alone = t.size() == 4 && (t[0] == '1' || t[0] == '2') &&
                    std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (cell.table != b.table || cell.row != b.row || !year_alone) return std::nullopt;
  return ParseYear(t);
}

// A year-by-year table is the market's when its heading says it is about
// the market or its size ("Market Size & Growth").
bool UnderSizeHeading(const Document& doc, const Block& b) {
  if (b.section < 0) return false;
  std::string lower = AsciiLower(doc.blocks[b.section].text);
  for (std::string_view w : {"market", "industry", "size"}) {
    if (lower.find(w) != std::string::npos) return true;
  }
  return false;
}

// Sentences that carry on from the one before: "It is expected to reach ...".
bool ContinuesPrevious(std::string_view sentence) {
  for (std::string_view lead :
       {"It ", "This ", "That ", "The figure ", "The value ", "The sector "}) {
    if (sentence.substr(0, lead.size()) == lead) return true;
  }
  return false;
}

// True when a region is the subject of the figure at the end of `left`:
// named at the start of the sentence or just before the figure.
bool MentionsRegion(std::string_view left, const RegionMatcher& regions) {
  constexpr std::size_t kSubjectWindow = 80;
  constexpr std::size_t kOpeningWindow = 40;
  if (left.size() <= kSubjectWindow) return regions.Contains(left);
  return regions.Contains(left.substr(0, kOpeningWindow)) ||
         regions.Contains(left.substr(left.size() - kSubjectWindow));
}

bool MentionsMarket(std::string_view sentence, const std::string& market) {
  std::string lower = AsciiLower(sentence);
  if (lower.find("market") != std::string::npos || lower.find("industry") != std::string::npos ||
      lower.find("sector") != std::string::npos) {
    return true;
  }
  if (market.size() < 3) return false;
  // The name on its own: "Dental implants" names a narrower market than
  // "Dental".
  std::string name = AsciiLower(market);
  for (std::size_t p = lower.find(name); p != std::string::npos; p = lower.find(name, p + 1)) {
    std::size_t end = p + name.size();
    if (end >= lower.size() || !std::isalnum(static_cast<unsigned char>(lower[end]))) {
      std::size_t next = lower.find_first_not_of(' ', end);
      if (next == end || next == std::string::npos ||
          !std::isalpha(static_cast<unsigned char>(lower[next]))) {
        return true;
      }
    }
  }
  return false;
}

// Position of the last match of `re` in `text`, or npos.
std::size_t LastMatch(std::string_view text, const RE2& re) {
  std::size_t last = std::string_view::npos;
  re2::StringPiece match;
  for (std::size_t from = 0; NextMatch(re, text, &from, &match);) last = match.data() - text.data();
  return last;
}

struct Clause {
  std::string_view left;   // from the previous figure (or sentence start)
  std::string_view right;  // to the next figure (or sentence end)
};

Clause ClauseOf(std::string_view sentence, const std::vector<Mention>& mentions, std::size_t i) {
  std::size_t lb = i > 0 ? mentions[i - 1].end : 0;
  std::size_t re = i + 1 < mentions.size() ? mentions[i + 1].begin : sentence.size();
  const Mention& m = mentions[i];
  return {sentence.substr(lb, m.begin - lb), sentence.substr(m.end, re - m.end)};
}

// The text a claim was read from and where it starts in Document::text.
struct Evidence {
  std::string_view text;
  std::size_t offset;
};

Evidence SentenceEvidence(const ScannedSentence& s) { return {s.text, s.offset}; }

// A key-value figure's evidence is its label and value together
// ("Revenue forecast in 2030\nUSD 51.5 billion").
Evidence LabelledEvidence(const Document& doc, int value_block) {
  const Block& label = doc.blocks[value_block - 1];
  const Block& value = doc.blocks[value_block];
  return {std::string_view(doc.text).substr(label.offset,
                                            value.offset + value.text.size() - label.offset),
          label.offset};
}

void AddSize(const Mention& m, double value, std::optional<int> year, Basis basis,
             const Evidence& evidence, const std::string& claim_market, Extraction* out) {
  MarketSize size;
  size.market = claim_market;
  size.value = value;
  size.unit = m.unit;
  size.currency = m.currency;
  size.year = year;
  size.basis = basis;
  if (m.currency == "USD") size.usd = value * UnitMultiplier(m.unit);
  size.evidence = std::string(evidence.text);
  size.offset = evidence.offset;
  out->sizes.push_back(std::move(size));
}

// Shape: a year-by-year table, one row a year ("| 2025 | $57.6B | $14.1B |
// $920M |"): the first money column is the market's size, the columns
// after it are parts of it or other measures (a segment, the serviceable
// market, a company's revenue).
bool IsYearRow(std::string_view text) {
  std::string_view t = Trim(text);
  if (t.empty() || t[0] != '|') return false;
  t = Trim(t.substr(1));
  if (t.size() < 5 || !(t.substr(0, 2) == "19" || t.substr(0, 2) == "20")) return false;
  for (int i = 0; i < 4; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(t[i]))) return false;
  }
  std::string_view rest = Trim(t.substr(4));
  return !rest.empty() && rest[0] == '|';
}

// Appends the market sizes among `mentions`; the indices in out->sizes of
// those read from key-value blocks go to *labelled.
void JudgeMoney(const Scan& scan, const Rules& rules, const std::string& market,
                const ScannedSentence& s, const std::vector<Mention>& mentions,
                bool previous_about_market, std::vector<std::size_t>* labelled, Extraction* out) {
  const Document& doc = *scan.doc;
  bool segment_sentence = IsSegmentSentence(s.text);
  bool accepted_before = false;
  bool seen_money = false;
  bool year_row = IsYearRow(s.text);
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    if (m.kind != Mention::kMoney) continue;
    if (year_row && seen_money) break;
    Clause clause = ClauseOf(s.text, mentions, i);
    // Bare numbers ("USD 4500") are prices, not market sizes.
    bool sized = !m.unit.empty() || m.value >= 1e6;
    std::string left = WithoutMarketName(clause.left, market);
    bool foreign = segment_sentence ||
                   (s.MayNameRegion() && MentionsRegion(left, rules.regions())) ||
                   RE2::PartialMatch(left, rules.context(kCtxNotTheMarket)) ||
                   RE2::PartialMatch(clause.right, rules.context(kCtxRevenueAfter));
    std::optional<int> row_year = RowYear(doc, s.block, clause.left, rules.context(kCtxRowYear));
    bool accepted;
    if (!sized || foreign) {
      accepted = false;
    } else if (seen_money) {
      accepted = accepted_before;
    } else {
      accepted = MentionsMarket(s.text, market) ||
                 (previous_about_market && ContinuesPrevious(s.text)) ||
                 (row_year && UnderSizeHeading(doc, doc.blocks[s.block]));
    }
    // A key-value block: the label is the block before ("Revenue, 2025").
    std::optional<int> label_year;
    bool label_forecast = false;
    const Block& block = doc.blocks[s.block];
    if (sized && !foreign && block.text.size() <= m.end - m.begin + kMaxKeyValueExtra &&
        s.block > 0) {
      re2::StringPiece label, year;
      const std::string& label_text = doc.blocks[s.block - 1].text;
      if (RE2::PartialMatch(label_text, rules.context(kCtxFigureLabel), &label, &year)) {
        accepted = true;
        label_year = ParseYear(year);
        // "Revenue forecast in 2030", "Projected, 2032".
        label_forecast = RE2::PartialMatch(label_text, rules.context(kCtxForecastWords));
      }
    }
    // Only a real figure sets the verdict the rest of the sentence follows.
    if (sized) {
      seen_money = true;
      accepted_before = accepted;
    }
    if (!accepted) continue;

    std::optional<int> year = label_year;
    Basis basis = label_forecast ? Basis::kForecast : Basis::kActual;
    re2::StringPiece prep, y;
    bool forecast_by_year = false;
    if (!year && RE2::PartialMatch(clause.right, rules.context(kCtxYearAfter), &prep, &y)) {
      year = ParseYear(y);
      std::string p = AsciiLower(prep);
      forecast_by_year = p == "by" || p == "through" || p == "until" || p == "till" || p == "to" ||
                         p == "toward" || p == "towards" || p.find("end of") != std::string::npos ||
                         p == "by the year";
    }
    bool as_of = false;
    if (!year) {
      re2::StringPiece input(clause.left);
      while (RE2::FindAndConsume(&input, rules.context(kCtxYearBefore), &prep, &y)) {
        year = ParseYear(y);
        as_of = EqualsIgnoreCase(prep, "as of") || EqualsIgnoreCase(prep, "as at");
        if (input.empty()) break;
      }
    }
    if (!year) year = row_year;
    if (!label_year) {
      std::size_t f = LastMatch(clause.left, rules.context(kCtxForecastWords));
      std::size_t a = LastMatch(clause.left, rules.context(kCtxActualWords));
      if (f != std::string_view::npos && (a == std::string_view::npos || f > a))
        basis = Basis::kForecast;
      if (forecast_by_year) basis = Basis::kForecast;
      if (as_of) basis = Basis::kActual;
    }
    Evidence evidence = label_year ? LabelledEvidence(doc, s.block) : SentenceEvidence(s);
    if (label_year) labelled->push_back(out->sizes.size());
    std::string claim_market = label_year ? "" : ClaimMarket(s.text, m.begin, rules, market);
    AddSize(m, m.value, year, basis, evidence, claim_market, out);
    if (m.value2 >= 0) AddSize(m, m.value2, year, basis, evidence, claim_market, out);
  }
}

// "Between 2019 and 2024, ...", "Over 2025-2030, ...": a sentence that opens
// with the period it is about.
bool OpensWithPeriod(std::string_view sentence) {
  for (std::string_view lead : {"between ", "from ", "over ", "during ", "in "}) {
    if (StartsWithIgnoreCase(sentence, lead)) {
      std::string_view rest = sentence.substr(lead.size());
      if (StartsWithIgnoreCase(rest, "the ")) rest = rest.substr(4);
      if (StartsWithIgnoreCase(rest, "period ")) rest = rest.substr(7);
      return !rest.empty() && std::isdigit(static_cast<unsigned char>(rest[0]));
    }
  }
  return false;
}

// "from USD X ... to USD Y": the sentence's first two amounts are the ends
// of a growth it states.
bool IsGrowthFromTo(std::string_view sentence, const std::vector<Mention>& mentions) {
  const Mention* first = nullptr;
  const Mention* second = nullptr;
  for (const Mention& m : mentions) {
    if (m.kind != Mention::kMoney) continue;
    if (!first) {
      first = &m;
    } else {
      second = &m;
      break;
    }
  }
  if (!second) return false;
  std::size_t lead = first->begin > 12 ? first->begin - 12 : 0;
  std::string before = AsciiLower(sentence.substr(lead, first->begin - lead));
  std::string between = AsciiLower(sentence.substr(first->end, second->begin - first->end));
  return before.find("from") != std::string::npos && between.find(" to ") != std::string::npos &&
         between.size() <= 40;
}

// Shape: a table of segments ("| Image sensors | ~$25B | 7% CAGR |"): a
// figure in a later cell of a row is the row's, and the row is another
// market's unless its first cell names the page's market, a CAGR label,
// a year or a total.
bool IsOtherRowsCell(const Document& doc, int block, const std::string& market) {
  const Block& cell = doc.blocks[block];
  if (cell.table < 0 || cell.column <= 0) return false;
  int first = block;
  while (first > 0 && doc.blocks[first - 1].table == cell.table &&
         doc.blocks[first - 1].row == cell.row) {
    --first;
  }
  if (doc.blocks[first].column != 0) return false;
  std::string_view head = Trim(doc.blocks[first].text);
  std::string lower = AsciiLower(head);
  bool year = head.size() >= 4 && std::isdigit(static_cast<unsigned char>(head[0]));
  return !(year || MentionsMarket(head, market) || lower.find("cagr") != std::string::npos ||
           lower.find("market") != std::string::npos || lower.find("total") != std::string::npos ||
           lower.find("growth") != std::string::npos);
}

void JudgeRates(const Scan& scan, const Rules& rules, const std::string& market,
                const ScannedSentence& s, const std::vector<Mention>& mentions,
                bool previous_about_market, Extraction* out) {
  const Document& doc = *scan.doc;
  if (IsSegmentSentence(s.text)) return;
  // A rate in a sentence that names no market ("cylindrical robots will
  // grow at a CAGR of 6.5%") is a product's or a segment's; a key-value
  // block ("CAGR, 2025-2032" / "6.1%") or "It is expected to grow at ..."
  // after a sentence about the market still counts.
  bool key_value = doc.blocks[s.block].text.size() <= kMaxKeyValueExtra &&
                   !IsOtherRowsCell(doc, s.block, market);
  // (A page that names no market gives nothing to tell rates apart by.)
  bool about_market = market.empty() || MentionsMarket(s.text, market) || key_value ||
                      IsCagrLabelRow(s.text) ||
                      (previous_about_market && ContinuesPrevious(s.text));
  if (!about_market) return;
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    if (m.kind != Mention::kRate) continue;
    Clause clause = ClauseOf(s.text, mentions, i);
    std::string left = WithoutMarketName(clause.left, market);
    // "North America is expected to register a CAGR of 8%" is the region's.
    if (s.MayNameRegion() && MentionsRegion(left, rules.regions())) continue;
    std::string lower_left = AsciiLower(left);
    if (lower_left.find("segment") != std::string::npos) continue;
    if (m.value > 1000) continue;

    std::optional<int> start, end;
    re2::StringPiece a, b;
    // The period belongs to the CAGR when it is in its own clause: right
    // after the rate, or between the CAGR words and the rate.
    std::string_view right = clause.right.substr(0, 80);
    std::string_view cagr_words_to_rate =
        clause.left.substr(clause.left.size() > 80 ? clause.left.size() - 80 : 0);
    if (RE2::PartialMatch(right, rules.context(kCtxYearRange), &a, &b) ||
        RE2::PartialMatch(cagr_words_to_rate, rules.context(kCtxYearRange), &a, &b)) {
      start = ParseYear(a);
      int e = ParseYear(b);
      if (b.size() == 2) e += (*start / 100) * 100;
      end = e;
    } else if (RE2::PartialMatch(right.substr(0, 40), rules.context(kCtxEndYear), &b)) {
      end = ParseYear(b);
    } else if (OpensWithPeriod(s.text) &&
               RE2::PartialMatch(s.text.substr(0, 40), rules.context(kCtxYearRange), &a, &b)) {
      // "Between 2019 and 2024, the market grew at a CAGR of 11.5%": the
      // sentence's lead-in dates all of it.
      start = ParseYear(a);
      int e = ParseYear(b);
      if (b.size() == 2) e += (*start / 100) * 100;
      end = e;
    }
    // Shape: "grow from USD 53.9 billion in 2020 to USD 123.3 billion by
    // 2025, at a CAGR of 18.0%": the rate measures the growth from one size
    // to the other and spans their years (the sizes were read just before,
    // from the same sentence).
    if (!start && !end && IsGrowthFromTo(s.text, mentions)) {
      std::string rate_market = ClaimMarket(s.text, m.begin, rules, market);
      std::optional<int> first, last;
      for (auto it = out->sizes.rbegin(); it != out->sizes.rend() && it->offset == s.offset &&
                                          it->evidence.size() == s.text.size();
           ++it) {
        if (!it->year || it->market != rate_market) continue;
        if (!first || *it->year < *first) first = it->year;
        if (!last || *it->year > *last) last = it->year;
      }
      if (first && last && *first < *last) {
        start = first;
        end = last;
      }
    }
    // A key-value block: "CAGR, 2026-2035" above "23.23%".
    bool labelled = IsLabelledRate(doc, s.block);
    if (!start && !end && labelled &&
        RE2::PartialMatch(doc.blocks[s.block - 1].text, rules.context(kCtxYearRange), &a, &b)) {
      start = ParseYear(a);
      end = ParseYear(b);
      if (b.size() == 2) end = *end + (*start / 100) * 100;
    }
    Evidence evidence = labelled ? LabelledEvidence(doc, s.block) : SentenceEvidence(s);
    std::string claim_market = labelled ? "" : ClaimMarket(s.text, m.begin, rules, market);
    for (double rate : {m.value, m.value2}) {
      if (rate < 0) continue;
      Cagr c;
      c.rate = rate;
      c.market = claim_market;
      c.start = start;
      c.end = end;
      c.evidence = std::string(evidence.text);
      c.offset = evidence.offset;
      out->cagrs.push_back(std::move(c));
    }
  }
}

// Key-value blocks hold a bare percentage under a "CAGR, 2026-2035" label.
void FindLabelledRates(const Scan& scan, std::vector<Mention>* mentions, const ScannedSentence& s) {
  const Document& doc = *scan.doc;
  if (!IsLabelledRate(doc, s.block)) return;
  std::string_view t = Trim(doc.blocks[s.block].text);
  if (t.empty() || t.back() != '%') return;
  std::optional<double> v = ParseNumber(Trim(t.substr(0, t.size() - 1)));
  if (!v) return;
  Mention m{Mention::kRate, 0, s.text.size()};
  m.value = *v;
  mentions->push_back(m);
}

// Key-value blocks ("Market Size 2024" / "USD 4.2 Billion", "Market Size
// 2032" / "USD 6.8 Billion") give a base and a forecast without saying which:
// every year after the earliest is a forecast.
void MarkLabelledForecasts(const std::vector<std::size_t>& labelled, Extraction* out) {
  std::optional<int> earliest;
  for (std::size_t i : labelled) {
    const std::optional<int>& y = out->sizes[i].year;
    if (y && (!earliest || *y < *earliest)) earliest = y;
  }
  for (std::size_t i : labelled) {
    if (out->sizes[i].year > earliest) out->sizes[i].basis = Basis::kForecast;
  }
}

// The same amount however written ("1.2 billion", "1,200 million"); two
// figures that merely round alike ("$240bn" and "$241bn") are two.
bool SameSize(const MarketSize& a, const MarketSize& b) {
  double x = a.value * UnitMultiplier(a.unit), y = b.value * UnitMultiplier(b.unit);
  return a.currency == b.currency && std::fabs(x - y) <= 1e-6 * std::max(x, y);
}

// A figure repeated on the page counts once; a repeat without a year
// is the same figure as one with a year.
void DedupeSizes(std::vector<MarketSize>* sizes) {
  std::vector<MarketSize> out;
  for (MarketSize& s : *sizes) {
    bool dup = false;
    for (MarketSize& o : out) {
      if (!SameSize(s, o) || s.market != o.market) continue;
      if (s.year == o.year) {
        dup = true;
        break;
      }
      if (!s.year) {
        dup = true;
        break;
      }
      if (!o.year) {
        o = s;
        dup = true;
        break;
      }
    }
    if (!dup) out.push_back(std::move(s));
  }
  *sizes = std::move(out);
}

void DedupeCagrs(std::vector<Cagr>* cagrs) {
  std::vector<Cagr> out;
  for (Cagr& c : *cagrs) {
    bool dup = false;
    for (Cagr& o : out) {
      if (std::fabs(c.rate - o.rate) > 0.005 || c.market != o.market) continue;
      if (c.start == o.start && c.end == o.end) {
        dup = true;
        break;
      }
      if (!c.start && !c.end) {
        dup = true;
        break;
      }
      if (!o.start && !o.end) {
        o = c;
        dup = true;
        break;
      }
    }
    if (!dup) out.push_back(std::move(c));
  }
  *cagrs = std::move(out);
}

}  // namespace

// Figures in a company profile ("**Acme** reported revenue of ...") or
// under a region's heading are not the market's.
bool IsForeignBlock(const Document& doc, const Block& b, const Rules& rules) {
  if (!ProfiledCompany(b, rules).empty()) return true;
  return b.section >= 0 && rules.regions().PrefixLength(doc.blocks[b.section].text) ==
                               doc.blocks[b.section].text.size();
}

void FindFigures(const Scan& scan, const Rules& rules, const std::string& market, Extraction* out) {
  std::vector<Mention> mentions;
  std::vector<std::size_t> labelled;
  const ScannedSentence* previous = nullptr;  // the sentence before, in the same block
  enum { kUnknown, kForeign, kOwn } block_owner = kUnknown;  // decided once a block has a figure
  for (const ScannedSentence& s : scan.sentences) {
    if (previous && previous->block != s.block) previous = nullptr;
    if (!previous) block_owner = kUnknown;
    const ScannedSentence* before = previous;
    previous = &s;
    mentions.clear();
    if (block_owner == kForeign) continue;
    if (s.Fired(kRuleMoneyCurrencyFirst) || s.Fired(kRuleMoneyCurrencyLast))
      FindMoney(s.text, rules, &mentions);
    if (s.Fired(kRuleCagrRateAfter) || s.Fired(kRuleCagrRateBefore))
      FindRates(s.text, rules, &mentions);
    FindLabelledRates(scan, &mentions, s);
    if (mentions.empty()) continue;
    if (block_owner == kUnknown) {
      block_owner = IsForeignBlock(*scan.doc, scan.doc->blocks[s.block], rules) ? kForeign : kOwn;
      if (block_owner == kForeign) continue;
    }
    // A figure in a sentence that follows one about the market ("It is
    // expected to reach ...") is the market's too.
    bool continues = before && rules.Confirms(*before, kRuleMarketPhrase);
    std::sort(mentions.begin(), mentions.end(),
              [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
    JudgeMoney(scan, rules, market, s, mentions, continues, &labelled, out);
    JudgeRates(scan, rules, market, s, mentions, continues, out);
  }
  MarkLabelledForecasts(labelled, out);
  DedupeSizes(&out->sizes);
  DedupeCagrs(&out->cagrs);
}

}  // namespace marketclaims
