// Rules: the compiled rule table plus the finders that turn rule matches
// into claims. Built once per Extractor; Apply() is const and thread-safe.
//
// Apply() runs the RE2::Set of all rules' triggers over each block once,
// splits the blocks where something fired into sentences, and hands each
// finder the sentences of the blocks where its rules fired; a finder runs
// its rule's own pattern on each such sentence.
#ifndef MARKETCLAIMS_EXTRACT_RULES_H_
#define MARKETCLAIMS_EXTRACT_RULES_H_

#include <re2/re2.h>
#include <re2/set.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/claims.h"
#include "extract/document.h"
#include "extract/region_matcher.h"
#include "extract/rule_table.h"

namespace marketclaims {

// One sentence of the document and the rules that fired on its block. A
// block where nothing fired is not split: it is one ScannedSentence.
struct ScannedSentence {
  int block;              // index into Document::blocks
  std::size_t offset;     // where it starts in Document::text
  std::string_view text;  // points into Document::blocks[block].text
  uint32_t fired;         // bit i set when rule i's trigger matched in the block

  bool Fired(RuleId id) const { return (fired >> id) & 1u; }
  // Whether the block may name a region (RegionMatcher's trigger).
  bool MayNameRegion() const { return (fired >> kRuleCount) & 1u; }
};

struct Scan {
  const Document* doc;
  std::vector<ScannedSentence> sentences;
  std::vector<std::size_t> first_sentence;  // per block, index into sentences
};

// Of the sentences [first, end) of one block, in text order, the one that
// holds the byte at `at`: the last that starts at or before it. For finders
// that read a whole block in one pass and then need each match's sentence;
// passing the previous answer as `first` keeps the walk linear.
inline const ScannedSentence* SentenceHolding(const ScannedSentence* first,
                                              const ScannedSentence* end, const char* at) {
  while (first + 1 < end && first[1].text.data() <= at) ++first;
  return first;
}

class Rules {
 public:
  Rules();
  Rules(const Rules&) = delete;
  Rules& operator=(const Rules&) = delete;

  // False if a pattern failed to compile (a programming error; tests check).
  bool ok() const { return ok_; }
  const std::string& error() const { return error_; }

  const RE2& rule(RuleId id) const { return *compiled_[id]; }
  const RE2& context(ContextId id) const { return *context_[id]; }
  const RegionMatcher& regions() const { return regions_; }

  Scan ScanDocument(const Document& doc) const;

  // True when rule `id` itself (not only its trigger) matches `s`.
  bool Confirms(const ScannedSentence& s, RuleId id) const;
  void Apply(const Document& doc, Extraction* out) const;

 private:
  bool ok_ = true;
  std::string error_;
  std::vector<std::unique_ptr<RE2>> compiled_;
  std::vector<std::unique_ptr<RE2>> context_;
  std::unique_ptr<RE2::Set> set_;
  RegionMatcher regions_;
};

// The finders, one per claim family (find_*.cc). Each reads the scan and
// appends to `out`.
std::string FindMarket(const Scan& scan, const Rules& rules);
void FindFigures(const Scan& scan, const Rules& rules, const std::string& market, Extraction* out);
void FindSegmentsAndRegions(const Scan& scan, const Rules& rules, const std::string& market,
                            Extraction* out);
void FindPlayers(const Scan& scan, const Rules& rules, Extraction* out);
void FindFaqs(const Scan& scan, const Rules& rules, Extraction* out);

// The company a profile paragraph opens with in bold ("**Acme Corp.** is a
// leading ..."), or "". Its figures are the company's, not the market's.
std::string ProfiledCompany(const Block& b, const Rules& rules);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_EXTRACT_RULES_H_
