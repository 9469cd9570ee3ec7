#include "core/media_type.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace clustersite {

std::string Extension(std::string_view path) {
  size_t slash = path.rfind('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return "";
  std::string ext(name.substr(dot + 1));
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

std::string MediaType(std::string_view path, bool with_charset) {
  struct Entry {
    std::string_view ext, type;
    bool text;
  };
  // What a generated site holds: pages, styles, scripts, images, fonts,
  // feeds, calendars and indexes, and documents linked from content.
  static constexpr std::array<Entry, 21> kTypes = {{
      {"html", "text/html", true},         {"css", "text/css", true},
      {"js", "text/javascript", true},     {"mjs", "text/javascript", true},
      {"json", "application/json", false}, {"xml", "application/xml", false},
      {"txt", "text/plain", true},         {"ics", "text/calendar", true},
      {"svg", "image/svg+xml", false},     {"png", "image/png", false},
      {"jpg", "image/jpeg", false},        {"jpeg", "image/jpeg", false},
      {"webp", "image/webp", false},       {"gif", "image/gif", false},
      {"avif", "image/avif", false},       {"ico", "image/vnd.microsoft.icon", false},
      {"woff2", "font/woff2", false},      {"woff", "font/woff", false},
      {"pdf", "application/pdf", false},   {"webmanifest", "application/manifest+json", false},
      {"map", "application/json", false},
  }};
  std::string ext = Extension(path);
  for (const Entry& e : kTypes) {
    if (e.ext != ext) continue;
    std::string type(e.type);
    if (with_charset && e.text) type += "; charset=utf-8";
    return type;
  }
  return "application/octet-stream";
}

}  // namespace clustersite
