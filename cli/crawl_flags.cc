#include "cli/crawl_flags.h"

namespace marketclaims {
namespace {

std::string FlagName(const std::string& key) {
  std::string flag = "--" + key;
  for (char& c : flag) {
    if (c == '_') c = '-';
  }
  return flag;
}

}  // namespace

void AddCrawlFlags(Flags* flags) {
  for (const CrawlOptionInfo& o : ListCrawlOptions()) {
    const std::string flag = FlagName(o.name);
    if (o.is_bool) {
      flags->AddSwitch(flag);
      flags->AddSwitch("--no-" + flag.substr(2));
    } else {
      flags->AddOption(flag);
    }
  }
}

bool ApplyCrawlFlags(const Flags& flags, CrawlConfig* config, std::string* error) {
  for (const CrawlOptionInfo& o : ListCrawlOptions()) {
    const std::string flag = FlagName(o.name);
    std::string why;
    if (o.is_bool) {
      const std::string negated = "--no-" + flag.substr(2);
      if (flags.Has(flag) && flags.Has(negated)) {
        *error = "both " + flag + " and " + negated + " given";
        return false;
      }
      if (flags.Has(flag) && !SetCrawlOption(o.name, "true", config, &why)) {
        *error = flag + ": " + why;
        return false;
      }
      if (flags.Has(negated) && !SetCrawlOption(o.name, "false", config, &why)) {
        *error = negated + ": " + why;
        return false;
      }
      continue;
    }
    std::vector<std::string> values = flags.GetAll(flag);
    // A scalar takes the last value given, as usual for flags.
    if (!o.is_list && values.size() > 1) values.erase(values.begin(), values.end() - 1);
    for (const std::string& value : values) {
      if (!SetCrawlOption(o.name, value, config, &why)) {
        *error = flag + ": " + why;
        return false;
      }
    }
  }
  return true;
}

std::string CrawlFlagsUsage() {
  std::string out = "  ";
  size_t column = 2;
  for (const CrawlOptionInfo& o : ListCrawlOptions()) {
    std::string item = FlagName(o.name);
    if (o.is_bool) {
      item = "--[no-]" + item.substr(2);
    } else {
      item += o.is_list ? " V..." : " V";
    }
    if (column > 2 && column + 1 + item.size() > 78) {
      out += "\n  ";
      column = 2;
    }
    if (column > 2) {
      out += " ";
      ++column;
    }
    out += item;
    column += item.size();
  }
  out += "\n";
  return out;
}

}  // namespace marketclaims
