// The marketclaims config file and the crawl flags: what `run` and `crawl`
// read before touching anything.
#include "cli/config_file.h"

#include <gtest/gtest.h>

#include "base/flags.h"
#include "cli/crawl_flags.h"
#include "tests/util/temp_dir.h"

namespace marketclaims {
namespace {

bool Has(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

TEST(ConfigFileTest, ReadsEverySection) {
  testing_util::TempDir dir;
  testing_util::WriteFile(dir.File("aliases.txt"), "Widgets = Smart Widget\n");
  const std::string text =
      "db = \"corpus/claims.db\"\n"
      "[crawl]\n"
      "seeds = [\"https://reports.example.com/list\"]\n"
      "max_depth = 2\n"
      "per_host_delay = 2.5\n"
      "[crawl.hosts.\"slow.example.com\"]\n"
      "per_host_delay = 10\n"
      "[reconcile]\n"
      "size_tolerance = 0.2\n"
      "stale_forecasts = false\n"
      "[reconcile.exchange_rates]\n"
      "EUR = 1.1\n";
  ConfigFile c;
  std::string error;
  ASSERT_TRUE(ParseConfigFile(text, dir.File("mc.toml"), &c, &error)) << error;
  EXPECT_EQ(c.db, dir.File("corpus/claims.db"));  // relative to the file
  ASSERT_EQ(c.crawl.seeds.size(), 1u);
  EXPECT_EQ(c.crawl.max_depth, 2);
  EXPECT_DOUBLE_EQ(c.crawl.per_host_delay, 2.5);
  EXPECT_DOUBLE_EQ(c.crawl.hosts["slow.example.com"].per_host_delay, 10);
  EXPECT_DOUBLE_EQ(c.reconcile.size_tolerance, 0.2);
  EXPECT_FALSE(c.reconcile.stale_forecasts);
  EXPECT_DOUBLE_EQ(c.reconcile.usd_per_unit["EUR"], 1.1);
}

TEST(ConfigFileTest, AbsentSectionsKeepDefaults) {
  ConfigFile c;
  std::string error;
  ASSERT_TRUE(ParseConfigFile("", "empty.toml", &c, &error)) << error;
  EXPECT_EQ(c.db, "");
  EXPECT_EQ(c.crawl.max_depth, CrawlConfig().max_depth);
  EXPECT_DOUBLE_EQ(c.reconcile.size_tolerance, ReconcileOptions().size_tolerance);
}

TEST(ConfigFileTest, ErrorsNameFileAndLine) {
  struct Case {
    const char* text;
    const char* expect;  // part of the error
  } cases[] = {
      {"db = \"x.db\"\n\n[crawl]\nmax_depht = 1\n", "cfg.toml:4: unknown key 'crawl.max_depht'"},
      {"[crawl]\nmax_depth = \"two\"\n", "cfg.toml:2:"},
      {"[crawl]\nper_host_delay = -1\n", "cfg.toml:2:"},
      {"\nmax_depth = 1\n", "cfg.toml:2: unknown key 'max_depth' (crawl settings go in"},
      {"[crawler]\nmax_depth = 1\n", "cfg.toml:1: unknown key 'crawler'"},
      {"db = 3\n", "cfg.toml:1: db must be"},
      {"crawl = 3\n", "cfg.toml:1:"},
      {"[reconcile]\n\nsize_tolerence = 0.1\n", "cfg.toml:3:"},
      {"[crawl\n", "cfg.toml:1:"},
      // Checked while reading, so that a run stops before any work and the
      // message says where.
      {"[crawl]\nallow = ['/ok/',\n  '(unclosed']\n",
       "cfg.toml:3: crawl.allow pattern '(unclosed'"},
      {"[crawl]\n\ndeny = ['[z-a]']\n", "cfg.toml:3: crawl.deny pattern '[z-a]'"},
      {"[crawl]\nuser_agent = \"mc/1\\r\\nX-Injected: 1\"\n", "cfg.toml:2: crawl.user_agent"},
      {"[crawl]\nuser_agent = \"\"\n", "cfg.toml:2: crawl.user_agent"},
      {"[crawl]\nseeds = [\"https://ok.example/\",\n\"not a url\"]\n", "cfg.toml:3: crawl.seeds"},
      {"[reconcile]\naliases = \"/nonexistent/aliases.txt\"\n",
       "cfg.toml:2: aliases: /nonexistent/aliases.txt"},
  };
  for (const Case& c : cases) {
    ConfigFile config;
    config.crawl.max_depth = 7;
    std::string error;
    EXPECT_FALSE(ParseConfigFile(c.text, "cfg.toml", &config, &error)) << c.text;
    EXPECT_TRUE(Has(error, c.expect)) << c.text << " -> " << error;
    EXPECT_EQ(config.crawl.max_depth, 7) << "config changed by a failed parse: " << c.text;
  }
}

TEST(ConfigFileTest, BrokenAliasFileNamesBothFiles) {
  testing_util::TempDir dir;
  testing_util::WriteFile(dir.File("aliases.txt"), "A = B\nno equals sign here\n");
  ConfigFile c;
  std::string error;
  EXPECT_FALSE(
      ParseConfigFile("[reconcile]\naliases = \"aliases.txt\"\n", dir.File("mc.toml"), &c, &error));
  EXPECT_TRUE(Has(error, dir.File("mc.toml") + ":2: aliases: " + dir.File("aliases.txt") + ":2"))
      << error;
}

TEST(ConfigFileTest, MissingFileIsAnError) {
  ConfigFile c;
  std::string error;
  EXPECT_FALSE(LoadConfigFile("/nonexistent/mc.toml", &c, &error));
  EXPECT_TRUE(Has(error, "/nonexistent/mc.toml")) << error;
}

TEST(CrawlFlagsTest, FlagsOverrideTheFile) {
  ConfigFile c;
  std::string error;
  ASSERT_TRUE(
      ParseConfigFile("[crawl]\nper_host_delay = 3\nallow_private = true\n"
                      "deny = ['a']\n",
                      "c.toml", &c, &error))
      << error;
  Flags flags;
  AddCrawlFlags(&flags);
  ASSERT_TRUE(flags.Parse({"--per-host-delay", "0.5", "--no-allow-private", "--deny=b",
                           "--max-pages", "9", "--max-pages", "10", "--same-host"},
                          &error))
      << error;
  ASSERT_TRUE(ApplyCrawlFlags(flags, &c.crawl, &error)) << error;
  EXPECT_DOUBLE_EQ(c.crawl.per_host_delay, 0.5);
  EXPECT_FALSE(c.crawl.allow_private);
  EXPECT_EQ(c.crawl.deny, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(c.crawl.max_pages, 10);
  EXPECT_TRUE(c.crawl.same_host);
}

TEST(CrawlFlagsTest, BadValuesAndContradictionsAreErrors) {
  for (std::vector<std::string> args : {std::vector<std::string>{"--max-depth", "two"},
                                        {"--per-host-delay", "-1"},
                                        {"--quiet", "--no-quiet"},
                                        {"--global-limit", "0"}}) {
    Flags flags;
    AddCrawlFlags(&flags);
    std::string error;
    ASSERT_TRUE(flags.Parse(args, &error)) << error;
    CrawlConfig config;
    EXPECT_FALSE(ApplyCrawlFlags(flags, &config, &error)) << args[0];
    EXPECT_TRUE(Has(error, args[0])) << error;
  }
  Flags flags;
  AddCrawlFlags(&flags);
  std::string error;
  EXPECT_FALSE(flags.Parse({"--max-dept", "1"}, &error));
  EXPECT_FALSE(flags.Parse({"--allow-private=yes"}, &error));
}

TEST(CrawlFlagsTest, UsageListsEveryOption) {
  const std::string usage = CrawlFlagsUsage();
  for (const CrawlOptionInfo& o : ListCrawlOptions()) {
    std::string flag = o.name;
    for (char& ch : flag) {
      if (ch == '_') ch = '-';
    }
    EXPECT_TRUE(Has(usage, flag)) << flag;
  }
}

}  // namespace
}  // namespace marketclaims
