// RowSinks that write exported rows as RFC 4180 CSV (header row, CRLF line
// ends, fields quoted only when they must be) or as JSON Lines (one object
// per row, keys in column order, NULL as null). Numbers are written so that
// they read back as the same double. CSV text cells that a spreadsheet would
// run as a formula get a leading apostrophe; JSON Lines keeps text as is.
#ifndef MARKETCLAIMS_STORE_EXPORT_FORMAT_H_
#define MARKETCLAIMS_STORE_EXPORT_FORMAT_H_

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "store/rows.h"

namespace marketclaims {

enum class ExportFormat { kCsv, kJsonl };

// "csv" / "jsonl" -> format; false for anything else.
bool ParseExportFormat(std::string_view name, ExportFormat* format);

// A sink writing to `out` (not owned); write errors are reported with
// `out_name` in the message.
std::unique_ptr<RowSink> NewFormatSink(ExportFormat format, FILE* out, const std::string& out_name);

// Appends `field` to *line as one CSV field, quoted if it holds a comma,
// quote, CR or LF (quotes doubled).
void AppendCsvField(std::string_view field, std::string* line);

// Appends scraped `text` as one CSV field, as AppendCsvField, but with a
// leading apostrophe when it starts with = + - @ TAB or CR, which a
// spreadsheet would read as a formula (OWASP's advice against CSV
// injection). Numbers are written as numbers, never through this.
void AppendCsvTextField(std::string_view text, std::string* line);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_STORE_EXPORT_FORMAT_H_
