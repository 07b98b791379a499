#include "bench/truth_compare.h"

#include <cmath>
#include <cstdio>
#include <vector>

#include "base/text_util.h"

namespace marketclaims {
namespace {

bool SameNumber(double a, double b) {
  return std::fabs(a - b) <= 1e-9 * std::fmax(1.0, std::fabs(b));
}

// Counts truth items with a match in `got` (each got item used once) and
// got items matching nothing.
template <typename T, typename Match>
void Pair(const std::vector<T>& truth, const std::vector<T>& got, Match match, FieldScore* score,
          std::vector<int>* pairing) {
  std::vector<bool> used(got.size(), false);
  pairing->assign(truth.size(), -1);
  score->truth += static_cast<long>(truth.size());
  for (std::size_t i = 0; i < truth.size(); ++i) {
    for (std::size_t j = 0; j < got.size(); ++j) {
      if (!used[j] && match(truth[i], got[j])) {
        used[j] = true;
        (*pairing)[i] = static_cast<int>(j);
        ++score->found;
        break;
      }
    }
  }
  for (bool u : used) score->extra += u ? 0 : 1;
}

}  // namespace

const char* TruthFieldName(int field) {
  static const char* const kNames[kFieldCount] = {
      "title",    "market",      "sizes",   "  currency+basis", "cagrs", "  period",
      "segments", "  dimension", "regions", "players",          "faqs"};
  return field >= 0 && field < kFieldCount ? kNames[field] : "?";
}

void TruthScore::Add(const TruthScore& other) {
  for (int i = 0; i < kFieldCount; ++i) {
    fields[i].truth += other.fields[i].truth;
    fields[i].found += other.fields[i].found;
    fields[i].extra += other.fields[i].extra;
  }
}

TruthScore ScoreAgainstTruth(const Extraction& truth, const Extraction& got) {
  TruthScore s;
  std::vector<int> pairing;

  // Title: exact after trimming. Market: the same name, ignoring case.
  s.fields[kFieldTitle].truth = 1;
  if (Trim(got.title) == truth.title) {
    s.fields[kFieldTitle].found = 1;
  } else if (!got.title.empty()) {
    s.fields[kFieldTitle].extra = 1;
  }
  s.fields[kFieldMarket].truth = 1;
  if (EqualsIgnoreCase(Trim(got.market), truth.market)) {
    s.fields[kFieldMarket].found = 1;
  } else if (!got.market.empty()) {
    s.fields[kFieldMarket].extra = 1;
  }

  // Sizes: same value, unit and year; then currency and basis separately.
  Pair(
      truth.sizes, got.sizes,
      [](const MarketSize& t, const MarketSize& g) {
        return SameNumber(g.value, t.value) && g.unit == t.unit && g.year == t.year;
      },
      &s.fields[kFieldSizes], &pairing);
  for (std::size_t i = 0; i < pairing.size(); ++i) {
    if (pairing[i] < 0) continue;
    const MarketSize& g = got.sizes[pairing[i]];
    ++s.fields[kFieldSizeDetail].truth;
    if (g.currency == truth.sizes[i].currency && g.basis == truth.sizes[i].basis) {
      ++s.fields[kFieldSizeDetail].found;
    }
  }

  // CAGRs: same rate; then the period.
  Pair(
      truth.cagrs, got.cagrs,
      [](const Cagr& t, const Cagr& g) { return SameNumber(g.rate, t.rate); },
      &s.fields[kFieldCagrs], &pairing);
  for (std::size_t i = 0; i < pairing.size(); ++i) {
    if (pairing[i] < 0) continue;
    const Cagr& g = got.cagrs[pairing[i]];
    ++s.fields[kFieldCagrYears].truth;
    if (g.start == truth.cagrs[i].start && g.end == truth.cagrs[i].end) {
      ++s.fields[kFieldCagrYears].found;
    }
  }

  // Segments: same name; then the dimension, ignoring case.
  Pair(
      truth.segments, got.segments,
      [](const Segment& t, const Segment& g) { return Trim(g.name) == t.name; },
      &s.fields[kFieldSegments], &pairing);
  for (std::size_t i = 0; i < pairing.size(); ++i) {
    if (pairing[i] < 0) continue;
    ++s.fields[kFieldSegmentDimension].truth;
    if (EqualsIgnoreCase(got.segments[pairing[i]].dimension, truth.segments[i].dimension)) {
      ++s.fields[kFieldSegmentDimension].found;
    }
  }

  Pair(
      truth.regions, got.regions,
      [](const Region& t, const Region& g) { return Trim(g.name) == t.name; },
      &s.fields[kFieldRegions], &pairing);
  Pair(
      truth.players, got.players,
      [](const Player& t, const Player& g) { return Trim(g.name) == t.name; },
      &s.fields[kFieldPlayers], &pairing);
  // FAQs: the question as extracted may keep a "1." or "Q:" prefix.
  Pair(
      truth.faqs, got.faqs,
      [](const Faq& t, const Faq& g) { return EndsWithIgnoreCase(Trim(g.question), t.question); },
      &s.fields[kFieldFaqs], &pairing);
  return s;
}

std::string FormatTruthScore(const TruthScore& score) {
  std::string out = "field                truth    found  recall    extra\n";
  for (int i = 0; i < kFieldCount; ++i) {
    const FieldScore& f = score.fields[i];
    char line[160];
    double recall = f.truth ? 100.0 * f.found / f.truth : 0;
    if (i == kFieldSizeDetail || i == kFieldCagrYears || i == kFieldSegmentDimension) {
      std::snprintf(line, sizeof line, "%-17s %8ld %8ld %6.1f%%        -\n", TruthFieldName(i),
                    f.truth, f.found, recall);
    } else {
      std::snprintf(line, sizeof line, "%-17s %8ld %8ld %6.1f%% %8ld\n", TruthFieldName(i), f.truth,
                    f.found, recall, f.extra);
    }
    out += line;
  }
  return out;
}

}  // namespace marketclaims
