// Reading a file:// URL the way a web page is fetched: no robots.txt, no
// politeness delay, the same size limit and the same "HTML only" rule, a
// Content-Type guessed from the extension (or sniffed), and the text
// converted to UTF-8 from the charset the page itself declares.
#ifndef MARKETCLAIMS_CRAWLER_FILE_FETCH_H_
#define MARKETCLAIMS_CRAWLER_FILE_FETCH_H_

#include <cstdint>
#include <string>

#include "crawler/fetch.h"
#include "crawler/url.h"

namespace marketclaims {

// Reads the file that `url` (a parsed file:// URL) names and fills *fetch's
// outcome, error, content_type and bytes: kOk with the page's UTF-8 text in
// *utf8; kSkipped when the file is not HTML; kFailed when it is missing,
// not a regular file, unreadable or larger than max_body_bytes.
// REQUIRES: url.scheme == "file".
void FetchLocalFile(const UrlParts& url, int64_t max_body_bytes, Fetch* fetch, std::string* utf8);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_CRAWLER_FILE_FETCH_H_
