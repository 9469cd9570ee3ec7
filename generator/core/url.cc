#include "core/url.h"

#include <cctype>
#include <cstdio>
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
    return url.find(':') == std::string_view::npos || FindAnyOf(url, "/?#") < url.find(':');
  if (scheme == "http" || scheme == "https" || scheme == "mailto" || scheme == "tel") return true;
  if (image && scheme == "data") {
    std::string lower;
    for (char c : url.substr(0, 20)) lower += std::tolower(static_cast<unsigned char>(c));
    return StartsWith(lower, "data:image/png") || StartsWith(lower, "data:image/gif") ||
           StartsWith(lower, "data:image/jpeg") || StartsWith(lower, "data:image/webp");
  }
  return false;
}

namespace {

/// A byte a URL written into an attribute or a line of text may not hold
/// as it is: it could end the attribute or the line.
bool UnsafeInUrl(unsigned char c) {
  return c <= ' ' || c == 0x7f || c == '"' || c == '\'' || c == '<' || c == '>' || c == '\\' ||
         c == '`';
}

/// An unsafe byte, named for a message.
std::string NameUnsafe(unsigned char c) {
  if (c == ' ') return "a space";
  if (c < 0x20 || c == 0x7f) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "a control character (U+%04X)", c);
    return buf;
  }
  return "`" + std::string(1, static_cast<char>(c)) + "`";
}

}  // namespace

std::string BaseUrlProblem(std::string_view url) {
  const std::string like = "like `https://koks.example.lv/`";
  size_t chars = 0;  // characters before the current byte, for the message
  for (unsigned char c : url) {
    chars += (c & 0xC0) != 0x80;
    if (UnsafeInUrl(c)) {
      return "contains " + NameUnsafe(c) + " (character " + std::to_string(chars) +
             "); a base URL holds no quotes, spaces, `<`, `>`, backslashes, backticks or "
             "control characters: percent-encode them";
    }
  }
  size_t after = StartsWith(url, "https://") ? 8 : StartsWith(url, "http://") ? 7 : 0;
  if (after == 0) return "must be an absolute http:// or https:// address, " + like;
  std::string_view authority = url.substr(after, url.find('/', after) - after);
  if (authority.find('@') != std::string_view::npos)
    return "has a user name or password before `@`; write the host alone, " + like;
  if (FindAnyOf(url, "?#") != std::string_view::npos) {
    return "has a `?query` or `#fragment`; the pages' paths are appended to a base URL, so it "
           "ends with a path, " +
           like;
  }
  size_t colon = authority.rfind(':');
  bool ipv6 = StartsWith(authority, "[");
  std::string_view host = authority;
  if (colon != std::string_view::npos && (!ipv6 || authority[colon - 1] == ']')) {
    std::string_view port = authority.substr(colon + 1);
    host = authority.substr(0, colon);
    if (port.empty() || port.find_first_not_of("0123456789") != std::string_view::npos)
      return "has a port that is not a number, " + like;
  }
  if (host.empty()) return "has no host after `" + std::string(url.substr(0, after)) + "`, " + like;
  return "";
}

std::string PercentEncodeUnsafe(std::string_view url) {
  std::string out;
  out.reserve(url.size());
  for (unsigned char c : url) {
    if (!UnsafeInUrl(c)) {
      out += static_cast<char>(c);
    } else {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      out += buf;
    }
  }
  return out;
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

std::string UrlHost(std::string_view url) {
  size_t start = 0;
  for (std::string_view scheme : {"https://", "http://"}) {
    if (url.substr(0, scheme.size()) == scheme) start = scheme.size();
  }
  if (start == 0) return "";
  std::string_view authority = url.substr(start);
  authority = authority.substr(0, FindAnyOf(authority, "/?#"));
  if (size_t at = authority.rfind('@'); at != std::string_view::npos)
    authority = authority.substr(at + 1);
  authority = authority.substr(0, authority.find(':'));
  std::string host(authority);
  for (char& ch : host) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return host;
}

size_t CommonFolders(std::string_view a, std::string_view b) {
  size_t common = 0;
  for (size_t i = 0; i < a.size() && i < b.size() && a[i] == b[i]; ++i) {
    if (a[i] == '/') common = i + 1;
  }
  return common;
}

std::string RelativeUrl(std::string_view from, std::string_view to) {
  // Drop the common folder prefix, then climb out of what is left of `from`.
  const size_t common = CommonFolders(from, to);
  std::string out = UpLevels(from.substr(common));
  out += to.substr(common);
  return out.empty() ? "./" : out;
}

}  // namespace clustersite
