#include "extract/rules.h"

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
    std::string_view text = doc.blocks[b].text;
    SplitSentences(text, &spans);
    for (const SentenceSpan& span : spans) {
      ScannedSentence s{static_cast<int>(b), doc.blocks[b].offset + span.begin,
                        text.substr(span.begin, span.end - span.begin), 0};
      hits.clear();
      if (ok_ && set_->Match(s.text, &hits)) {
        for (int id : hits) s.fired |= 1u << id;
      }
      scan.sentences.push_back(s);
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
  Scan scan = ScanDocument(doc);
  out->market = FindMarket(scan, *this);
  FindFigures(scan, *this, out->market, out);
  FindSegmentsAndRegions(scan, *this, out->market, out);
  FindPlayers(scan, *this, out);
  FindFaqs(scan, *this, out);
}

}  // namespace marketclaims
