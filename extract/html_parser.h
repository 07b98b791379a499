// Builds a Document from UTF-8 HTML with Gumbo. The parse tree is walked
// iteratively (pages nest thousands deep) and freed before returning.
//
// What the model does with the markup real report pages are made of:
//  - block elements (p, div, li, h1-h6, td, blockquote, br...) end the text
//    run in progress, so <ul> inside <p> or <p> inside <p> yields separate
//    blocks in reading order rather than one merged paragraph;
//  - a paragraph wholly in <strong>/<b> and short is a pseudo-heading;
//  - plain-text conventions inside paragraphs are read too: "## Title" is a
//    heading, "- item" / "• item" a list item, "**name**" bold;
//  - a list item holding only a company suffix ("Inc.") is joined to the
//    item before it, which the templates split at the comma.
#ifndef MARKETCLAIMS_EXTRACT_HTML_PARSER_H_
#define MARKETCLAIMS_EXTRACT_HTML_PARSER_H_

#include <string>
#include <string_view>

#include "extract/document.h"
#include "extract/extractor.h"

namespace marketclaims {

// `html` must be valid UTF-8 (see ToUtf8). Returns false with a message when
// the page is past the limits.
bool ParseHtml(std::string_view html, const ExtractLimits& limits, Document* doc,
               std::string* error);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_EXTRACT_HTML_PARSER_H_
