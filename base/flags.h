// Flags: a small command-line parser for the subcommands. Flags are declared
// up front; anything undeclared is an error naming it, so a typo in a crontab
// fails loudly instead of being ignored.
#ifndef MARKETCLAIMS_BASE_FLAGS_H_
#define MARKETCLAIMS_BASE_FLAGS_H_

#include <map>
#include <string>
#include <vector>

namespace marketclaims {

class Flags {
 public:
  // A flag that takes no value (--json).
  void AddSwitch(const std::string& name);
  // A flag that takes a value (--db PATH or --db=PATH); may repeat.
  void AddOption(const std::string& name);

  // Parses args; positional arguments ("-" included) go to positional().
  // "--" ends the flags. On error returns false with a message.
  bool Parse(const std::vector<std::string>& args, std::string* error);

  bool Has(const std::string& name) const;
  // The last value given, or `fallback`.
  std::string Get(const std::string& name, const std::string& fallback = "") const;
  std::vector<std::string> GetAll(const std::string& name) const;
  const std::vector<std::string>& positional() const { return positional_; }

 private:
  std::map<std::string, bool> takes_value_;
  std::map<std::string, std::vector<std::string>> values_;
  std::vector<std::string> positional_;
};

}  // namespace marketclaims

#endif  // MARKETCLAIMS_BASE_FLAGS_H_
