// The links of an HTML page that a crawl may follow: <a href> and
// <area href>, resolved against the page URL (or its <base href>) and
// normalised. Links that do not resolve to an http, https or file URL
// (mailto:, javascript:, garbage) are dropped here.
//
// A single linear scan over the tags, not a full HTML parse: a tree builder
// goes quadratic on pathological nesting, and a crawler reads whatever the
// web serves it. Comments and the raw text of <script>, <style>,
// <textarea> and <title> are skipped, as a browser would.
#ifndef MARKETCLAIMS_CRAWLER_LINK_FINDER_H_
#define MARKETCLAIMS_CRAWLER_LINK_FINDER_H_

#include <string>
#include <vector>

namespace marketclaims {

// Distinct links in document order. `utf8_html` must be UTF-8.
std::vector<std::string> FindLinks(const std::string& utf8_html, const std::string& page_url);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_CRAWLER_LINK_FINDER_H_
