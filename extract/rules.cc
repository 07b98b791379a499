#include "extract/rules.h"

#include "extract/language.h"
#include "extract/sentences.h"

namespace marketclaims {

Rules::Rules() {
  RE2::Options options;
  options.set_log_errors(false);
  set_ = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
  compiled_.resize(kRuleCount);
  for (int i = 0; i < kRuleCount; ++i) {
    const RuleSpec& spec = kRuleTable[i];
    compiled_[i] = std::make_unique<RE2>(spec.pattern, options);
    std::string err;
    const char* trigger = spec.trigger ? spec.trigger : spec.pattern;
    if (spec.id != i || !compiled_[i]->ok() || set_->Add(trigger, &err) != i) {
      ok_ = false;
      error_ = "rule " + std::to_string(i) + ": " +
               (compiled_[i]->ok() ? (err.empty() ? "out of order" : err) : compiled_[i]->error());
      return;
    }
  }
  context_.resize(kContextCount);
  for (int i = 0; i < kContextCount; ++i) {
    context_[i] = std::make_unique<RE2>(kContextTable[i].pattern, options);
    if (kContextTable[i].id != i || !context_[i]->ok()) {
      ok_ = false;
      error_ = "context pattern " + std::to_string(i) + ": " + context_[i]->error();
      return;
    }
  }
  static_assert(kRuleCount < 32, "fired bits are a uint32_t");
  if (!regions_.ok() || set_->Add(regions_.pattern(), nullptr) != kRuleCount) {
    ok_ = false;
    error_ = "the region pattern did not compile";
    return;
  }
  if (!set_->Compile()) {
    ok_ = false;
    error_ = "the rule set did not compile";
  }
}

Scan Rules::ScanDocument(const Document& doc) const {
  Scan scan;
  scan.doc = &doc;
  scan.first_sentence.reserve(doc.blocks.size() + 1);
  scan.sentences.reserve(doc.blocks.size() * 2);
  std::vector<int> hits;
  std::vector<SentenceSpan> spans;
  for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
    scan.first_sentence.push_back(scan.sentences.size());
    const Block& block = doc.blocks[b];
    std::string_view text = block.text;
    uint32_t fired = 0;
    hits.clear();
    RE2::Set::ErrorInfo set_error;
    if (ok_ && set_->Match(text, &hits, &set_error)) {
      for (int id : hits) fired |= 1u << id;
    } else if (ok_ && set_error.kind != RE2::Set::kNoError) {
      // RE2 gave up on the block (its DFA ran out of memory): let every
      // rule look rather than lose what the block says.
      fired = (2u << kRuleCount) - 1;
    }
    if (fired == 0) {
      // No rule can match any part of it: one span, not split.
      scan.sentences.push_back({static_cast<int>(b), block.offset, text, 0});
      continue;
    }
    SplitSentences(text, &spans);
    for (const SentenceSpan& span : spans) {
      scan.sentences.push_back({static_cast<int>(b), block.offset + span.begin,
                                text.substr(span.begin, span.end - span.begin), fired});
    }
  }
  scan.first_sentence.push_back(scan.sentences.size());
  return scan;
}

bool Rules::Confirms(const ScannedSentence& s, RuleId id) const {
  return s.Fired(id) && RE2::PartialMatch(s.text, *compiled_[id]);
}

void Rules::Apply(const Document& doc, Extraction* out) const {
  out->title = doc.title;
  if (!ok_) return;
  // Rules written for English read guesses out of other languages.
  if (ReadsAsOtherLanguage(doc.text)) return;
  Scan scan = ScanDocument(doc);
  out->market = FindMarket(scan, *this);
  FindFigures(scan, *this, out->market, out);
  FindSegmentsAndRegions(scan, *this, out->market, out);
  FindPlayers(scan, *this, out);
  FindFaqs(scan, *this, out);
}

}  // namespace marketclaims
