// crawl_bench: the crawler's throughput and politeness against local
// servers. Starts H HTTP servers on 127.0.0.1 (one "host" per port), each
// answering every page after a fixed latency, and crawls P pages from one
// listing page per host (links followed to depth 1). Two runs:
//   fast:   per-host delay 0, per-host limit 4: pages/s and the crawler
//           thread's CPU time per page (curl, scheduling, charset
//           conversion, link finding; the sink does no extraction);
//   polite: per-host delay D, per-host limit 1: how close the crawl comes to
//           the politeness bound P / (H / D pages per second).
// Goals: polite >= 90% of the bound; fast < 1 ms CPU per page.
#include <httplib.h>
#include <time.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "base/flags.h"
#include "crawler/crawler.h"
#include "crawler/memory_crawl_state.h"

namespace marketclaims {
namespace {

const char kUsage[] =
    "usage: crawl_bench [--hosts H] [--pages P] [--latency-ms L] [--delay D] [--skip-polite]\n"
    "Defaults: 20 hosts, 2000 pages, 50 ms latency, polite delay 0.5 s.\n";

double Seconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

double ThreadCpuSeconds() {
  struct timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

// Sends `body` with a Content-Length. httplib would otherwise brotli-compress
// text at its highest quality, spending ~10 ms of server CPU per page and
// measuring the server instead of the crawler.
void Serve(httplib::Response& res, std::string body) {
  auto shared = std::make_shared<std::string>(std::move(body));
  res.set_content_provider(shared->size(), "text/html; charset=utf-8",
                           [shared](size_t offset, size_t length, httplib::DataSink& sink) {
                             return sink.write(shared->data() + offset, length);
                           });
}

// An invented report page of about 8 KB, with a few links back to the list.
std::string ReportPage(int host, int n) {
  std::string body = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Widget Market " +
                     std::to_string(host) + "-" + std::to_string(n) +
                     "</title></head><body><nav><a href=\"/\">Home</a> <a href=\"/list\">All "
                     "reports</a></nav><h1>Global Widget Market Outlook</h1>";
  for (int i = 0; i < 40; ++i) {
    body += "<p>The global widget market was valued at USD " + std::to_string(10 + i) +
            ".4 billion and is projected to grow at a CAGR of 6.2% through the forecast "
            "period, led by industrial demand.</p>\n";
  }
  return body + "</body></html>";
}

class CountingSink : public PageSink {
 public:
  bool Accept(const Fetch& fetch, const std::string* body, PageResult* result,
              std::string*) override {
    if (fetch.outcome == FetchOutcome::kOk) ++ok;
    if (body != nullptr) bytes += body->size();
    *result = PageResult::kNew;
    return true;
  }
  int64_t ok = 0;
  int64_t bytes = 0;
};

struct Host {
  httplib::Server server;
  std::thread thread;
  int port = 0;
};

struct RunResult {
  double seconds;
  double cpu_seconds;
  int64_t pages;
  CrawlStats stats;
};

bool Crawl(const std::vector<std::unique_ptr<Host>>& hosts, double delay, int limit,
           RunResult* out) {
  CrawlConfig config;
  config.allow_private = true;
  config.quiet = true;
  config.max_depth = 1;
  config.per_host_delay = delay;
  config.per_host_limit = limit;
  config.global_limit = static_cast<int>(hosts.size()) * limit;
  std::vector<std::string> seeds;
  for (const auto& h : hosts)
    seeds.push_back("http://127.0.0.1:" + std::to_string(h->port) + "/list");
  MemoryCrawlState state;
  CountingSink sink;
  Crawler crawler(config);
  std::string error;
  double cpu0 = ThreadCpuSeconds();
  double t0 = Seconds();
  bool ok = crawler.Run(seeds, &state, &sink, &out->stats, &error);
  out->seconds = Seconds() - t0;
  out->cpu_seconds = ThreadCpuSeconds() - cpu0;
  out->pages = sink.ok;
  if (!ok) std::fprintf(stderr, "crawl_bench: %s\n", error.c_str());
  return ok;
}

int Run(const std::vector<std::string>& args) {
  Flags flags;
  flags.AddOption("--hosts");
  flags.AddOption("--pages");
  flags.AddOption("--latency-ms");
  flags.AddOption("--delay");
  flags.AddSwitch("--skip-polite");
  flags.AddSwitch("--help");
  std::string error;
  if (!flags.Parse(args, &error)) {
    std::fprintf(stderr, "crawl_bench: %s\n%s", error.c_str(), kUsage);
    return 2;
  }
  if (flags.Has("--help")) {
    std::printf("%s", kUsage);
    return 0;
  }
  int n_hosts = std::atoi(flags.Get("--hosts", "20").c_str());
  int n_pages = std::atoi(flags.Get("--pages", "2000").c_str());
  int latency_ms = std::atoi(flags.Get("--latency-ms", "50").c_str());
  double delay = std::atof(flags.Get("--delay", "0.5").c_str());
  if (n_hosts <= 0 || n_pages < n_hosts || latency_ms < 0 || delay <= 0) {
    std::fprintf(stderr, "%s", kUsage);
    return 2;
  }
  // Each host serves its listing page plus enough reports to make P pages.
  int per_host = n_pages / n_hosts;

  std::vector<std::unique_ptr<Host>> hosts;
  for (int h = 0; h < n_hosts; ++h) {
    auto host = std::make_unique<Host>();
    std::string list = "<html><body><h1>Reports</h1>";
    for (int i = 1; i < per_host; ++i) {
      list +=
          "<a href=\"/report/" + std::to_string(i) + "\">Report " + std::to_string(i) + "</a>\n";
    }
    list += "</body></html>";
    host->server.Get("/list", [list, latency_ms](const httplib::Request&, httplib::Response& res) {
      std::this_thread::sleep_for(std::chrono::milliseconds(latency_ms));
      Serve(res, list);
    });
    host->server.Get(R"(/report/(\d+))",
                     [h, latency_ms](const httplib::Request& req, httplib::Response& res) {
                       std::this_thread::sleep_for(std::chrono::milliseconds(latency_ms));
                       Serve(res, ReportPage(h, std::atoi(req.matches[1].str().c_str())));
                     });
    host->server.set_tcp_nodelay(true);  // else delayed ACKs add ~40 ms per response
    host->port = host->server.bind_to_any_port("127.0.0.1");
    Host* raw = host.get();
    host->thread = std::thread([raw] { raw->server.listen_after_bind(); });
    hosts.push_back(std::move(host));
  }
  for (auto& h : hosts) {
    while (!h->server.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  int64_t total = static_cast<int64_t>(per_host) * n_hosts;
  std::printf("crawl_bench: %d hosts x %d pages = %lld pages, %d ms latency\n", n_hosts, per_host,
              static_cast<long long>(total), latency_ms);

  int status = 0;
  RunResult fast;
  if (!Crawl(hosts, 0, 4, &fast)) status = 1;
  std::printf(
      "fast   (delay 0, 4 per host): %lld pages in %.2f s = %.0f pages/s; "
      "crawler CPU %.3f s = %.3f ms/page\n",
      static_cast<long long>(fast.pages), fast.seconds, fast.pages / fast.seconds, fast.cpu_seconds,
      1000 * fast.cpu_seconds / std::max<int64_t>(fast.pages, 1));
  if (fast.pages != total) status = 1;

  if (!flags.Has("--skip-polite")) {
    RunResult polite;
    if (!Crawl(hosts, delay, 1, &polite)) status = 1;
    double bound = total / (n_hosts / delay);  // seconds at exactly 1/delay per host
    std::printf(
        "polite (delay %.2f s, 1 per host): %lld pages in %.2f s; bound %.2f s; "
        "%.1f%% of the bound (%lld requests incl. robots.txt)\n",
        delay, static_cast<long long>(polite.pages), polite.seconds, bound,
        100 * bound / polite.seconds, static_cast<long long>(polite.stats.requests));
    if (polite.pages != total) status = 1;
  }
  for (auto& h : hosts) {
    h->server.stop();
    h->thread.join();
  }
  return status;
}

}  // namespace
}  // namespace marketclaims

int main(int argc, char** argv) {
  return marketclaims::Run(std::vector<std::string>(argv + 1, argv + argc));
}
