// The JSON form of an Extraction, as `marketclaims extract --json` prints it
// and the dev-corpus scorer reads it.
#ifndef MARKETCLAIMS_EXTRACT_EXTRACTION_JSON_H_
#define MARKETCLAIMS_EXTRACT_EXTRACTION_JSON_H_

#include <string>

#include "extract/claims.h"

namespace marketclaims {

// One line of compact JSON, no trailing newline.
std::string ExtractionToJson(const Extraction& x);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_EXTRACT_EXTRACTION_JSON_H_
