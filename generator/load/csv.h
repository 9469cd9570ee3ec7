#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.h"

namespace clustersite {

// Comma-separated values as survey and form tools export them (RFC 4180),
// read with libcsv. This file is the one place that knows that library.

/// One field of a CSV file and where it starts: the physical line (a quoted
/// line break makes rows and lines differ) and the character column, both
/// 1-based, counted in characters rather than bytes, as in YAML.
struct CsvField {
  std::string text;
  Position pos;
};
using CsvRow = std::vector<CsvField>;

/// Parses `text` (UTF-8; a byte-order mark is skipped) into rows of fields,
/// blank lines left out. False, with an error at the place to `diag`, when
/// it is not RFC 4180: a quote inside an unquoted field, a quoted field
/// never closed, text after a closing quote.
bool ParseCsv(const std::string& path, std::string_view text, Diagnostics* diag,
              std::vector<CsvRow>* rows);

}  // namespace clustersite
