#include "store/export_format.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "base/format.h"
#include "base/json_writer.h"
#include "base/text_util.h"

namespace marketclaims {
namespace {

class FileSink : public RowSink {
 protected:
  FileSink(FILE* out, const std::string& out_name) : out_(out), out_name_(out_name) {}

  bool Write(const std::string& text, std::string* error) {
    if (std::fwrite(text.data(), 1, text.size(), out_) != text.size()) {
      *error = out_name_ + ": write failed: " + std::strerror(errno);
      return false;
    }
    return true;
  }

  std::vector<std::string> columns_;

 private:
  FILE* out_;
  std::string out_name_;
};

class CsvSink : public FileSink {
 public:
  CsvSink(FILE* out, const std::string& out_name) : FileSink(out, out_name) {}

  bool Header(const std::vector<std::string>& columns, std::string* error) override {
    columns_ = columns;
    std::string line;
    for (std::size_t i = 0; i < columns.size(); ++i) {
      if (i > 0) line.push_back(',');
      AppendCsvField(columns[i], &line);
    }
    line += "\r\n";
    return Write(line, error);
  }

  bool Row(const std::vector<Cell>& cells, std::string* error) override {
    line_.clear();
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i > 0) line_.push_back(',');
      const Cell& cell = cells[i];
      switch (cell.type) {
        case Cell::Type::kNull:
          break;
        case Cell::Type::kInt:
          line_ += std::to_string(cell.i);
          break;
        case Cell::Type::kReal:
          line_ += FormatNumber(cell.d);
          break;
        case Cell::Type::kText:
          AppendCsvTextField(ValidUtf8(cell.s), &line_);
          break;
      }
    }
    line_ += "\r\n";
    return Write(line_, error);
  }

 private:
  std::string line_;
};

class JsonlSink : public FileSink {
 public:
  JsonlSink(FILE* out, const std::string& out_name) : FileSink(out, out_name) {}

  bool Header(const std::vector<std::string>& columns, std::string*) override {
    columns_ = columns;
    return true;
  }

  bool Row(const std::vector<Cell>& cells, std::string* error) override {
    line_.clear();
    JsonWriter json(&line_);
    json.BeginObject();
    for (std::size_t i = 0; i < cells.size(); ++i) {
      json.Key(columns_[i]);
      const Cell& cell = cells[i];
      switch (cell.type) {
        case Cell::Type::kNull:
          json.Null();
          break;
        case Cell::Type::kInt:
          json.Int(cell.i);
          break;
        case Cell::Type::kReal:
          json.Number(cell.d);
          break;
        case Cell::Type::kText:
          json.String(cell.s);
          break;
      }
    }
    json.EndObject();
    line_.push_back('\n');
    return Write(line_, error);
  }

 private:
  std::string line_;
};

}  // namespace

bool ParseExportFormat(std::string_view name, ExportFormat* format) {
  if (name == "csv") {
    *format = ExportFormat::kCsv;
  } else if (name == "jsonl") {
    *format = ExportFormat::kJsonl;
  } else {
    return false;
  }
  return true;
}

std::unique_ptr<RowSink> NewFormatSink(ExportFormat format, FILE* out,
                                       const std::string& out_name) {
  if (format == ExportFormat::kCsv) return std::make_unique<CsvSink>(out, out_name);
  return std::make_unique<JsonlSink>(out, out_name);
}

void AppendCsvField(std::string_view field, std::string* line) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
    line->append(field);
    return;
  }
  line->push_back('"');
  for (char c : field) {
    if (c == '"') line->push_back('"');
    line->push_back(c);
  }
  line->push_back('"');
}

void AppendCsvTextField(std::string_view text, std::string* line) {
  if (!text.empty() && std::strchr("=+-@\t\r", text[0]) != nullptr) {
    AppendCsvField("'" + std::string(text), line);
  } else {
    AppendCsvField(text, line);
  }
}

}  // namespace marketclaims
