#include "crawler/crawl_config.h"

#include <gtest/gtest.h>

#include "tests/util/temp_dir.h"

namespace marketclaims {
namespace {

bool HasText(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

TEST(CrawlConfigTest, ReadsEveryKey) {
  testing_util::TempDir dir;
  ASSERT_FALSE(dir.path().empty());
  dir.Write("lists/seeds.txt", "# listing pages\nhttps://reports.example/list\n\n");
  std::string path = dir.Write("crawl.toml",
                               "user_agent = \"marketclaims/0.1 (+mailto:ops@example.org)\"\n"
                               "seeds = [\"https://a.example/\", \"https://b.example/x\"]\n"
                               "seed_files = [\"lists/seeds.txt\"]\n"
                               "max_depth = 2\n"
                               "same_host = false\n"
                               "allow = ['/reports/']\n"
                               "deny = ['\\.pdf$']\n"
                               "max_pages = 500\n"
                               "global_limit = 8\n"
                               "per_host_limit = 2\n"
                               "per_host_delay = 1.5\n"
                               "connect_timeout = 5\n"
                               "timeout = 30.5\n"
                               "low_speed_limit = 512\n"
                               "low_speed_time = 15\n"
                               "max_redirects = 3\n"
                               "max_body_bytes = 1048576\n"
                               "max_decoded_bytes = 4194304\n"
                               "max_tries = 5\n"
                               "backoff_base = 0.5\n"
                               "backoff_max = 30\n"
                               "max_retry_after = 120\n"
                               "allow_private = true\n"
                               "quiet = true\n"
                               "\n"
                               "[hosts.\"Slow.Example\"]\n"
                               "per_host_delay = 5\n"
                               "\n"
                               "[hosts.\"fast.example:8080\"]\n"
                               "per_host_limit = 4\n"
                               "per_host_delay = 0\n");
  CrawlConfig c;
  std::string error;
  ASSERT_TRUE(LoadCrawlConfig(path, &c, &error)) << error;
  EXPECT_EQ(c.user_agent, "marketclaims/0.1 (+mailto:ops@example.org)");
  EXPECT_EQ(c.seeds.size(), 2u);
  ASSERT_EQ(c.seed_files.size(), 1u);
  EXPECT_EQ(c.seed_files[0], dir.path() + "/lists/seeds.txt");
  EXPECT_EQ(c.max_depth, 2);
  EXPECT_FALSE(c.same_host);
  EXPECT_EQ(c.allow.size(), 1u);
  EXPECT_EQ(c.deny[0], "\\.pdf$");
  EXPECT_EQ(c.max_pages, 500);
  EXPECT_EQ(c.global_limit, 8);
  EXPECT_EQ(c.per_host_limit, 2);
  EXPECT_DOUBLE_EQ(c.per_host_delay, 1.5);
  EXPECT_DOUBLE_EQ(c.connect_timeout, 5);
  EXPECT_DOUBLE_EQ(c.timeout, 30.5);
  EXPECT_EQ(c.low_speed_limit, 512);
  EXPECT_DOUBLE_EQ(c.low_speed_time, 15);
  EXPECT_EQ(c.max_redirects, 3);
  EXPECT_EQ(c.max_body_bytes, 1048576);
  EXPECT_EQ(c.max_decoded_bytes, 4194304);
  EXPECT_EQ(c.max_tries, 5);
  EXPECT_DOUBLE_EQ(c.backoff_base, 0.5);
  EXPECT_DOUBLE_EQ(c.backoff_max, 30);
  EXPECT_DOUBLE_EQ(c.max_retry_after, 120);
  EXPECT_TRUE(c.allow_private);
  EXPECT_TRUE(c.quiet);
  ASSERT_EQ(c.hosts.count("slow.example"), 1u);
  EXPECT_DOUBLE_EQ(c.hosts["slow.example"].per_host_delay, 5);
  EXPECT_EQ(c.hosts["slow.example"].per_host_limit, -1);
  EXPECT_EQ(c.hosts["fast.example:8080"].per_host_limit, 4);
  EXPECT_TRUE(ValidateCrawlConfig(c, &error)) << error;

  std::vector<std::string> seeds;
  ASSERT_TRUE(CollectSeeds(c, &seeds, &error)) << error;
  std::vector<std::string> want = {"https://a.example/", "https://b.example/x",
                                   "https://reports.example/list"};
  EXPECT_EQ(seeds, want);
}

TEST(CrawlConfigTest, ErrorsNameTheLine) {
  struct Case {
    const char* text;
    const char* line;
    const char* words;
  } cases[] = {
      {"max_depth = 1\nper_host_dealy = 2\n", "cfg.toml:2:", "unknown key 'per_host_dealy'"},
      {"\n\nper_host_delay = \"slow\"\n", "cfg.toml:3:", "per_host_delay must be a number"},
      {"max_tries = 0\n", "cfg.toml:1:", "max_tries must be between 1 and 100"},
      {"max_depth = 1.5\n", "cfg.toml:1:", "max_depth must be an integer"},
      {"seeds = [\"a\", 3]\n", "cfg.toml:1:", "array of strings"},
      {"same_host = yes\n", "cfg.toml:1:", ""},
      {"quiet = true\n[hosts.\"a.example\"]\nper_host_delay = 1\nretries = 3\n",
       "cfg.toml:4:", "unknown key 'retries' in hosts.a.example"},
      {"[hosts.\"a.example\"]\nper_host_limit = 0\n", "cfg.toml:2:", "per_host_limit"},
      {"[crawl]\nmax_depth = 1\n", "cfg.toml:1:", "unknown key 'crawl'"},
  };
  for (const Case& c : cases) {
    CrawlConfig config;
    std::string error;
    EXPECT_FALSE(ParseCrawlConfig(c.text, "cfg.toml", &config, &error)) << c.text;
    EXPECT_EQ(error.rfind(c.line, 0), 0u) << c.text << " -> " << error;
    EXPECT_TRUE(HasText(error, c.words)) << c.text << " -> " << error;
  }
}

TEST(CrawlConfigTest, FailedParseLeavesConfigUntouched) {
  CrawlConfig c;
  std::string error;
  EXPECT_FALSE(ParseCrawlConfig("max_depth = 3\nbogus = 1\n", "x.toml", &c, &error));
  EXPECT_EQ(c.max_depth, 0);
  EXPECT_FALSE(LoadCrawlConfig("/nonexistent/crawl.toml", &c, &error));
  EXPECT_TRUE(HasText(error, "/nonexistent/crawl.toml"));
}

TEST(CrawlConfigTest, CommandLineOverrides) {
  CrawlConfig c;
  std::string error;
  ASSERT_TRUE(ParseCrawlConfig("per_host_delay = 2\nseeds = ['https://a.example/']\n", "c.toml", &c,
                               &error));
  ASSERT_TRUE(SetCrawlOption("per-host-delay", "0.25", &c, &error)) << error;
  EXPECT_DOUBLE_EQ(c.per_host_delay, 0.25);
  ASSERT_TRUE(SetCrawlOption("allow_private", "true", &c, &error));
  EXPECT_TRUE(c.allow_private);
  ASSERT_TRUE(SetCrawlOption("seeds", "https://b.example/", &c, &error));
  EXPECT_EQ(c.seeds.size(), 2u);
  ASSERT_TRUE(SetCrawlOption("max-pages", "10", &c, &error));
  EXPECT_EQ(c.max_pages, 10);

  EXPECT_FALSE(SetCrawlOption("max-depth", "two", &c, &error));
  EXPECT_TRUE(HasText(error, "max_depth")) << error;
  EXPECT_FALSE(SetCrawlOption("max-depth", "2.5", &c, &error));
  EXPECT_FALSE(SetCrawlOption("per-host-delay", "-1", &c, &error));
  EXPECT_FALSE(SetCrawlOption("quiet", "maybe", &c, &error));
  EXPECT_FALSE(SetCrawlOption("no-such-option", "1", &c, &error));
  EXPECT_TRUE(HasText(error, "no-such-option"));
  EXPECT_TRUE(IsCrawlOption("user-agent"));
  EXPECT_FALSE(IsCrawlOption("db"));
}

TEST(CrawlConfigTest, ValidationAndSeedErrors) {
  CrawlConfig c;
  std::string error;
  c.allow.push_back("reports/(unclosed");
  EXPECT_FALSE(ValidateCrawlConfig(c, &error));
  EXPECT_TRUE(HasText(error, "allow pattern")) << error;
  c.allow.clear();
  c.connect_timeout = 100;
  c.timeout = 10;
  EXPECT_FALSE(ValidateCrawlConfig(c, &error));

  testing_util::TempDir dir;
  c = CrawlConfig();
  c.seed_files.push_back(dir.Write("s.txt", "https://a.example/\n# comment\nftp://a.example/f\n"));
  std::vector<std::string> seeds;
  EXPECT_FALSE(CollectSeeds(c, &seeds, &error));
  EXPECT_TRUE(HasText(error, "s.txt:3:")) << error;
  c.seed_files = {dir.path() + "/missing.txt"};
  EXPECT_FALSE(CollectSeeds(c, &seeds, &error));
  EXPECT_TRUE(HasText(error, "missing.txt")) << error;
}

}  // namespace
}  // namespace marketclaims
