// Cell and RowSink: the shape in which the store hands out table rows for
// export, so the output formats (CSV, JSON Lines) need no database code.
#ifndef MARKETCLAIMS_STORE_ROWS_H_
#define MARKETCLAIMS_STORE_ROWS_H_

#include <cstdint>
#include <string>
#include <vector>

namespace marketclaims {

struct Cell {
  enum class Type { kNull, kInt, kReal, kText };
  Type type = Type::kNull;
  int64_t i = 0;
  double d = 0;
  std::string s;
};

class RowSink {
 public:
  virtual ~RowSink() = default;
  // Called once, before any row.
  virtual bool Header(const std::vector<std::string>& columns, std::string* error) = 0;
  // `cells` has one entry per column. Returning false stops the export.
  virtual bool Row(const std::vector<Cell>& cells, std::string* error) = 0;
};

}  // namespace marketclaims

#endif  // MARKETCLAIMS_STORE_ROWS_H_
