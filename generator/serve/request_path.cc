#include "serve/request_path.h"

#include <optional>

#include "core/unicode.h"
#include "core/url.h"

namespace clustersite {
namespace {

constexpr size_t kMaxTarget = 4096;

RequestPath Refuse(RequestPath::Verdict verdict, std::string reason) {
  RequestPath r;
  r.verdict = verdict;
  r.reason = std::move(reason);
  return r;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/// Checks the raw bytes and every escape of `path`; "" when it is clean.
std::string CheckRaw(std::string_view path) {
  for (size_t i = 0; i < path.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(path[i]);
    if (c <= 0x20 || c >= 0x7f) return "the path holds a byte that must be percent-encoded";
    if (c == '\\') return "the path holds a backslash";
    if (c != '%') continue;
    int hi = i + 2 < path.size() ? HexValue(path[i + 1]) : -1;
    int lo = i + 2 < path.size() ? HexValue(path[i + 2]) : -1;
    if (hi < 0 || lo < 0) return "the path holds a malformed percent escape";
    int byte = hi * 16 + lo;
    if (byte == '/' || byte == '\\') return "the path holds an encoded slash or backslash";
    if (byte == '%') return "the path is encoded twice";
    if (byte < 0x20 || byte == 0x7f) return "the path holds an encoded control character";
    i += 2;
  }
  return "";
}

}  // namespace

RequestPath ParseRequestPath(std::string_view target) {
  using V = RequestPath::Verdict;
  if (target.size() > kMaxTarget) return Refuse(V::kBadRequest, "the path is too long");
  if (target.empty() || target[0] != '/')
    return Refuse(V::kBadRequest, "the request target must be a path starting with /");
  std::string_view path = target.substr(0, target.find_first_of("?#"));
  if (std::string why = CheckRaw(path); !why.empty()) return Refuse(V::kBadRequest, why);
  std::optional<std::string> decoded = PercentDecode(path);
  if (!decoded) return Refuse(V::kBadRequest, "the path holds a malformed percent escape");
  if (FindInvalidUtf8(*decoded).line > 0)
    return Refuse(V::kBadRequest, "the decoded path is not UTF-8");

  RequestPath r;
  r.verdict = V::kOk;
  std::string_view rest = std::string_view(*decoded).substr(1);
  if (!rest.empty() && rest[0] == '/')
    return Refuse(V::kBadRequest, "the path holds an empty segment (//)");
  r.folder = rest.empty() || rest.back() == '/';
  if (!rest.empty() && rest.back() == '/') rest.remove_suffix(1);
  while (!rest.empty()) {
    size_t slash = rest.find('/');
    std::string_view seg = rest.substr(0, slash);
    if (seg.empty()) return Refuse(V::kBadRequest, "the path holds an empty segment (//)");
    if (seg == "." || seg == "..")
      return Refuse(V::kBadRequest, "the path holds a `.` or `..` segment");
    if (seg[0] == '.') return Refuse(V::kNotFound, "hidden files are not part of the site");
    r.segments.emplace_back(seg);
    rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash + 1);
  }
  return r;
}

std::string JoinSegments(const std::vector<std::string>& segments) {
  std::string out;
  for (const std::string& s : segments) {
    if (!out.empty()) out += '/';
    out += s;
  }
  return out;
}

}  // namespace clustersite
