// CrawlConfig: every knob of a crawl, with defaults fit for a polite
// unattended run, read from a TOML file and overridden from the command
// line. crawler/README.md documents each key. Parsing is strict: an unknown
// key or a value of the wrong type or range is an error naming the file and
// line, because a typo in a cron job's config must not silently crawl with
// defaults.
#ifndef MARKETCLAIMS_CRAWLER_CRAWL_CONFIG_H_
#define MARKETCLAIMS_CRAWLER_CRAWL_CONFIG_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace marketclaims {

// Per-host settings that replace the global ones; negative means "not set".
struct HostOverride {
  double per_host_delay = -1;
  int per_host_limit = -1;
};

struct CrawlConfig {
  std::string user_agent = "marketclaims/0.1 (market report research crawler)";
  std::vector<std::string> seeds;       // URLs
  std::vector<std::string> seed_files;  // one URL a line; '#' comments
  // Links are followed from pages up to this depth (0: seeds only).
  int max_depth = 0;
  bool same_host = true;           // follow links only within the page's host
  std::vector<std::string> allow;  // RE2; if any, followed links must match one
  std::vector<std::string> deny;   // RE2; followed links must match none
  int64_t max_pages = 0;           // fetches per run; 0: no limit

  int global_limit = 16;        // transfers in flight overall
  int per_host_limit = 1;       // transfers in flight per host
  double per_host_delay = 1.0;  // seconds between request starts to a host
  // A robots.txt Crawl-delay above this defers the host's URLs to a later
  // run instead of stalling this one.
  double max_crawl_delay = 60;

  double connect_timeout = 10;    // seconds
  double timeout = 60;            // seconds for a whole transfer
  int64_t low_speed_limit = 100;  // bytes/s; slower for low_speed_time aborts
  double low_speed_time = 20;     // seconds
  int max_redirects = 5;
  int64_t max_body_bytes = 10 << 20;     // bytes on the wire
  int64_t max_decoded_bytes = 50 << 20;  // bytes after gzip/deflate/br

  int max_tries = 4;             // per URL, retries included
  double backoff_base = 1.0;     // first retry after ~this many seconds
  double backoff_max = 120;      // cap on one backoff
  double max_retry_after = 600;  // a longer Retry-After fails the URL

  bool allow_private = false;  // allow loopback/private/link-local addresses
  bool quiet = false;          // no progress line, no summary

  std::map<std::string, HostOverride> hosts;  // key: "host" or "host:port"
};

// Parses TOML `text`; `path` names it in errors and anchors relative
// seed_files. Keys absent from the text keep the values already in *config.
bool ParseCrawlConfig(const std::string& text, const std::string& path, CrawlConfig* config,
                      std::string* error);

// Like ParseCrawlConfig, but reads the keys of the table `section` (e.g.
// "crawl" for a marketclaims config file's [crawl] table; "" for the whole
// file). A file without that table leaves *config as it is; other tables
// and keys outside the section are not looked at.
bool ParseCrawlConfigSection(const std::string& text, const std::string& path,
                             const std::string& section, CrawlConfig* config, std::string* error);

// Reads and parses the file at `path`.
bool LoadCrawlConfig(const std::string& path, CrawlConfig* config, std::string* error);

// Sets one top-level key from a command-line string ("per_host_delay",
// "0.5"); a list key appends. Dashes in `key` count as underscores, so
// `--per-host-delay` maps straight onto it. Same checks as the file.
bool SetCrawlOption(const std::string& key, const std::string& value, CrawlConfig* config,
                    std::string* error);

// The top-level options SetCrawlOption accepts, for command-line parsers
// that turn each into a flag (`--per-host-delay`).
struct CrawlOptionInfo {
  std::string name;  // with underscores, as in the file
  bool is_bool;      // a switch: --allow-private / --no-allow-private
  bool is_list;      // repeatable; each value appends
};
std::vector<CrawlOptionInfo> ListCrawlOptions();

// Whether `key` names a top-level option SetCrawlOption accepts.
bool IsCrawlOption(const std::string& key);

// Checks what parsing one key at a time cannot: the RE2 patterns compile,
// timeouts are coherent.
bool ValidateCrawlConfig(const CrawlConfig& config, std::string* error);

// The seeds plus the URLs of the seed files, normalised, duplicates removed,
// in order. A bad URL is an error naming its file and line.
bool CollectSeeds(const CrawlConfig& config, std::vector<std::string>* seeds, std::string* error);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_CRAWLER_CRAWL_CONFIG_H_
