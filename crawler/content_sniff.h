// Whether a response is an HTML page, the only kind the pipeline extracts.
// The Content-Type decides when it is specific; when it is missing or
// generic (octet-stream, text/plain) the first bytes decide. A PDF behind a
// text/html label is caught by its magic number.
#ifndef MARKETCLAIMS_CRAWLER_CONTENT_SNIFF_H_
#define MARKETCLAIMS_CRAWLER_CONTENT_SNIFF_H_

#include <string>

namespace marketclaims {

// "text/html" from "Text/HTML; charset=utf-8"; "" when absent.
std::string MediaType(const std::string& content_type);

// True when the Content-Type alone says "not HTML" (application/pdf,
// image/png...), so the transfer can stop before the body arrives.
bool IsClearlyNotHtml(const std::string& content_type);

// The decision, given the Content-Type and the start of the body.
bool IsHtml(const std::string& content_type, const std::string& body);

// A Content-Type for a local file, from its extension; "" when unknown.
std::string ContentTypeForPath(const std::string& path);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_CRAWLER_CONTENT_SNIFF_H_
