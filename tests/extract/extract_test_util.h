// Helpers shared by the extract tests.
#ifndef MARKETCLAIMS_TESTS_EXTRACT_EXTRACT_TEST_UTIL_H_
#define MARKETCLAIMS_TESTS_EXTRACT_EXTRACT_TEST_UTIL_H_

#include <string>
#include <vector>

#include "extract/claims.h"
#include "extract/document.h"
#include "extract/extractor.h"

namespace marketclaims {
namespace testing_util {

// Extracts from `html`; fails the current test if extraction fails.
Extraction ExtractHtml(const std::string& html);
Document BuildDoc(const std::string& html);

std::vector<std::string> SegmentNames(const Extraction& x, const std::string& dimension);
std::vector<std::string> RegionNames(const Extraction& x);
std::vector<std::string> PlayerNames(const Extraction& x);

}  // namespace testing_util
}  // namespace marketclaims

#endif  // MARKETCLAIMS_TESTS_EXTRACT_EXTRACT_TEST_UTIL_H_
