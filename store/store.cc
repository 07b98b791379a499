#include "store/store.h"

namespace marketclaims {

const char* IngestOutcomeName(IngestOutcome outcome) {
  switch (outcome) {
    case IngestOutcome::kNewDocument:
      return "new";
    case IngestOutcome::kUnchanged:
      return "unchanged";
    case IngestOutcome::kNewVersion:
      return "new_version";
  }
  return "?";
}

bool ParseExportKind(std::string_view name, ExportKind* kind) {
  static const struct {
    const char* name;
    ExportKind kind;
  } kKinds[] = {{"claims", ExportKind::kClaims},
                {"players", ExportKind::kPlayers},
                {"segments", ExportKind::kSegments},
                {"regions", ExportKind::kRegions},
                {"faqs", ExportKind::kFaqs}};
  for (const auto& k : kKinds) {
    if (name == k.name) {
      *kind = k.kind;
      return true;
    }
  }
  return false;
}

}  // namespace marketclaims
