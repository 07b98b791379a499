// Scores what an extractor found on a generated page against the page's
// truth, field by field, so the benchmark can say how much it got right and
// how much it made up. Matching is deliberately simple and documented per
// field in truth_compare.cc; it is a yardstick, not a test oracle.
#ifndef MARKETCLAIMS_BENCH_TRUTH_COMPARE_H_
#define MARKETCLAIMS_BENCH_TRUTH_COMPARE_H_

#include <array>
#include <string>

#include "extract/claims.h"

namespace marketclaims {

enum TruthField {
  kFieldTitle,
  kFieldMarket,
  kFieldSizes,
  kFieldSizeDetail,  // of the matched sizes: currency and basis both right
  kFieldCagrs,
  kFieldCagrYears,  // of the matched CAGRs: start/end exactly as in truth
  kFieldSegments,
  kFieldSegmentDimension,
  kFieldRegions,
  kFieldPlayers,
  kFieldFaqs,
  kFieldCount
};

const char* TruthFieldName(int field);

struct FieldScore {
  long truth = 0;  // items the page states
  long found = 0;  // of those, items the extractor reported
  long extra = 0;  // items reported that the page does not state
};

struct TruthScore {
  std::array<FieldScore, kFieldCount> fields;
  void Add(const TruthScore& other);
};

TruthScore ScoreAgainstTruth(const Extraction& truth, const Extraction& got);

// A plain-text table, one row per field.
std::string FormatTruthScore(const TruthScore& score);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_BENCH_TRUTH_COMPARE_H_
