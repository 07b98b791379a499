// PageGenerator: deterministic synthetic market-report pages for benchmarks
// and fuzzing seeds, each with the facts it states (its "truth").
//
// The pages imitate the templated report pages that get reposted across the
// web — a blog repost with nested paragraphs and a stray </body>, a press
// release, a publisher page with a key-value stats block, a table layout, a
// markdown paste, a windows-1252 page, a div-and-span site builder page —
// with every name and number invented. Page i depends only on (seed, i), so
// any page can be regenerated alone.
//
// Truth conventions (what an extractor should find):
//  - market: the name without "Global" and "Market" ("Smart Lock");
//  - sizes: the base-year size (actual) and the end-year size (forecast);
//    unit is "million" or "billion", currency "USD" or "EUR";
//  - cagrs: the whole-market rate once; start/end only when some sentence
//    stating it also states the period. Segment-level growth rates and
//    share percentages on the page are distractors, not truth;
//  - segments: dimension is the lower-cased label ("type", "end user");
//  - regions: as printed; canonical folds spellings ("APAC" -> "Asia Pacific");
//  - faqs: questions and answers without "1." / "Q:" / "A:" prefixes;
//  - title: the <title> text.
#ifndef MARKETCLAIMS_BENCH_PAGE_TEMPLATES_H_
#define MARKETCLAIMS_BENCH_PAGE_TEMPLATES_H_

#include <cstddef>
#include <cstdint>
#include <string>

#include "extract/claims.h"

namespace marketclaims {

struct GeneratedPage {
  std::string template_name;
  std::string charset;  // "utf-8" or "windows-1252": the encoding of html
  std::string html;
  Extraction truth;  // source is left empty
};

class PageGenerator {
 public:
  // Pages are padded with boilerplate to a size drawn from
  // [min_bytes, max_bytes] (a page never comes out smaller than its facts).
  PageGenerator(uint64_t seed, std::size_t min_bytes, std::size_t max_bytes);

  void Generate(uint64_t index, GeneratedPage* page) const;

  static int TemplateCount();

 private:
  uint64_t seed_;
  std::size_t min_bytes_;
  std::size_t max_bytes_;
};

}  // namespace marketclaims

#endif  // MARKETCLAIMS_BENCH_PAGE_TEMPLATES_H_
