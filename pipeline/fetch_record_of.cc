#include "pipeline/fetch_record_of.h"

namespace marketclaims {
namespace {

FetchRecord::Outcome OutcomeOf(FetchOutcome outcome) {
  switch (outcome) {
    case FetchOutcome::kOk:
      return FetchRecord::Outcome::kOk;
    case FetchOutcome::kNotModified:
      return FetchRecord::Outcome::kNotModified;
    case FetchOutcome::kFailed:
      return FetchRecord::Outcome::kFailed;
    case FetchOutcome::kSkipped:
      return FetchRecord::Outcome::kSkipped;
  }
  return FetchRecord::Outcome::kFailed;
}

}  // namespace

FetchRecord FetchRecordOf(const Fetch& fetch) {
  FetchRecord record;
  record.url = fetch.url;
  record.final_url = fetch.final_url;
  record.fetched_at = fetch.fetched_at;
  record.outcome = OutcomeOf(fetch.outcome);
  record.http_status = fetch.http_status;
  record.content_type = fetch.content_type;
  record.charset = fetch.charset;
  record.etag = fetch.etag;
  record.last_modified = fetch.last_modified;
  record.bytes = fetch.bytes;
  record.attempts = fetch.attempts;
  record.error = fetch.error;
  return record;
}

}  // namespace marketclaims
