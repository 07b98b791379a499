// Number and time formatting shared by every output of the program (CSV and
// JSONL exports, conflict listings, stats), so that one value always reads
// the same wherever it is printed.
#ifndef MARKETCLAIMS_BASE_FORMAT_H_
#define MARKETCLAIMS_BASE_FORMAT_H_

#include <cstdint>
#include <string>

namespace marketclaims {

// Shortest text that reads back as `value` ("2.5", "1000000", "0.1"); ""
// for NaN and infinities.
std::string FormatNumber(double value);

// `unix_seconds` as ISO 8601 UTC: "2026-11-27T12:22:59Z".
std::string IsoTime(int64_t unix_seconds);

// `unix_seconds` for people: "2026-11-27 12:22:59 UTC".
std::string ReadableTime(int64_t unix_seconds);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_BASE_FORMAT_H_
