#include "crawler/fetch.h"

namespace marketclaims {

const char* FetchOutcomeName(FetchOutcome outcome) {
  switch (outcome) {
    case FetchOutcome::kOk:
      return "ok";
    case FetchOutcome::kNotModified:
      return "not_modified";
    case FetchOutcome::kFailed:
      return "failed";
    case FetchOutcome::kSkipped:
      return "skipped";
  }
  return "unknown";
}

}  // namespace marketclaims
