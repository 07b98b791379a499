#include "crawler/transfer.h"

#include <strings.h>
#include <sys/socket.h>

#include <cctype>
#include <cstring>

#include "crawler/content_sniff.h"

namespace marketclaims {
namespace {

std::string TrimValue(const char* data, size_t n) {
  size_t b = 0, e = n;
  while (b < e && (data[b] == ' ' || data[b] == '\t')) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(data[e - 1]))) --e;
  return std::string(data + b, e - b);
}

size_t OnHeader(char* data, size_t size, size_t nitems, void* userdata) {
  Transfer* t = static_cast<Transfer*>(userdata);
  size_t n = size * nitems;
  // A new status line starts a new response (after a redirect or a 100):
  // only the final response's validators count.
  if (n >= 5 && std::strncmp(data, "HTTP/", 5) == 0) {
    t->etag.clear();
    t->last_modified.clear();
    t->retry_after.clear();
    return n;
  }
  const char* colon = static_cast<const char*>(std::memchr(data, ':', n));
  if (colon == nullptr) return n;
  size_t name_len = colon - data;
  std::string value = TrimValue(colon + 1, n - name_len - 1);
  if (name_len == 4 && strncasecmp(data, "etag", 4) == 0) {
    t->etag = value;
  } else if (name_len == 13 && strncasecmp(data, "last-modified", 13) == 0) {
    t->last_modified = value;
  } else if (name_len == 11 && strncasecmp(data, "retry-after", 11) == 0) {
    t->retry_after = value;
  }
  return n;
}

size_t OnBody(char* data, size_t size, size_t nmemb, void* userdata) {
  Transfer* t = static_cast<Transfer*>(userdata);
  size_t n = size * nmemb;
  long status = 0;
  curl_easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &status);
  bool success = status >= 200 && status < 300;
  if (!success) return n;  // error pages and redirect bodies are not kept
  if (success && t->body.empty() && t->stop_if_not_html) {
    const char* type = nullptr;
    curl_easy_getinfo(t->easy, CURLINFO_CONTENT_TYPE, &type);
    if (type != nullptr && IsClearlyNotHtml(type)) {
      t->not_html = true;
      return CURL_WRITEFUNC_ERROR;
    }
  }
  if (static_cast<int64_t>(t->body.size() + n) > t->max_decoded_bytes) {
    t->too_large =
        "decoded body over max_decoded_bytes (" + std::to_string(t->max_decoded_bytes) + ")";
    size_t room = t->max_decoded_bytes - t->body.size();
    t->body.append(data, room);  // robots.txt parses what fits
    return CURL_WRITEFUNC_ERROR;
  }
  t->body.append(data, n);
  return n;
}

int OnProgress(void* userdata, curl_off_t, curl_off_t dlnow, curl_off_t, curl_off_t) {
  Transfer* t = static_cast<Transfer*>(userdata);
  // dlnow counts body bytes as received, before content decoding.
  if (dlnow > t->max_wire_bytes) {
    t->too_large = "body over max_body_bytes (" + std::to_string(t->max_wire_bytes) + ")";
    return 1;
  }
  return 0;
}

curl_socket_t OnOpenSocket(void* userdata, curlsocktype, struct curl_sockaddr* address) {
  Transfer* t = static_cast<Transfer*>(userdata);
  if (t->filter != nullptr) {
    std::string why;
    if (!(*t->filter)(&address->addr, &why)) {
      t->refused = why;
      return CURL_SOCKET_BAD;
    }
  }
  return socket(address->family, address->socktype, address->protocol);
}

}  // namespace

Transfer::~Transfer() {
  if (headers_ != nullptr) curl_slist_free_all(headers_);
}

void Transfer::Prepare(CURL* handle, const CrawlConfig& config, const std::string& url,
                       const std::string& etag_validator,
                       const std::string& last_modified_validator) {
  easy = handle;
  curl_easy_reset(easy);
  curl_easy_setopt(easy, CURLOPT_URL, url.c_str());
  curl_easy_setopt(easy, CURLOPT_PRIVATE, this);
  curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(easy, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  // A page's redirects are followed by the crawler, one scheduled request
  // per hop, so each hop gets the target's robots.txt and host delay.
  // robots.txt itself follows them here (RFC 9309: at least five hops).
  curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, is_robots ? 1L : 0L);
  curl_easy_setopt(easy, CURLOPT_MAXREDIRS, static_cast<long>(config.max_redirects));
  curl_easy_setopt(easy, CURLOPT_USERAGENT, config.user_agent.c_str());
  curl_easy_setopt(easy, CURLOPT_ACCEPT_ENCODING, "");  // all that libcurl decodes
  curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS,
                   static_cast<long>(config.connect_timeout * 1000));
  curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, static_cast<long>(config.timeout * 1000));
  if (config.low_speed_limit > 0 && config.low_speed_time > 0) {
    curl_easy_setopt(easy, CURLOPT_LOW_SPEED_LIMIT, static_cast<long>(config.low_speed_limit));
    curl_easy_setopt(easy, CURLOPT_LOW_SPEED_TIME,
                     static_cast<long>(config.low_speed_time < 1 ? 1 : config.low_speed_time));
  }
  curl_easy_setopt(easy, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(max_wire_bytes));
  curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, errbuf);
  curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, OnHeader);
  curl_easy_setopt(easy, CURLOPT_HEADERDATA, this);
  curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, OnBody);
  curl_easy_setopt(easy, CURLOPT_WRITEDATA, this);
  curl_easy_setopt(easy, CURLOPT_NOPROGRESS, 0L);
  curl_easy_setopt(easy, CURLOPT_XFERINFOFUNCTION, OnProgress);
  curl_easy_setopt(easy, CURLOPT_XFERINFODATA, this);
  curl_easy_setopt(easy, CURLOPT_OPENSOCKETFUNCTION, OnOpenSocket);
  curl_easy_setopt(easy, CURLOPT_OPENSOCKETDATA, this);
  if (!etag_validator.empty()) {
    headers_ = curl_slist_append(headers_, ("If-None-Match: " + etag_validator).c_str());
  }
  if (!last_modified_validator.empty()) {
    headers_ =
        curl_slist_append(headers_, ("If-Modified-Since: " + last_modified_validator).c_str());
  }
  if (headers_ != nullptr) curl_easy_setopt(easy, CURLOPT_HTTPHEADER, headers_);
}

}  // namespace marketclaims
