#include "tests/util/test_server.h"

#include <chrono>

namespace marketclaims {

double SteadySeconds() {
  using std::chrono::duration;
  using std::chrono::steady_clock;
  return duration<double>(steady_clock::now().time_since_epoch()).count();
}

TestServer::TestServer() {
  server_.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response&) {
    Hit hit;
    hit.at = SteadySeconds();
    hit.path = req.path;
    if (!req.params.empty()) {
      // Rebuild the query as sent: tests only use simple ones.
      std::string q;
      for (const auto& kv : req.params) q += (q.empty() ? "" : "&") + kv.first + "=" + kv.second;
      hit.path += "?" + q;
    }
    hit.if_none_match = req.get_header_value("If-None-Match");
    hit.if_modified_since = req.get_header_value("If-Modified-Since");
    hit.user_agent = req.get_header_value("User-Agent");
    std::lock_guard<std::mutex> lock(mu_);
    hits_.push_back(hit);
    return httplib::Server::HandlerResponse::Unhandled;
  });
  server_.set_tcp_nodelay(true);  // else delayed ACKs slow every response
  port_ = server_.bind_to_any_port("127.0.0.1");
}

TestServer::~TestServer() {
  stopping_ = true;
  server_.stop();
  if (thread_.joinable()) thread_.join();
}

void TestServer::Start() {
  thread_ = std::thread([this] { server_.listen_after_bind(); });
  // stop() is a no-op until the accept loop runs, so wait for it; else a
  // quick test could leave the thread listening forever.
  while (!server_.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
}

std::string TestServer::Url(const std::string& path) const {
  return "http://127.0.0.1:" + std::to_string(port_) + path;
}

std::vector<TestServer::Hit> TestServer::Hits() const {
  std::lock_guard<std::mutex> lock(mu_);
  return hits_;
}

std::vector<TestServer::Hit> TestServer::HitsFor(const std::string& path) const {
  std::vector<Hit> out;
  for (const Hit& h : Hits()) {
    if (h.path == path) out.push_back(h);
  }
  return out;
}

}  // namespace marketclaims
