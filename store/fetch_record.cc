#include "store/fetch_record.h"

namespace marketclaims {

const char* OutcomeName(FetchRecord::Outcome outcome) {
  switch (outcome) {
    case FetchRecord::Outcome::kOk:
      return "ok";
    case FetchRecord::Outcome::kNotModified:
      return "not_modified";
    case FetchRecord::Outcome::kFailed:
      return "failed";
    case FetchRecord::Outcome::kSkipped:
      return "skipped";
  }
  return "failed";
}

}  // namespace marketclaims
