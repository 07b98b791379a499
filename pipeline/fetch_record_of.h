// The crawler's records in the store's terms: the one place that knows both
// crawler/fetch.h and store/fetch_record.h.
#ifndef MARKETCLAIMS_PIPELINE_FETCH_RECORD_OF_H_
#define MARKETCLAIMS_PIPELINE_FETCH_RECORD_OF_H_

#include "crawler/fetch.h"
#include "store/fetch_record.h"

namespace marketclaims {

// Every field copied; the outcome mapped to its namesake.
FetchRecord FetchRecordOf(const Fetch& fetch);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_PIPELINE_FETCH_RECORD_OF_H_
