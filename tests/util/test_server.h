// TestServer: a real HTTP server on 127.0.0.1 (cpp-httplib) for the tests
// that crawl (crawler/ and the crawl and run commands), on a port the
// kernel picks. It records every request with its arrival time on the
// server's clock, so politeness is asserted from what the server saw, not
// from how long the client thought it waited.
#ifndef MARKETCLAIMS_TESTS_UTIL_TEST_SERVER_H_
#define MARKETCLAIMS_TESTS_UTIL_TEST_SERVER_H_

#include <httplib.h>

#include <atomic>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace marketclaims {

class TestServer {
 public:
  struct Hit {
    std::string path;  // with the query, if any
    double at;         // seconds, steady clock
    std::string if_none_match;
    std::string if_modified_since;
    std::string user_agent;
  };

  TestServer();
  ~TestServer();

  // Register handlers on this before Start().
  httplib::Server& http() { return server_; }
  void Start();

  int port() const { return port_; }
  // "http://127.0.0.1:PORT" + path.
  std::string Url(const std::string& path) const;

  std::vector<Hit> Hits() const;
  std::vector<Hit> HitsFor(const std::string& path) const;
  int Count(const std::string& path) const { return static_cast<int>(HitsFor(path).size()); }

  // Set by the destructor so handlers that stall can give up.
  const std::atomic<bool>& stopping() const { return stopping_; }

 private:
  httplib::Server server_;
  std::thread thread_;
  int port_ = 0;
  std::atomic<bool> stopping_{false};
  mutable std::mutex mu_;
  std::vector<Hit> hits_;
};

double SteadySeconds();

}  // namespace marketclaims

#endif  // MARKETCLAIMS_TESTS_UTIL_TEST_SERVER_H_
