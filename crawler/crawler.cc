#include "crawler/crawler.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <re2/re2.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <ctime>
#include <limits>
#include <map>
#include <memory>
#include <random>
#include <unordered_set>

#include "base/charset.h"
#include "crawler/content_sniff.h"
#include "crawler/file_fetch.h"
#include "crawler/host_state.h"
#include "crawler/link_finder.h"
#include "crawler/private_address.h"
#include "crawler/progress.h"
#include "crawler/retry_policy.h"
#include "crawler/robots.h"
#include "crawler/robots_response.h"
#include "crawler/transfer.h"
#include "crawler/url.h"

namespace marketclaims {
namespace {

// More than any crawl here keeps pending; the frontier is loaded once.
constexpr size_t kPendingLoadLimit = size_t{1} << 24;
// robots.txt is parsed up to this size (RFC 9309: at least 500 KiB).
constexpr int64_t kRobotsMaxBytes = 512 * 1024;

double Now() {
  using std::chrono::duration;
  using std::chrono::steady_clock;
  return duration<double>(steady_clock::now().time_since_epoch()).count();
}

bool LiteralToSockaddr(const std::string& host, int port, struct sockaddr_storage* out) {
  std::string h = host;
  if (h.size() >= 2 && h.front() == '[') h = h.substr(1, h.size() - 2);
  std::memset(out, 0, sizeof(*out));
  auto* v4 = reinterpret_cast<struct sockaddr_in*>(out);
  if (inet_pton(AF_INET, h.c_str(), &v4->sin_addr) == 1) {
    v4->sin_family = AF_INET;
    v4->sin_port = htons(port);
    return true;
  }
  auto* v6 = reinterpret_cast<struct sockaddr_in6*>(out);
  if (inet_pton(AF_INET6, h.c_str(), &v6->sin6_addr) == 1) {
    v6->sin6_family = AF_INET6;
    v6->sin6_port = htons(port);
    return true;
  }
  return false;
}

// The state of one Crawler::Run.
class CrawlRun {
 public:
  CrawlRun(const CrawlConfig& config, const Transfer::AddressFilter* filter,
           const volatile std::sig_atomic_t* stop, CrawlState* state, PageSink* sink,
           CrawlStats* stats, ProgressReporter* progress)
      : config_(config),
        filter_(filter),
        stop_(stop),
        state_(state),
        sink_(sink),
        stats_(stats),
        progress_(progress),
        product_token_(RobotsProductToken(config.user_agent)),
        rng_(std::random_device{}()) {}

  ~CrawlRun() {
    for (auto& kv : transfers_) {
      curl_multi_remove_handle(multi_, kv.first->easy);
      curl_easy_cleanup(kv.first->easy);
    }
    transfers_.clear();
    for (CURL* easy : pool_) curl_easy_cleanup(easy);
    if (multi_ != nullptr) curl_multi_cleanup(multi_);
  }

  bool Run(const std::vector<std::string>& seeds, std::string* error);

 private:
  bool StopRequested() const { return stop_ != nullptr && *stop_ != 0; }

  bool Fatal(const std::string& what) {
    if (fatal_.empty()) fatal_ = what;
    return false;
  }

  bool Init(std::string* error);
  bool LoadFrontier(const std::vector<std::string>& seeds);
  void AddTask(const std::string& url, int depth);
  HostState* HostFor(const UrlParts& parts);

  bool Schedule(double now);
  bool BudgetLeft() const { return config_.max_pages == 0 || pages_started_ < config_.max_pages; }
  // max_pages counts pages taken up; a page's retries and redirect hops
  // (host.retries) finish what was started and are never held back by it.
  bool MayTakeUp(const HostState& host) const {
    return !host.retries.empty() || (BudgetLeft() && !host.queue.empty());
  }
  bool AnyRunnable() const;
  int WaitMs(double now) const;

  void Launch(std::unique_ptr<Transfer> t, double now);
  void StartRobots(HostState* host, double now);
  bool StartPage(HostState* host, Task task, double now);
  bool FetchFile(Task task);
  bool DrainDone();
  bool HandleRobotsDone(Transfer* t, CURLcode code, double now);
  bool HandlePageDone(Transfer* t, CURLcode code, double now);
  bool RetryOrFail(HostState* host, Task task, Fetch fetch, const std::string& reason,
                   double retry_after, double now);
  bool FollowRedirect(Task task, Fetch fetch, const char* location);
  bool RecordSkip(const Task& task, const std::string& reason);
  bool Record(const Task& task, const Fetch& fetch, const std::string* body,
              const std::string& page_url);
  bool MayFollow(const UrlParts& page, const std::string& link, UrlParts* parts) const;

  CURL* AcquireHandle() {
    if (pool_.empty()) return curl_easy_init();
    CURL* easy = pool_.back();
    pool_.pop_back();
    return easy;
  }

  const CrawlConfig& config_;
  const Transfer::AddressFilter* filter_;
  const volatile std::sig_atomic_t* stop_;
  CrawlState* state_;
  PageSink* sink_;
  CrawlStats* stats_;
  ProgressReporter* progress_;
  std::string product_token_;
  std::mt19937 rng_;
  std::uniform_real_distribution<double> jitter_{0.0, 1.0};

  CURLM* multi_ = nullptr;
  std::vector<CURL*> pool_;
  std::map<Transfer*, std::unique_ptr<Transfer>> transfers_;
  std::map<std::string, std::unique_ptr<HostState>> hosts_;
  std::unordered_set<std::string> seen_;  // URLs taken up in this run
  std::vector<std::unique_ptr<RE2>> allow_;
  std::vector<std::unique_ptr<RE2>> deny_;
  int in_flight_ = 0;
  int64_t pages_started_ = 0;
  int64_t waiting_ = 0;  // tasks held in host queues
  std::string fatal_;
};

bool CrawlRun::Init(std::string* error) {
  if (!ValidateCrawlConfig(config_, error)) return false;
  for (const std::string& p : config_.allow) allow_.push_back(std::make_unique<RE2>(p));
  for (const std::string& p : config_.deny) deny_.push_back(std::make_unique<RE2>(p));
  multi_ = curl_multi_init();
  if (multi_ == nullptr) {
    *error = "curl_multi_init failed";
    return false;
  }
  curl_multi_setopt(multi_, CURLMOPT_MAX_TOTAL_CONNECTIONS,
                    static_cast<long>(config_.global_limit));
  return true;
}

bool CrawlRun::LoadFrontier(const std::vector<std::string>& seeds) {
  std::string error;
  std::vector<PendingUrl> pending;
  if (!state_->NextPending(1, &pending, &error)) return Fatal(error);
  bool fresh_pass = pending.empty();
  for (const std::string& seed : seeds) {
    bool ok =
        fresh_pass ? state_->Revisit(seed, 0, &error) : state_->Enqueue(seed, 0, nullptr, &error);
    if (!ok) return Fatal(error);
  }
  if (!state_->NextPending(kPendingLoadLimit, &pending, &error)) return Fatal(error);
  for (const PendingUrl& p : pending) AddTask(p.url, p.depth);
  return true;
}

HostState* CrawlRun::HostFor(const UrlParts& parts) {
  std::string origin = UrlOrigin(parts);
  std::unique_ptr<HostState>& slot = hosts_[origin];
  if (slot) return slot.get();
  slot = std::make_unique<HostState>();
  HostState* host = slot.get();
  host->origin = origin;
  host->is_file = parts.scheme == "file";
  host->delay = config_.per_host_delay;
  host->limit = config_.per_host_limit;
  for (const std::string& key : {parts.host, parts.host + ":" + std::to_string(parts.port)}) {
    auto it = config_.hosts.find(key);
    if (it == config_.hosts.end()) continue;
    if (it->second.per_host_delay >= 0) host->delay = it->second.per_host_delay;
    if (it->second.per_host_limit > 0) host->limit = it->second.per_host_limit;
  }
  if (host->is_file) {
    host->robots_status = RobotsStatus::kReady;
  } else if (filter_ != nullptr) {
    // A literal address is refused before any connection is tried; names
    // are checked by Transfer once resolved.
    struct sockaddr_storage addr;
    if (LiteralToSockaddr(parts.host, parts.port, &addr)) {
      std::string why;
      if (!(*filter_)(reinterpret_cast<struct sockaddr*>(&addr), &why)) host->refused = why;
    }
  }
  return host;
}

void CrawlRun::AddTask(const std::string& url, int depth) {
  if (!seen_.insert(url).second) return;
  Task task;
  task.url = url;
  task.depth = depth;
  std::string error;
  if (!ParseUrl(url, &task.parts, &error)) {
    // Frontier entries come normalised; one that is not is recorded, not
    // fetched, so it leaves the frontier.
    RecordSkip(task, error);
    return;
  }
  HostFor(task.parts)->queue.push_back(std::move(task));
  ++waiting_;
}

bool CrawlRun::Schedule(double now) {
  for (auto& kv : hosts_) {
    HostState& host = *kv.second;
    if (!host.HasTasks()) continue;
    if (!host.refused.empty()) {
      std::vector<Task> all = host.TakeAll();
      waiting_ -= all.size();
      for (const Task& task : all) {
        if (!RecordSkip(task, host.refused)) return false;
      }
      continue;
    }
    if (host.is_file) {
      Task task;
      while (BudgetLeft() && host.PopReady(now, &task)) {
        --waiting_;
        if (!FetchFile(std::move(task))) return false;
      }
      continue;
    }
    if (host.robots_status == RobotsStatus::kUnknown ||
        (host.robots_status == RobotsStatus::kWaiting && now >= host.robots_not_before)) {
      if (MayTakeUp(host) && in_flight_ < config_.global_limit && host.in_flight == 0 &&
          now >= host.next_start) {
        StartRobots(&host, now);
      }
      continue;
    }
    if (host.robots_status == RobotsStatus::kGaveUp) {
      // Links found later for a host whose robots.txt never answered wait
      // for the next run like the rest of its URLs.
      std::vector<Task> all = host.TakeAll();
      waiting_ -= all.size();
      stats_->deferred += all.size();
      continue;
    }
    if (host.robots_status != RobotsStatus::kReady) continue;
    while (MayTakeUp(host) && in_flight_ < config_.global_limit && host.in_flight < host.limit &&
           now >= host.next_start) {
      Task task;
      if (!host.PopReady(now, &task)) break;
      if (task.tries == 0 && task.redirects == 0 && !BudgetLeft()) {
        host.queue.push_front(std::move(task));  // a new page, over the budget
        break;
      }
      --waiting_;
      if (!host.robots.IsAllowed(UrlPathAndQuery(task.parts))) {
        if (!RecordSkip(task, task.hop_url.empty() ? "disallowed by robots.txt"
                                                   : "redirect target disallowed by robots.txt")) {
          return false;
        }
        continue;
      }
      if (!StartPage(&host, std::move(task), now)) return false;
    }
  }
  return true;
}

bool CrawlRun::AnyRunnable() const {
  for (const auto& kv : hosts_) {
    if (MayTakeUp(*kv.second)) return true;
  }
  return false;
}

int CrawlRun::WaitMs(double now) const {
  double wake = now + 0.25;  // progress redraws, at least
  if (in_flight_ < config_.global_limit) {
    for (const auto& kv : hosts_) {
      const HostState& h = *kv.second;
      if (!MayTakeUp(h)) continue;
      double t;
      switch (h.robots_status) {
        case RobotsStatus::kUnknown:
          if (h.in_flight > 0) continue;
          t = h.next_start;
          break;
        case RobotsStatus::kWaiting:
          if (h.in_flight > 0) continue;
          t = std::max(h.robots_not_before, h.next_start);
          break;
        case RobotsStatus::kReady:
          if (h.in_flight >= h.limit) continue;
          t = std::max(h.next_start, h.EarliestTask(BudgetLeft()));
          break;
        default:
          continue;
      }
      wake = std::min(wake, t);
    }
  }
  double ms = std::ceil((wake - now) * 1000);
  return ms <= 0 ? 0 : static_cast<int>(ms);
}

void CrawlRun::Launch(std::unique_ptr<Transfer> t, double now) {
  HostState* host = t->host;
  curl_multi_add_handle(multi_, t->easy);
  ++host->in_flight;
  ++in_flight_;
  ++stats_->requests;
  // Start-to-start spacing; a Retry-After may already have pushed it later.
  host->next_start = std::max(host->next_start, now + host->delay);
  Transfer* raw = t.get();
  transfers_[raw] = std::move(t);
}

void CrawlRun::StartRobots(HostState* host, double now) {
  host->robots_status = RobotsStatus::kFetching;
  ++host->robots_tries;
  auto t = std::make_unique<Transfer>();
  t->host = host;
  t->is_robots = true;
  t->max_wire_bytes = config_.max_body_bytes;
  t->max_decoded_bytes = std::min<int64_t>(kRobotsMaxBytes, config_.max_decoded_bytes);
  t->filter = filter_;
  t->Prepare(AcquireHandle(), config_, host->origin + "/robots.txt", "", "");
  Launch(std::move(t), now);
}

bool CrawlRun::StartPage(HostState* host, Task task, double now) {
  if (task.tries == 0 && task.redirects == 0) ++pages_started_;
  if (task.tries > 0) ++stats_->retries;
  ++task.tries;
  std::string etag, last_modified, error;
  if (!state_->GetValidators(task.url, &etag, &last_modified, &error)) return Fatal(error);
  auto t = std::make_unique<Transfer>();
  t->host = host;
  t->task = std::move(task);
  t->max_wire_bytes = config_.max_body_bytes;
  t->max_decoded_bytes = config_.max_decoded_bytes;
  t->stop_if_not_html = true;
  t->filter = filter_;
  t->Prepare(AcquireHandle(), config_, t->task.RequestUrl(), etag, last_modified);
  Launch(std::move(t), now);
  return true;
}

bool CrawlRun::FetchFile(Task task) {
  ++pages_started_;
  task.tries = 1;
  Fetch fetch;
  fetch.url = task.url;
  fetch.fetched_at = std::time(nullptr);
  fetch.attempts = 1;
  std::string utf8;
  FetchLocalFile(task.parts, config_.max_body_bytes, &fetch, &utf8);
  stats_->bytes += fetch.bytes;
  if (fetch.outcome == FetchOutcome::kSkipped) ++stats_->not_html;
  return Record(task, fetch, fetch.outcome == FetchOutcome::kOk ? &utf8 : nullptr, task.url);
}

bool CrawlRun::DrainDone() {
  int left = 0;
  while (CURLMsg* msg = curl_multi_info_read(multi_, &left)) {
    if (msg->msg != CURLMSG_DONE) continue;
    CURLcode code = msg->data.result;
    Transfer* t = nullptr;
    curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, &t);
    curl_multi_remove_handle(multi_, t->easy);
    std::unique_ptr<Transfer> owned = std::move(transfers_[t]);
    transfers_.erase(t);
    --t->host->in_flight;
    --in_flight_;
    double now = Now();
    bool ok = t->is_robots ? HandleRobotsDone(t, code, now) : HandlePageDone(t, code, now);
    pool_.push_back(t->easy);
    if (!ok) return false;
  }
  return true;
}

bool CrawlRun::HandleRobotsDone(Transfer* t, CURLcode code, double now) {
  long status = 0;
  curl_easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &status);
  stats_->bytes += t->body.size();
  bool gave_up = ApplyRobotsResponse(*t, code, status, config_, product_token_, now,
                                     [this] { return jitter_(rng_); });
  if (gave_up) {
    std::vector<Task> all = t->host->TakeAll();
    waiting_ -= all.size();
    stats_->deferred += all.size();
  }
  return true;
}

bool CrawlRun::HandlePageDone(Transfer* t, CURLcode code, double now) {
  HostState* host = t->host;
  Task& task = t->task;
  Fetch fetch;
  fetch.url = task.url;
  fetch.fetched_at = std::time(nullptr);
  fetch.attempts = task.tries;
  long status = 0;
  curl_easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &status);
  fetch.http_status = static_cast<int>(status);
  const char* effective = nullptr;
  curl_easy_getinfo(t->easy, CURLINFO_EFFECTIVE_URL, &effective);
  std::string final_url, ignored;
  if (effective != nullptr && NormalizeUrl(effective, &final_url, &ignored) &&
      final_url != task.url) {
    fetch.final_url = final_url;
  }
  const char* type = nullptr;
  curl_easy_getinfo(t->easy, CURLINFO_CONTENT_TYPE, &type);
  if (type != nullptr) fetch.content_type = type;
  fetch.charset = CharsetFromContentType(fetch.content_type);
  fetch.etag = t->etag;
  fetch.last_modified = t->last_modified;
  fetch.bytes = t->body.size();
  stats_->bytes += t->body.size();

  if (!t->refused.empty() && code != CURLE_OK) {
    fetch.outcome = FetchOutcome::kSkipped;
    fetch.error = t->refused;
    return Record(task, fetch, nullptr, task.url);
  }
  if (t->not_html) {
    fetch.outcome = FetchOutcome::kSkipped;
    fetch.error = "not HTML (" + MediaType(fetch.content_type) + ")";
    fetch.bytes = 0;
    ++stats_->not_html;
    return Record(task, fetch, nullptr, task.url);
  }
  if (!t->too_large.empty() || code == CURLE_FILESIZE_EXCEEDED) {
    fetch.outcome = FetchOutcome::kFailed;
    fetch.error = !t->too_large.empty() ? t->too_large
                                        : "Content-Length over max_body_bytes (" +
                                              std::to_string(config_.max_body_bytes) + ")";
    return Record(task, fetch, nullptr, task.url);
  }
  if (code != CURLE_OK) {
    std::string reason = curl_easy_strerror(code);
    if (t->errbuf[0] != '\0') reason += std::string(": ") + t->errbuf;
    if (IsRetryableCurlCode(code)) {
      return RetryOrFail(host, std::move(task), fetch, reason, -1, now);
    }
    fetch.outcome = FetchOutcome::kFailed;
    fetch.error = reason;
    return Record(task, fetch, nullptr, task.url);
  }
  if (status >= 300 && status < 400 && status != 304) {
    const char* location = nullptr;
    curl_easy_getinfo(t->easy, CURLINFO_REDIRECT_URL, &location);
    if (location != nullptr) return FollowRedirect(std::move(task), fetch, location);
  }
  if (status == 304) {
    fetch.outcome = FetchOutcome::kNotModified;
    return Record(task, fetch, nullptr, task.url);
  }
  if (status >= 200 && status < 300) {
    if (!IsHtml(fetch.content_type, t->body)) {
      fetch.outcome = FetchOutcome::kSkipped;
      fetch.error = "not HTML (" +
                    (fetch.content_type.empty() ? "sniffed" : MediaType(fetch.content_type)) + ")";
      ++stats_->not_html;
      return Record(task, fetch, nullptr, task.url);
    }
    fetch.outcome = FetchOutcome::kOk;
    std::string utf8 = ToUtf8(t->body, fetch.charset, nullptr);
    t->body.clear();
    return Record(task, fetch, &utf8, fetch.final_url.empty() ? task.url : fetch.final_url);
  }
  std::string reason = "HTTP " + std::to_string(status);
  if (IsRetryableStatus(static_cast<int>(status))) {
    double retry_after = -1;
    if (!ParseRetryAfter(t->retry_after, std::time(nullptr), &retry_after)) retry_after = -1;
    return RetryOrFail(host, std::move(task), fetch, reason, retry_after, now);
  }
  fetch.outcome = FetchOutcome::kFailed;
  fetch.error = reason;
  return Record(task, fetch, nullptr, task.url);
}

bool CrawlRun::RetryOrFail(HostState* host, Task task, Fetch fetch, const std::string& reason,
                           double retry_after, double now) {
  fetch.outcome = FetchOutcome::kFailed;
  if (retry_after > config_.max_retry_after) {
    char buf[128];
    std::snprintf(buf, sizeof(buf), "; Retry-After %.0f s exceeds max_retry_after", retry_after);
    fetch.error = reason + buf;
    return Record(task, fetch, nullptr, task.url);
  }
  if (task.tries >= config_.max_tries) {
    fetch.error = reason + " (after " + std::to_string(task.tries) + " tries)";
    return Record(task, fetch, nullptr, task.url);
  }
  double wait =
      BackoffSeconds(task.tries, config_.backoff_base, config_.backoff_max, jitter_(rng_));
  if (retry_after >= 0) {
    wait = std::max(wait, retry_after);
    // Retry-After speaks for the whole host, not just this URL.
    host->next_start = std::max(host->next_start, now + retry_after);
  }
  task.not_before = now + wait;
  task.last_error = reason;
  host->retries.push_back(std::move(task));
  ++waiting_;
  return true;
}

bool CrawlRun::FollowRedirect(Task task, Fetch fetch, const char* location) {
  std::string next, error;
  UrlParts parts;
  if (!NormalizeUrl(location, &next, &error) || !ParseUrl(next, &parts, &error)) {
    fetch.outcome = FetchOutcome::kFailed;
    fetch.error = "bad redirect target: " + error;
    return Record(task, fetch, nullptr, task.url);
  }
  if (parts.scheme != "http" && parts.scheme != "https") {
    fetch.outcome = FetchOutcome::kSkipped;
    fetch.error = "redirect to a " + parts.scheme + ": URL refused";
    return Record(task, fetch, nullptr, task.url);
  }
  task.chain.push_back(task.RequestUrl());
  if (task.redirects >= config_.max_redirects) {
    fetch.outcome = FetchOutcome::kFailed;
    bool loop = std::find(task.chain.begin(), task.chain.end(), next) != task.chain.end();
    fetch.error = (loop ? "redirect loop: " : "") + std::string("more than ") +
                  std::to_string(config_.max_redirects) + " redirects (next: " + next + ")";
    return Record(task, fetch, nullptr, task.url);
  }
  // The hop is a new request: it waits its turn at the target's host, after
  // that host's robots.txt and address checks, like any other task.
  ++task.redirects;
  task.hop_url = next;
  task.parts = parts;
  task.tries = 0;
  task.not_before = 0;
  HostFor(parts)->retries.push_back(std::move(task));
  ++waiting_;
  return true;
}

bool CrawlRun::RecordSkip(const Task& task, const std::string& reason) {
  Fetch fetch;
  fetch.url = task.url;
  if (task.hop_url != task.url) fetch.final_url = task.hop_url;
  fetch.fetched_at = std::time(nullptr);
  fetch.outcome = FetchOutcome::kSkipped;
  fetch.attempts = task.tries;
  fetch.error = reason;
  return Record(task, fetch, nullptr, task.url);
}

bool CrawlRun::MayFollow(const UrlParts& page, const std::string& link, UrlParts* parts) const {
  std::string error;
  if (!ParseUrl(link, parts, &error)) return false;
  // A web page must never steer the crawler to local files.
  if (parts->scheme == "file" && page.scheme != "file") return false;
  if (config_.same_host && parts->host != page.host) return false;
  if (!allow_.empty()) {
    bool any = false;
    for (const auto& re : allow_) any = any || RE2::PartialMatch(link, *re);
    if (!any) return false;
  }
  for (const auto& re : deny_) {
    if (RE2::PartialMatch(link, *re)) return false;
  }
  return true;
}

bool CrawlRun::Record(const Task& task, const Fetch& fetch, const std::string* body,
                      const std::string& page_url) {
  std::string error;
  PageResult result = PageResult::kRecorded;
  if (!sink_->Accept(fetch, body, &result, &error)) return Fatal(error);
  switch (fetch.outcome) {
    case FetchOutcome::kOk:
      if (result == PageResult::kUnchanged) {
        ++stats_->unchanged;
      } else {
        ++stats_->pages_new;
      }
      break;
    case FetchOutcome::kNotModified:
      ++stats_->unchanged;
      break;
    case FetchOutcome::kFailed:
      ++stats_->failed;
      break;
    case FetchOutcome::kSkipped:
      ++stats_->skipped;
      break;
  }
  // An unchanged page's links were enqueued when it was first ingested.
  if (body != nullptr && result != PageResult::kUnchanged && task.depth < config_.max_depth) {
    UrlParts page;
    if (ParseUrl(page_url, &page, &error)) {
      for (const std::string& link : FindLinks(*body, page_url)) {
        UrlParts parts;
        if (!MayFollow(page, link, &parts)) continue;
        bool added = false;
        if (!state_->Enqueue(link, task.depth + 1, &added, &error)) return Fatal(error);
        if (added) AddTask(link, task.depth + 1);
      }
    }
  }
  if (!state_->MarkVisited(fetch, &error)) return Fatal(error);
  return true;
}

bool CrawlRun::Run(const std::vector<std::string>& seeds, std::string* error) {
  double start = Now();
  if (!Init(error)) return false;
  if (LoadFrontier(seeds)) {
    while (true) {
      if (StopRequested()) {
        stats_->stopped = true;
        break;
      }
      if (!Schedule(Now())) break;
      int running = 0;
      curl_multi_perform(multi_, &running);
      if (!DrainDone()) break;
      if (in_flight_ == 0 && !AnyRunnable()) break;
      double now = Now();
      stats_->queued = waiting_ + in_flight_;
      stats_->elapsed_seconds = now - start;
      progress_->Update(*stats_, now);
      int ms = WaitMs(now);
      if (ms > 0) curl_multi_poll(multi_, nullptr, 0, ms, nullptr);
    }
  }
  // Whatever was not finished stays pending in the state for the next run.
  stats_->deferred += waiting_ + in_flight_;
  stats_->queued = 0;
  stats_->elapsed_seconds = Now() - start;
  if (!fatal_.empty()) {
    *error = fatal_;
    return false;
  }
  return true;
}

}  // namespace

Crawler::Crawler(const CrawlConfig& config)
    : config_(config), progress_out_(stderr), progress_live_(isatty(fileno(stderr)) != 0) {
  curl_global_init(CURL_GLOBAL_DEFAULT);
  address_filter_ = [](const struct sockaddr* addr, std::string* why) {
    if (!IsPrivateAddress(addr)) return true;
    *why = "refused private address " + AddressToString(addr) + " (see allow_private)";
    return false;
  };
}

bool Crawler::Run(const std::vector<std::string>& seeds, CrawlState* state, PageSink* sink,
                  CrawlStats* stats, std::string* error) {
  *stats = CrawlStats();
  ProgressReporter progress(progress_out_, config_.quiet, progress_live_);
  bool ok;
  {
    CrawlRun run(config_, config_.allow_private ? nullptr : &address_filter_, stop_, state, sink,
                 stats, &progress);
    ok = run.Run(seeds, error);
  }
  progress.Finish(*stats);
  return ok;
}

}  // namespace marketclaims
