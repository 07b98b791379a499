// crawler/README.md shows the config keys by example; the examples must be
// what the parsers accept, or users copy a config that stops their job.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "crawler/crawl_config.h"
#include "tests/util/temp_dir.h"

namespace marketclaims {
namespace {

// The bodies of the ```toml blocks of a Markdown text.
std::vector<std::string> TomlBlocks(const std::string& markdown) {
  std::vector<std::string> blocks;
  const std::string open = "```toml\n";
  size_t pos = 0;
  while ((pos = markdown.find(open, pos)) != std::string::npos) {
    size_t begin = pos + open.size();
    size_t end = markdown.find("```", begin);
    if (end == std::string::npos) break;
    blocks.push_back(markdown.substr(begin, end - begin));
    pos = end + 3;
  }
  return blocks;
}

size_t CountOf(const std::string& s, const std::string& part) {
  size_t count = 0;
  for (size_t pos = s.find(part); pos != std::string::npos; pos = s.find(part, pos + 1)) ++count;
  return count;
}

TEST(CrawlerReadmeTest, TomlExamplesAreWhatTheConfigFileAccepts) {
  const std::string path = std::string(MC_SOURCE_DIR) + "/crawler/README.md";
  std::string readme = testing_util::ReadFile(path);
  ASSERT_FALSE(readme.empty()) << path;
  std::vector<std::string> blocks = TomlBlocks(readme);
  ASSERT_FALSE(blocks.empty());
  for (const std::string& block : blocks) {
    // The marketclaims config file keeps the crawl keys in [crawl]; any
    // other table would be refused as unknown.
    size_t line = 0;
    while (line < block.size()) {
      size_t end = block.find('\n', line);
      if (end == std::string::npos) end = block.size();
      if (block[line] == '[') {
        EXPECT_EQ(block.compare(line, 6, "[crawl"), 0) << block.substr(line, end - line);
      }
      line = end + 1;
    }
    CrawlConfig config;
    std::string error;
    ASSERT_TRUE(ParseCrawlConfigSection(block, path, "crawl", &config, &error)) << error;
    // Every host table of the example is read, not skipped.
    EXPECT_EQ(config.hosts.size(), CountOf(block, "hosts.\"")) << block;
    for (const auto& [host, host_override] : config.hosts) {
      EXPECT_TRUE(host_override.per_host_delay >= 0 || host_override.per_host_limit > 0) << host;
    }
  }
}

}  // namespace
}  // namespace marketclaims
