// The truth of one generated page as one JSON line, for --truth files that
// tests and scripts compare an extractor's output against.
#ifndef MARKETCLAIMS_BENCH_TRUTH_JSON_H_
#define MARKETCLAIMS_BENCH_TRUTH_JSON_H_

#include <string>

#include "bench/page_templates.h"

namespace marketclaims {

// {"file":..,"template":..,"charset":..,"bytes":..,"title":..,"market":..,
//  "sizes":[{"value","unit","currency","year","basis","usd"}],
//  "cagrs":[{"rate","start","end"}], "segments":[{"dimension","name"}],
//  "regions":[{"name","canonical"}], "players":[..],
//  "faqs":[{"question","answer"}]} with no trailing newline.
std::string TruthJsonLine(const GeneratedPage& page, const std::string& file);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_BENCH_TRUTH_JSON_H_
