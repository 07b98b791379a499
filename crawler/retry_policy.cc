#include "crawler/retry_policy.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace marketclaims {

bool IsRetryableCurlCode(CURLcode code) {
  switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_PARTIAL_FILE:
    case CURLE_GOT_NOTHING:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_BAD_CONTENT_ENCODING:  // usually a body cut short mid-stream
      return true;
    default:
      return false;
  }
}

bool IsRetryableStatus(int status) {
  return status == 429 || (status >= 500 && status <= 599 && status != 501);
}

double BackoffSeconds(int tries_made, double base, double max, double jitter01) {
  int exponent = std::min(std::max(tries_made - 1, 0), 30);
  double d = base * std::ldexp(1.0, exponent) * (0.5 + jitter01);
  return std::min(d, max);
}

bool ParseRetryAfter(const std::string& value, int64_t now_unix, double* seconds) {
  size_t b = value.find_first_not_of(" \t");
  if (b == std::string::npos) return false;
  size_t e = value.find_last_not_of(" \t\r\n");
  std::string v = value.substr(b, e - b + 1);
  bool digits = !v.empty() && v.size() < 10;
  for (char c : v) digits = digits && std::isdigit(static_cast<unsigned char>(c));
  if (digits) {
    *seconds = std::stod(v);
    return true;
  }
  time_t when = curl_getdate(v.c_str(), nullptr);
  if (when < 0) return false;
  *seconds = std::max<double>(0, static_cast<double>(when - now_unix));
  return true;
}

}  // namespace marketclaims
