// Filler: the boilerplate that makes up most of a real market-report page —
// methodology blurbs, tables of contents, "About Us", related reports,
// scripts and styles. It carries no money figures and no percentages, so
// it never adds a fact the truth does not list; it only adds bytes, headings
// and distractor numbers (report ids, page counts, phone numbers).
#ifndef MARKETCLAIMS_BENCH_PAGE_FILLER_H_
#define MARKETCLAIMS_BENCH_PAGE_FILLER_H_

#include <string>
#include <vector>

#include "bench/page_facts.h"
#include "bench/rng.h"

namespace marketclaims {

// One invented sentence of analyst prose (plain text, not escaped).
std::string FillerSentence(Rng* rng, const PageFacts& f);
// `sentences` of them joined by spaces.
std::string FillerParagraph(Rng* rng, const PageFacts& f, int sentences);
// A heading for a filler section: "Research Methodology", "Market Dynamics"...
std::string FillerHeading(Rng* rng);
// Table-of-contents entries: "1 Introduction", "5.2 Modular"...
std::vector<std::string> TocEntries(Rng* rng, const PageFacts& f);
// Titles of other reports from the same publisher.
std::vector<std::string> RelatedReports(Rng* rng, int count);
// The publisher's "About Us" paragraph.
std::string AboutText(const PageFacts& f);
// An inline <script> and a <style> element, as site builders emit them.
std::string ScriptElement(Rng* rng);
std::string StyleElement(Rng* rng);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_BENCH_PAGE_FILLER_H_
