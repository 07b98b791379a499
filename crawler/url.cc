#include "crawler/url.h"

#include <cctype>
#include <cstdlib>
#include <vector>

#include "base/text_util.h"

namespace marketclaims {
namespace {

bool IsUnreserved(unsigned char c) {
  return std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~';
}

// Characters left as they are in a path or query (RFC 3986 pchar plus '/'
// and '?'), besides unreserved ones and '%'.
bool IsKeptAsIs(unsigned char c) {
  switch (c) {
    case '!':
    case '$':
    case '&':
    case '\'':
    case '(':
    case ')':
    case '*':
    case '+':
    case ',':
    case ';':
    case '=':
    case ':':
    case '@':
    case '/':
    case '?':
      return true;
    default:
      return false;
  }
}

void AppendEscaped(unsigned char c, std::string* out) {
  static const char kHex[] = "0123456789ABCDEF";
  out->push_back('%');
  out->push_back(kHex[c >> 4]);
  out->push_back(kHex[c & 15]);
}

// Canonical percent-encoding of a path or query.
std::string NormalizeEscapes(const std::string& in) {
  std::string out;
  out.reserve(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    unsigned char c = in[i];
    unsigned char decoded;
    if (DecodePercentEscape(in, i, &decoded)) {
      if (IsUnreserved(decoded)) {
        out.push_back(decoded);
      } else {
        AppendEscaped(decoded, &out);
      }
      i += 2;
    } else if (IsUnreserved(c) || IsKeptAsIs(c)) {
      out.push_back(c);
    } else {
      AppendEscaped(c, &out);  // a lone '%', space, quote, non-ASCII byte...
    }
  }
  return out;
}

// RFC 3986 section 5.2.4, on a path that starts with '/'.
std::string RemoveDotSegments(const std::string& path) {
  std::vector<std::string> segments;
  size_t start = 1;
  bool trailing_slash = false;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    std::string seg = path.substr(start, end - start);
    bool last = end == path.size();
    if (seg == ".") {
      trailing_slash = last;
    } else if (seg == "..") {
      if (!segments.empty()) segments.pop_back();
      trailing_slash = last;
    } else {
      segments.push_back(seg);
      trailing_slash = false;
    }
    start = end + 1;
  }
  std::string out;
  for (const std::string& seg : segments) {
    out += '/';
    out += seg;
  }
  if (out.empty() || trailing_slash) out += '/';
  return out;
}

// Removes tabs and newlines anywhere, and surrounding spaces, as browsers do
// with hrefs.
std::string CleanInput(const std::string& in) {
  std::string out;
  for (char c : in) {
    if (c != '\t' && c != '\n' && c != '\r') out.push_back(c);
  }
  size_t b = 0, e = out.size();
  while (b < e && static_cast<unsigned char>(out[b]) <= ' ') ++b;
  while (e > b && static_cast<unsigned char>(out[e - 1]) <= ' ') --e;
  return out.substr(b, e - b);
}

// Length of a leading "scheme:", or 0.
size_t SchemeLength(const std::string& s) {
  if (s.empty() || !std::isalpha(static_cast<unsigned char>(s[0]))) return 0;
  for (size_t i = 1; i < s.size(); ++i) {
    unsigned char c = s[i];
    if (c == ':') return i;
    if (!std::isalnum(c) && c != '+' && c != '-' && c != '.') return 0;
  }
  return 0;
}

bool ParseAbsolute(const std::string& raw, UrlParts* p, std::string* error) {
  std::string url = CleanInput(raw);
  size_t hash = url.find('#');
  if (hash != std::string::npos) url.resize(hash);
  size_t slen = SchemeLength(url);
  if (slen == 0) {
    *error = "not an absolute URL: " + raw;
    return false;
  }
  p->scheme = AsciiLower(std::string_view(url).substr(0, slen));
  if (p->scheme != "http" && p->scheme != "https" && p->scheme != "file") {
    *error = "unsupported scheme '" + p->scheme + "': " + raw;
    return false;
  }
  std::string rest = url.substr(slen + 1);
  for (char& c : rest) {
    if (c == '\\') c = '/';  // as browsers treat it in special schemes
  }
  if (rest.compare(0, 2, "//") != 0) {
    *error = "URL has no '//' authority: " + raw;
    return false;
  }
  rest = rest.substr(2);
  size_t auth_end = rest.find_first_of("/?");
  std::string authority = rest.substr(0, auth_end);
  std::string path_query = auth_end == std::string::npos ? "" : rest.substr(auth_end);

  if (authority.find('@') != std::string::npos) {
    *error = "URL with credentials refused: " + raw;
    return false;
  }
  std::string host = authority;
  std::string port_text;
  if (!host.empty() && host[0] == '[') {
    size_t close = host.find(']');
    if (close == std::string::npos) {
      *error = "bad IPv6 host: " + raw;
      return false;
    }
    if (close + 1 < host.size()) {
      if (host[close + 1] != ':') {
        *error = "bad host: " + raw;
        return false;
      }
      port_text = host.substr(close + 2);
    }
    host.resize(close + 1);
  } else {
    size_t colon = host.find(':');
    if (colon != std::string::npos) {
      port_text = host.substr(colon + 1);
      host.resize(colon);
    }
  }
  host = AsciiLower(host);
  while (!host.empty() && host.back() == '.') host.pop_back();
  for (unsigned char c : host) {
    if (!(std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '[' || c == ']' ||
          c == ':')) {
      *error = "unsupported character in host: " + raw;
      return false;
    }
  }

  if (p->scheme == "file") {
    if (!host.empty() && host != "localhost") {
      *error = "file URL names a remote host: " + raw;
      return false;
    }
    if (!port_text.empty()) {
      *error = "file URL with a port: " + raw;
      return false;
    }
    p->host.clear();
    p->port = 0;
  } else {
    if (host.empty()) {
      *error = "URL has no host: " + raw;
      return false;
    }
    p->host = host;
    int default_port = p->scheme == "http" ? 80 : 443;
    p->port = default_port;
    if (!port_text.empty()) {
      if (port_text.size() > 5) {
        *error = "bad port: " + raw;
        return false;
      }
      int port = 0;
      for (char c : port_text) {
        if (!std::isdigit(static_cast<unsigned char>(c))) {
          *error = "bad port: " + raw;
          return false;
        }
        port = port * 10 + (c - '0');
      }
      if (port <= 0 || port > 65535) {
        *error = "bad port: " + raw;
        return false;
      }
      p->port = port;
    }
  }

  size_t q = path_query.find('?');
  std::string path = path_query.substr(0, q);
  p->query = q == std::string::npos ? "" : NormalizeEscapes(path_query.substr(q + 1));
  if (path.empty()) path = "/";
  p->path = RemoveDotSegments(NormalizeEscapes(path));
  return true;
}

std::string Format(const UrlParts& p) {
  std::string out = UrlOrigin(p);
  out += UrlPathAndQuery(p);
  return out;
}

// The directory part of a path, up to and including its last '/'.
std::string Directory(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? "/" : path.substr(0, slash + 1);
}

}  // namespace

bool NormalizeUrl(const std::string& url, std::string* out, std::string* error) {
  UrlParts parts;
  if (!ParseAbsolute(url, &parts, error)) return false;
  *out = Format(parts);
  return true;
}

bool ParseUrl(const std::string& url, UrlParts* parts, std::string* error) {
  return ParseAbsolute(url, parts, error);
}

std::string UrlOrigin(const UrlParts& p) {
  if (p.scheme == "file") return "file://";
  std::string out = p.scheme + "://" + p.host;
  int default_port = p.scheme == "http" ? 80 : 443;
  if (p.port != default_port) out += ":" + std::to_string(p.port);
  return out;
}

std::string UrlPathAndQuery(const UrlParts& p) {
  return p.query.empty() ? p.path : p.path + "?" + p.query;
}

bool ResolveUrl(const std::string& base, const std::string& raw_ref, std::string* out,
                std::string* error) {
  std::string ref = CleanInput(raw_ref);
  size_t hash = ref.find('#');
  if (hash != std::string::npos) ref.resize(hash);
  if (SchemeLength(ref) > 0) return NormalizeUrl(ref, out, error);

  UrlParts b;
  if (!ParseAbsolute(base, &b, error)) return false;
  for (char& c : ref) {
    if (c == '\\') c = '/';
  }
  std::string joined;
  if (ref.compare(0, 2, "//") == 0) {
    joined = b.scheme + ":" + ref;
  } else if (!ref.empty() && ref[0] == '/') {
    joined = UrlOrigin(b) + ref;
  } else if (ref.empty()) {
    joined = Format(b);
  } else if (ref[0] == '?') {
    joined = UrlOrigin(b) + b.path + ref;
  } else {
    joined = UrlOrigin(b) + Directory(b.path) + ref;
  }
  return NormalizeUrl(joined, out, error);
}

}  // namespace marketclaims
