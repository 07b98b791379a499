// Helpers for the store tests: the invented report pages the tests ingest,
// and hand-built extractions. TempDir, ReadFile and WriteFile come with it
// from tests/util/temp_dir.h.
#ifndef MARKETCLAIMS_TESTS_STORE_TEST_UTIL_H_
#define MARKETCLAIMS_TESTS_STORE_TEST_UTIL_H_

#include <string>
#include <vector>

#include "extract/claims.h"
#include "store/fetch_record.h"
#include "tests/util/temp_dir.h"

namespace marketclaims {
namespace testing_util {

// An invented market-report page, different for every (index, revision):
// a market name, a size sentence, a CAGR sentence, segments, regions,
// players and FAQs, in the shape report sites use.
std::string ReportPage(int index, int revision = 0);

// Writes ReportPage(first .. first+count-1) as DIR/page-NNNNN.html.
std::vector<std::string> WriteReportPages(const std::string& dir, int first, int count,
                                          int revision = 0);

// An extraction with `n` of everything, values derived from `seed`.
Extraction SampleExtraction(const std::string& market, int seed, int n = 2);

// A kOk fetch of `url` with a 200, as the store records it.
FetchRecord OkFetch(const std::string& url, int64_t fetched_at);

}  // namespace testing_util
}  // namespace marketclaims

#endif  // MARKETCLAIMS_TESTS_STORE_TEST_UTIL_H_
