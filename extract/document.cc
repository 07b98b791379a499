#include "extract/document.h"

#include "extract/claims.h"

namespace marketclaims {

const char* BlockKindName(BlockKind kind) {
  switch (kind) {
    case BlockKind::kTitle:
      return "title";
    case BlockKind::kHeading:
      return "heading";
    case BlockKind::kParagraph:
      return "paragraph";
    case BlockKind::kListItem:
      return "item";
  }
  return "?";
}

const char* BasisName(Basis basis) { return basis == Basis::kForecast ? "forecast" : "actual"; }

}  // namespace marketclaims
