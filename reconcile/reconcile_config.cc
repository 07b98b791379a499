#include "reconcile/reconcile_config.h"

#include <cmath>
#include <cstdlib>

#include "base/read_file.h"

namespace marketclaims {
namespace {

// Far more than any hand-written config; a larger file is a mistake.
constexpr std::size_t kMaxConfigBytes = 1 << 20;

std::string Where(const std::string& path, const toml::source_region& src) {
  return path + ":" + std::to_string(src.begin.line) + ": ";
}

bool ParseNumber(const std::string& text, double* value) {
  if (text.empty()) return false;
  char* end = nullptr;
  const double v = std::strtod(text.c_str(), &end);
  if (*end != '\0' || !std::isfinite(v) || v < 0) return false;
  *value = v;
  return true;
}

// A non-negative number, integer or float.
bool TomlNumber(const toml::node& node, double* value) {
  if (!node.is_number()) return false;
  if (auto f = node.value<double>()) {
    if (!std::isfinite(*f) || *f < 0) return false;
    *value = *f;
    return true;
  }
  return false;
}

std::string DirectoryOf(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  return slash == std::string::npos ? "" : path.substr(0, slash + 1);
}

}  // namespace

bool ParseSizeTolerance(const std::string& text, double* fraction) {
  if (!text.empty() && text.back() == '%') {
    double percent;
    if (!ParseNumber(text.substr(0, text.size() - 1), &percent)) return false;
    *fraction = percent / 100.0;
    return true;
  }
  return ParseNumber(text, fraction);
}

bool ParsePoints(const std::string& text, double* points) {
  std::string t = text;
  if (!t.empty() && t.back() == '%') t.pop_back();
  return ParseNumber(t, points);
}

bool ParseExchangeRate(const std::string& text, std::string* currency, double* usd_per_unit) {
  const std::size_t eq = text.find('=');
  if (eq == std::string::npos || eq == 0) return false;
  std::string code = text.substr(0, eq);
  for (char& c : code) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c < 'A' || c > 'Z') return false;
  }
  double rate;
  if (!ParseNumber(text.substr(eq + 1), &rate) || rate <= 0) return false;
  *currency = code;
  *usd_per_unit = rate;
  return true;
}

bool ApplyReconcileConfig(const toml::table& section, const std::string& config_path,
                          ReconcileOptions* options, std::string* error) {
  ReconcileOptions updated = *options;
  for (auto&& [key, value] : section) {
    const std::string name(key.str());
    const std::string where = Where(config_path, value.source());
    double number = 0;
    if (name == "size_tolerance" || name == "cagr_tolerance" || name == "projection_tolerance") {
      if (!TomlNumber(value, &number)) {
        *error = where + name + " must be a number >= 0";
        return false;
      }
      if (name == "size_tolerance") {
        updated.size_tolerance = number;
      } else if (name == "cagr_tolerance") {
        updated.cagr_tolerance_points = number;
      } else {
        updated.projection_tolerance_points = number;
      }
    } else if (name == "aliases") {
      auto path = value.value<std::string>();
      if (!path || path->empty()) {
        *error = where + "aliases must be a file name";
        return false;
      }
      updated.aliases_file = (*path)[0] == '/' ? *path : DirectoryOf(config_path) + *path;
    } else if (name == "stale_forecasts") {
      const toml::value<bool>* flag = value.as_boolean();
      if (flag == nullptr) {
        *error = where + "stale_forecasts must be true or false";
        return false;
      }
      updated.stale_forecasts = flag->get();
    } else if (name == "exchange_rates") {
      const toml::table* rates = value.as_table();
      if (rates == nullptr) {
        *error = where + "exchange_rates must be a table such as { EUR = 1.08 }";
        return false;
      }
      for (auto&& [code, rate] : *rates) {
        std::string currency;
        double usd = 0;
        const std::string text = std::string(code.str()) + "=1";
        if (!ParseExchangeRate(text, &currency, &usd) || !TomlNumber(rate, &number) ||
            number <= 0) {
          *error = Where(config_path, rate.source()) + "exchange rate '" + std::string(code.str()) +
                   "' must be a currency code = US dollars per unit";
          return false;
        }
        updated.usd_per_unit[currency] = number;
      }
    } else {
      *error = Where(config_path, key.source()) + "unknown key '" + name + "' in [reconcile]";
      return false;
    }
  }
  *options = updated;
  return true;
}

bool LoadReconcileConfig(const std::string& path, ReconcileOptions* options, std::string* error) {
  std::string text, read_error;
  if (!ReadFileBytes(path, kMaxConfigBytes, &text, &read_error)) {
    *error = read_error + " (config file)";
    return false;
  }
  toml::table root;
  try {
    root = toml::parse(text, path);
  } catch (const toml::parse_error& e) {
    *error = Where(path, e.source()) + std::string(e.description());
    return false;
  }
  const toml::node* section = root.get("reconcile");
  if (section == nullptr) return true;
  if (const toml::table* table = section->as_table()) {
    return ApplyReconcileConfig(*table, path, options, error);
  }
  *error = Where(path, section->source()) + "reconcile must be a table";
  return false;
}

}  // namespace marketclaims
