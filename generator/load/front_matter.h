#pragma once

#include <string>
#include <string_view>

#include "core/diagnostics.h"

namespace clustersite {

/// A Markdown file cut into its YAML front matter and its body, remembering
/// where each starts so diagnostics point into the original file.
struct SplitDocument {
  bool has_front_matter = false;
  std::string yaml;   ///< The text between the `---` lines.
  int yaml_line = 0;  ///< 1-based line of the first YAML line in the file.
  std::string body;   ///< Everything after the closing `---`.
  int body_line = 1;  ///< 1-based line of the first body line in the file.
};

/// Drops a UTF-8 byte-order mark and turns CRLF line endings into LF.
std::string NormalizeNewlines(std::string text);

/// Splits `text` (already normalised). Front matter starts with `---` on the
/// very first line and ends at the next line that is exactly `---`. Returns
/// false with `*error` and `*error_pos` set when it is never closed.
bool SplitFrontMatter(std::string_view text, SplitDocument* out, std::string* error,
                      Position* error_pos);

}  // namespace clustersite
