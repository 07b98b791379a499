// URL normalisation and resolution for the crawler's frontier. Two spellings
// of the same resource must normalise to one string, so the frontier (keyed
// by that string) never holds a page twice. Only http, https and file URLs
// are accepted; everything else is an error, which is how the crawler
// enforces its scheme policy in one place.
//
// Normal form: lower-case scheme and host, no trailing dot on the host, no
// default port, no userinfo, no fragment, a non-empty path with "." and ".."
// segments removed, percent-escapes upper-cased, unreserved characters
// decoded and bytes outside the URL alphabet escaped. "file://localhost/x"
// becomes "file:///x". The query is kept in order (parameters are not
// sorted: servers may care).
#ifndef MARKETCLAIMS_CRAWLER_URL_H_
#define MARKETCLAIMS_CRAWLER_URL_H_

#include <string>

namespace marketclaims {

struct UrlParts {
  std::string scheme;  // "http", "https" or "file"
  std::string host;    // lower case; "" for file; IPv6 keeps its brackets
  int port = 0;        // explicit or default port; 0 for file
  std::string path;    // starts with '/'
  std::string query;   // without the '?'; "" when absent
};

// Normalises an absolute URL. Returns false with a reason for a relative,
// malformed or unsupported URL.
bool NormalizeUrl(const std::string& url, std::string* out, std::string* error);

// Resolves `ref` (as found in an href) against the absolute normalised
// `base`, then normalises. Returns false when the result is unusable.
bool ResolveUrl(const std::string& base, const std::string& ref, std::string* out,
                std::string* error);

// Splits a normalised URL. Returns false if `url` is not one.
bool ParseUrl(const std::string& url, UrlParts* parts, std::string* error);

// "scheme://host:port" for http(s) (the unit of politeness and of
// robots.txt); "file://" for files.
std::string UrlOrigin(const UrlParts& parts);

// Path plus "?query" when there is one: what robots.txt rules match against.
std::string UrlPathAndQuery(const UrlParts& parts);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_CRAWLER_URL_H_
