#include "load/front_matter.h"

#include <algorithm>

namespace clustersite {

std::string NormalizeNewlines(std::string text) {
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
  size_t cr = text.find('\r');
  if (cr == std::string::npos) return text;
  // In place: each run from a CR to the next moves left past the CRs of
  // CRLF dropped before it, and drops its own when a LF follows.
  size_t out = cr;
  for (size_t i = cr; i < text.size();) {
    const size_t from = i + 1 < text.size() && text[i + 1] == '\n' ? i + 1 : i;
    const size_t next = std::min(text.find('\r', i + 1), text.size());
    // Left or in place, never past what is still to be read.
    std::copy(text.begin() + static_cast<std::ptrdiff_t>(from),
              text.begin() + static_cast<std::ptrdiff_t>(next),
              text.begin() + static_cast<std::ptrdiff_t>(out));
    out += next - from;
    i = next;
  }
  text.resize(out);
  return text;
}

static bool IsFence(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  return line == "---";
}

bool SplitFrontMatter(std::string_view text, SplitDocument* out, std::string* error,
                      Position* error_pos) {
  *out = SplitDocument{};
  size_t first_end = text.find('\n');
  std::string_view first = text.substr(0, first_end);
  if (!IsFence(first)) {
    out->body = std::string(text);
    return true;
  }
  out->has_front_matter = true;
  out->yaml_line = 2;
  size_t pos = first_end == std::string_view::npos ? text.size() : first_end + 1;
  size_t yaml_start = pos;
  int line = 2;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    std::string_view current =
        text.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
    if (IsFence(current)) {
      out->yaml = std::string(text.substr(yaml_start, pos - yaml_start));
      out->body_line = line + 1;
      out->body = end == std::string_view::npos ? "" : std::string(text.substr(end + 1));
      return true;
    }
    if (end == std::string_view::npos) break;
    pos = end + 1;
    ++line;
  }
  *error = "front matter opened with `---` is never closed; add a `---` line after it";
  *error_pos = {1, 1};
  return false;
}

}  // namespace clustersite
