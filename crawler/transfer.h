// Transfer: one HTTP request in flight on the multi handle, with the
// callbacks that enforce the per-transfer limits while bytes arrive: the
// wire-size and decoded-size caps, the early stop for bodies that are not
// HTML, and the address check on every connection curl opens (after DNS,
// and again after each redirect to a new host).
#ifndef MARKETCLAIMS_CRAWLER_TRANSFER_H_
#define MARKETCLAIMS_CRAWLER_TRANSFER_H_

#include <curl/curl.h>

#include <cstdint>
#include <functional>
#include <string>

#include "crawler/crawl_config.h"
#include "crawler/host_state.h"

namespace marketclaims {

struct Transfer {
  using AddressFilter = std::function<bool(const struct sockaddr*, std::string*)>;

  CURL* easy = nullptr;  // owned by the crawler's handle pool
  HostState* host = nullptr;
  Task task;
  bool is_robots = false;

  // Limits and checks, set before Start.
  int64_t max_wire_bytes = 0;
  int64_t max_decoded_bytes = 0;
  bool stop_if_not_html = false;
  const AddressFilter* filter = nullptr;  // null: every address allowed

  // Filled while the transfer runs.
  std::string body;       // of a 2xx response only: no caller reads an error page
  std::string too_large;  // why the body limit stopped it, or ""
  bool not_html = false;  // stopped early: Content-Type is not HTML
  std::string refused;    // an address was refused, and why
  std::string etag;       // of the last response (redirects reset these)
  std::string last_modified;
  std::string retry_after;
  char errbuf[CURL_ERROR_SIZE] = {0};

  Transfer() = default;
  Transfer(const Transfer&) = delete;
  Transfer& operator=(const Transfer&) = delete;
  ~Transfer();

  // Takes `handle` as `easy` and sets every option for a GET of `url` (the
  // task's URL or redirect hop, or the host's robots.txt). Non-empty
  // validators add If-None-Match / If-Modified-Since. Only a robots.txt
  // transfer follows redirects itself; set is_robots first.
  void Prepare(CURL* handle, const CrawlConfig& config, const std::string& url,
               const std::string& etag_validator, const std::string& last_modified_validator);

 private:
  struct curl_slist* headers_ = nullptr;
};

}  // namespace marketclaims

#endif  // MARKETCLAIMS_CRAWLER_TRANSFER_H_
