#pragma once

#include <regex>
#include <string>
#include <vector>

namespace clustersite::testing {

/// A label that would end the text, an attribute or the SVG, were it not escaped.
inline const std::string kHostileLabel = "</text><script>alert(1)</script> \"x\" 'y' & z";

/// The x and width of each `<rect x=… width=…>` in `svg`, in order: the
/// bars and parts, not the background (which has no x).
struct RectBox {
  double x = 0;
  double width = 0;
};
inline std::vector<RectBox> Rects(const std::string& svg) {
  static const std::regex rect("<rect x=\"([-0-9.]+)\" y=\"[-0-9.]+\" width=\"([-0-9.]+)\"");
  std::vector<RectBox> out;
  for (std::sregex_iterator it(svg.begin(), svg.end(), rect), end; it != end; ++it) {
    out.push_back({std::stod((*it)[1]), std::stod((*it)[2])});
  }
  return out;
}

/// How often `needle` occurs in `text`.
inline size_t Count(const std::string& text, const std::string& needle) {
  size_t n = 0;
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) {
    ++n;
  }
  return n;
}

}  // namespace clustersite::testing
