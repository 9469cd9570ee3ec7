#include "check/html_links.h"

#include <array>
#include <cstdlib>

#include "core/find_bytes.h"
#include "core/text.h"
#include "core/url.h"

namespace clustersite {

HtmlLinks ScanHtml(std::string_view html) {
  HtmlLinks out;
  for (size_t at = FindAttributeValue(html, 0); at != std::string_view::npos;
       at = FindAttributeValue(html, at + 2)) {
    size_t name = at;
    while (name > 0 && ((html[name - 1] >= 'a' && html[name - 1] <= 'z') || html[name - 1] == '-'))
      --name;
    if (name == 0 || name == at) continue;
    char before = html[name - 1];
    if (before != ' ' && before != '\n' && before != '\t') continue;
    std::string_view attr = html.substr(name, at - name);
    size_t start = at + 2;
    size_t end = FindQuote(html, start);
    if (end == std::string_view::npos) break;
    std::string_view value = html.substr(start, end - start);
    if (attr == "href" || attr == "src" || attr == "action") {
      out.links.push_back(value);
    } else if (attr == "id") {
      out.ids.push_back(value);
    }
    at = end - 1;
  }
  return out;
}

std::string DecodeEntities(std::string_view value) {
  std::string out;
  out.reserve(value.size());
  for (size_t i = 0; i < value.size(); ++i) {
    size_t semi = value[i] == '&' ? value.find(';', i) : std::string_view::npos;
    if (semi == std::string_view::npos || semi - i > 10) {
      out += value[i];
      continue;
    }
    std::string_view name = value.substr(i + 1, semi - i - 1);
    long code = -1;
    if (name == "amp") {
      code = '&';
    } else if (name == "lt") {
      code = '<';
    } else if (name == "gt") {
      code = '>';
    } else if (name == "quot") {
      code = '"';
    } else if (name == "apos") {
      code = '\'';
    } else if (name.size() > 1 && name[0] == '#') {
      std::string digits(name.substr(name[1] == 'x' || name[1] == 'X' ? 2 : 1));
      code = std::strtol(digits.c_str(), nullptr, name[1] == 'x' || name[1] == 'X' ? 16 : 10);
    }
    if (code <= 0 || code > 0x10FFFF) {
      out += value[i];
      continue;
    }
    // UTF-8 of the code point.
    if (code < 0x80) {
      out += static_cast<char>(code);
    } else if (code < 0x800) {
      out += static_cast<char>(0xC0 | (code >> 6));
      out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
      out += static_cast<char>(0xE0 | (code >> 12));
      out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (code >> 18));
      out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (code & 0x3F));
    }
    i = semi;
  }
  return out;
}

namespace {

/// True when the last segment of `path` names a folder: "", "x/", ".", "..".
bool NamesFolder(std::string_view path) {
  if (path.empty() || path.back() == '/') return true;
  size_t slash = path.rfind('/');
  std::string_view last = slash == std::string_view::npos ? path : path.substr(slash + 1);
  return last == "." || last == "..";
}

/// The folder of output path `page`, without a trailing slash.
std::string_view DirOf(std::string_view page) {
  size_t slash = page.rfind('/');
  return slash == std::string_view::npos ? std::string_view() : page.substr(0, slash);
}

/// The common case in one pass: `path` is some "../" and then plain
/// segments (none empty or starting with ".", no "%" or backslash); nullopt
/// for anything else, which ResolveInTree handles. `suffix` is appended.
bool FastResolve(std::string_view dir, std::string_view path, std::string_view suffix,
                 std::string* out) {
  while (path.size() >= 3 && path[0] == '.' && path[1] == '.' && path[2] == '/') {
    if (dir.empty()) return false;
    size_t slash = dir.rfind('/');
    dir = slash == std::string_view::npos ? std::string_view() : dir.substr(0, slash);
    path.remove_prefix(3);
  }
  // Only `%`, a backslash, and a `/` or `.` after a `/` stop it: one
  // look-up a byte for the rest.
  static constexpr std::array<bool, 256> kLooked = ByteSet("%\\/.");
  char prev = '/';
  for (char c : path) {
    if (kLooked[static_cast<unsigned char>(c)] &&
        (c == '%' || c == '\\' || (c == '/' && prev == '/') || (c == '.' && prev == '/')))
      return false;
    prev = c;
  }
  if (!path.empty() && path.back() == '/') path.remove_suffix(1);
  out->assign(dir);
  if (!out->empty() && !path.empty()) *out += '/';
  out->append(path);
  if (!suffix.empty()) {
    if (!out->empty()) *out += '/';
    out->append(suffix);
  }
  return true;
}

}  // namespace

bool ResolveLink(std::string_view page, std::string_view value, std::string* target,
                 std::string* fragment) {
  size_t cut = FindAnyOf(value, "?#");
  std::string_view path = value.substr(0, cut);
  fragment->clear();
  size_t hash = value.find('#');
  if (hash != std::string_view::npos && hash + 1 < value.size()) {
    std::string_view raw = value.substr(hash + 1);
    if (raw.find('%') == std::string_view::npos) {
      fragment->assign(raw);
    } else {
      *fragment = PercentDecode(raw).value_or(std::string(raw));
    }
  }
  if (path.empty()) {
    target->assign(page);
    return true;
  }
  std::string_view dir = DirOf(page);
  if (path[0] == '/') {
    dir = {};
    path.remove_prefix(1);
  }
  const bool folder = NamesFolder(path);
  if (FastResolve(dir, path, folder ? "index.html" : "", target)) return true;
  std::optional<std::string> rel = path.empty() ? std::string(dir) : ResolveInTree(dir, path);
  if (!rel) return false;
  if (folder) {
    *target = rel->empty() ? "index.html" : *rel + "/index.html";
  } else {
    *target = std::move(*rel);
  }
  return true;
}

}  // namespace clustersite
