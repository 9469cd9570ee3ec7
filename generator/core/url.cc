#include "core/url.h"

#include <cctype>
#include <vector>

#include "core/text.h"

namespace clustersite {

static std::string LowerScheme(std::string_view url) {
  std::string scheme;
  for (char c : url) {
    if (c == ':') return scheme;
    if (c == '/' || c == '?' || c == '#') return "";
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.') {
      scheme += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (static_cast<unsigned char>(c) > ' ') {
      return "";
    }
  }
  return "";
}

bool IsSafeUrl(std::string_view url, bool image) {
  for (char c : url) {
    if (static_cast<unsigned char>(c) < ' ' || c == '\\') return false;
  }
  std::string scheme = LowerScheme(url);
  if (scheme.empty())
    return url.find(':') == std::string_view::npos || url.find_first_of("/?#") < url.find(':');
  if (scheme == "http" || scheme == "https" || scheme == "mailto" || scheme == "tel") return true;
  if (image && scheme == "data") {
    std::string lower;
    for (char c : url.substr(0, 20)) lower += std::tolower(static_cast<unsigned char>(c));
    return StartsWith(lower, "data:image/png") || StartsWith(lower, "data:image/gif") ||
           StartsWith(lower, "data:image/jpeg") || StartsWith(lower, "data:image/webp");
  }
  return false;
}

std::optional<std::string> PercentDecode(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '%') {
      out += s[i];
      continue;
    }
    if (i + 2 >= s.size() || !std::isxdigit(static_cast<unsigned char>(s[i + 1])) ||
        !std::isxdigit(static_cast<unsigned char>(s[i + 2])))
      return std::nullopt;
    char c = static_cast<char>(std::stoi(std::string(s.substr(i + 1, 2)), nullptr, 16));
    if (c == '\0') return std::nullopt;
    out += c;
    i += 2;
  }
  return out;
}

std::optional<std::string> ResolveInTree(std::string_view base, std::string_view ref) {
  auto decoded = PercentDecode(ref);
  if (!decoded || decoded->empty() || (*decoded)[0] == '/' ||
      decoded->find('\\') != std::string::npos || decoded->find('%') != std::string::npos)
    return std::nullopt;
  std::vector<std::string> parts;
  auto push = [&](std::string_view path) {
    size_t start = 0;
    while (start <= path.size()) {
      size_t end = path.find('/', start);
      if (end == std::string_view::npos) end = path.size();
      std::string_view seg = path.substr(start, end - start);
      if (seg == "..") {
        if (parts.empty()) return false;
        parts.pop_back();
      } else if (!seg.empty() && seg != ".") {
        parts.emplace_back(seg);
      }
      start = end + 1;
    }
    return true;
  };
  if (!push(base) || !push(*decoded)) return std::nullopt;
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : "/") + p;
  return out;
}

std::string UpLevels(std::string_view dir) {
  std::string out;
  for (char c : dir) {
    if (c == '/') out += "../";
  }
  return out;
}

std::string RelativeUrl(std::string_view from, std::string_view to) {
  // Drop the common folder prefix, then climb out of what is left of `from`.
  size_t common = 0;
  for (size_t i = 0; i < from.size() && i < to.size() && from[i] == to[i]; ++i) {
    if (from[i] == '/') common = i + 1;
  }
  std::string out = UpLevels(from.substr(common));
  out += to.substr(common);
  return out.empty() ? "./" : out;
}

}  // namespace clustersite
