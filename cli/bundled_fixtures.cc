#include "cli/bundled_fixtures.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "store/page_file.h"

namespace marketclaims {

std::string BundledFixturesDir() {
  const char* env = std::getenv("MARKETCLAIMS_FIXTURES");
  if (env != nullptr && *env != '\0') return env;
  return MC_FIXTURES_DIR;
}

bool BundledFixtureSeeds(std::vector<std::string>* urls, std::string* error) {
  namespace fs = std::filesystem;
  urls->clear();
  const std::string dir = BundledFixturesDir();
  std::error_code ec;
  fs::path pages = fs::path(dir) / "pages";
  if (!fs::is_directory(pages, ec)) pages = dir;
  std::vector<std::string> files;
  for (fs::directory_iterator it(pages, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().extension() == ".html" && it->is_regular_file(ec)) {
      files.push_back(it->path().string());
    }
  }
  if (ec || files.empty()) {
    *error = "no bundled fixture pages in " + pages.string() +
             (ec ? ": " + ec.message() : std::string()) +
             " (set MARKETCLAIMS_FIXTURES or give --config)";
    return false;
  }
  std::sort(files.begin(), files.end());
  for (const std::string& f : files) urls->push_back(FileUrl(f));
  return true;
}

}  // namespace marketclaims
