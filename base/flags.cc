#include "base/flags.h"

namespace marketclaims {

void Flags::AddSwitch(const std::string& name) { takes_value_[name] = false; }
void Flags::AddOption(const std::string& name) { takes_value_[name] = true; }

bool Flags::Parse(const std::vector<std::string>& args, std::string* error) {
  bool flags_done = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (flags_done || arg.size() < 2 || arg[0] != '-') {
      positional_.push_back(arg);
      continue;
    }
    if (arg == "--") {
      flags_done = true;
      continue;
    }
    std::string name = arg;
    std::string value;
    bool has_inline_value = false;
    std::size_t eq = arg.find('=');
    if (arg.rfind("--", 0) == 0 && eq != std::string::npos) {
      name = arg.substr(0, eq);
      value = arg.substr(eq + 1);
      has_inline_value = true;
    }
    auto it = takes_value_.find(name);
    if (it == takes_value_.end()) {
      *error = "unknown flag '" + name + "'";
      return false;
    }
    if (!it->second) {
      if (has_inline_value) {
        *error = "flag '" + name + "' takes no value";
        return false;
      }
      values_[name].push_back("");
      continue;
    }
    if (!has_inline_value) {
      if (i + 1 >= args.size()) {
        *error = "flag '" + name + "' needs a value";
        return false;
      }
      value = args[++i];
    }
    values_[name].push_back(value);
  }
  return true;
}

bool Flags::Has(const std::string& name) const { return values_.count(name) > 0; }

std::string Flags::Get(const std::string& name, const std::string& fallback) const {
  auto it = values_.find(name);
  return it == values_.end() || it->second.empty() ? fallback : it->second.back();
}

std::vector<std::string> Flags::GetAll(const std::string& name) const {
  auto it = values_.find(name);
  return it == values_.end() ? std::vector<std::string>() : it->second;
}

}  // namespace marketclaims
