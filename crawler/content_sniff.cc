#include "crawler/content_sniff.h"

#include <cctype>
#include <cstring>

namespace marketclaims {
namespace {

constexpr size_t kSniffBytes = 1024;

bool IsGeneric(const std::string& media) {
  return media.empty() || media == "application/octet-stream" || media == "text/plain" ||
         media == "binary/octet-stream" || media == "application/unknown" ||
         media == "unknown/unknown" || media == "application/x-unknown-content-type";
}

bool IsHtmlType(const std::string& media) {
  return media == "text/html" || media == "application/xhtml+xml";
}

bool StartsWithNoCase(const std::string& s, size_t pos, const char* prefix) {
  size_t n = std::strlen(prefix);
  if (s.size() - pos < n) return false;
  for (size_t i = 0; i < n; ++i) {
    if (std::tolower(static_cast<unsigned char>(s[pos + i])) != prefix[i]) return false;
  }
  return true;
}

bool LooksLikeHtml(const std::string& body) {
  std::string head = body.substr(0, kSniffBytes);
  size_t i = 0;
  if (head.compare(0, 3, "\xEF\xBB\xBF") == 0) i = 3;
  while (i < head.size() && std::isspace(static_cast<unsigned char>(head[i]))) ++i;
  static const char* const kStarts[] = {"<!doctype html", "<html", "<head", "<body", "<title",
                                        "<meta",          "<div",  "<p>",   "<h1",   "<table"};
  for (const char* s : kStarts) {
    if (StartsWithNoCase(head, i, s)) return true;
  }
  if (StartsWithNoCase(head, i, "<!--") || StartsWithNoCase(head, i, "<?xml")) {
    std::string lower = head;
    for (char& c : lower) c = std::tolower(static_cast<unsigned char>(c));
    return lower.find("<html") != std::string::npos;
  }
  return false;
}

}  // namespace

std::string MediaType(const std::string& content_type) {
  std::string out;
  for (char c : content_type) {
    if (c == ';') break;
    if (std::isspace(static_cast<unsigned char>(c))) continue;
    out.push_back(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

bool IsClearlyNotHtml(const std::string& content_type) {
  std::string media = MediaType(content_type);
  return !IsGeneric(media) && !IsHtmlType(media);
}

bool IsHtml(const std::string& content_type, const std::string& body) {
  if (body.compare(0, 5, "%PDF-") == 0) return false;
  std::string media = MediaType(content_type);
  if (IsHtmlType(media)) return true;
  if (IsGeneric(media)) return LooksLikeHtml(body);
  return false;
}

std::string ContentTypeForPath(const std::string& path) {
  size_t dot = path.rfind('.');
  size_t slash = path.rfind('/');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
  std::string ext = path.substr(dot + 1);
  for (char& c : ext) c = std::tolower(static_cast<unsigned char>(c));
  if (ext == "html" || ext == "htm" || ext == "xhtml") return "text/html";
  if (ext == "pdf") return "application/pdf";
  if (ext == "txt") return "text/plain";
  if (ext == "json") return "application/json";
  if (ext == "xml") return "application/xml";
  if (ext == "png") return "image/png";
  if (ext == "jpg" || ext == "jpeg") return "image/jpeg";
  return "";
}

}  // namespace marketclaims
