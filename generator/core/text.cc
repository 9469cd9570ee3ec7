#include "core/text.h"

#include <algorithm>
#include <array>
#include <optional>

#include "core/unicode.h"

namespace clustersite {

bool IsValidSlug(std::string_view slug) {
  if (slug.empty()) return false;
  auto alnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  if (!alnum(slug[0])) return false;
  return std::all_of(slug.begin(), slug.end(), [&](char c) { return alnum(c) || c == '-'; });
}

std::string ReservedClusterSlug(std::string_view slug) {
  if (slug != "members" && slug != "staff") return "";
  const std::string name(slug);
  return "`" + name + "` cannot be a cluster's slug: the " + name + " build is published at /" +
         name + "/ beside the public one, where this cluster's folder would be";
}

std::string PathInside(std::string_view path) {
  if (path.empty() || path[0] == '/' ||
      path.find_first_of(std::string_view("\\\0", 2)) != std::string_view::npos)
    return "";
  std::string out;
  size_t start = 0;
  while (start <= path.size()) {
    size_t end = std::min(path.find('/', start), path.size());
    std::string_view seg = path.substr(start, end - start);
    if (seg == "..") return "";
    if (!seg.empty() && seg != ".") {
      if (!out.empty()) out += '/';
      out += seg;
    }
    start = end + 1;
  }
  return out;
}

namespace {

/// The code points of `s`, or nothing when it is too long to be a typo. Over
/// 4 bytes a code point, a long text is refused without reading it.
std::optional<std::u32string> TypoCharacters(std::string_view s) {
  if (s.size() > 4 * kMaxTypoCharacters) return std::nullopt;
  std::u32string cps = CodePoints(s);
  if (cps.size() > kMaxTypoCharacters) return std::nullopt;
  return cps;
}

/// The edit distance of `a` and `b` when it is at most `limit`, else
/// limit + 1. Only the cells within `limit` of the diagonal can stay within
/// it, so only they are computed (Ukkonen's band).
size_t BoundedEditDistance(const std::u32string& a, const std::u32string& b, size_t limit) {
  const size_t over = limit + 1;
  if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > limit) return over;
  std::vector<size_t> prev(b.size() + 1, over), row(b.size() + 1, over);
  for (size_t j = 0; j <= b.size() && j <= limit; ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    const size_t lo = i > limit ? i - limit : 1;
    const size_t hi = std::min(b.size(), i + limit);
    row[lo - 1] = lo == 1 && i <= limit ? i : over;
    size_t best = row[lo - 1];
    for (size_t j = lo; j <= hi; ++j) {
      size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      row[j] = std::min({prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost, over});
      best = std::min(best, row[j]);
    }
    if (hi < b.size()) row[hi + 1] = over;
    if (best > limit) return over;
    std::swap(prev, row);
  }
  return prev[b.size()];
}

}  // namespace

std::vector<std::string> CloseMatches(std::string_view word,
                                      const std::vector<std::string>& candidates, size_t max) {
  std::vector<std::string> out;
  std::optional<std::u32string> w = TypoCharacters(word);
  if (!w) return out;
  const size_t limit = std::max<size_t>(2, w->size() / 3);
  std::vector<std::pair<size_t, size_t>> close;  // distance, index
  for (size_t i = 0; i < candidates.size(); ++i) {
    std::optional<std::u32string> c = TypoCharacters(candidates[i]);
    if (!c) continue;
    size_t d = BoundedEditDistance(*w, *c, limit);
    if (d <= limit) close.emplace_back(d, i);
  }
  std::stable_sort(close.begin(), close.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (size_t i = 0; i < close.size() && i < max; ++i) out.push_back(candidates[close[i].second]);
  return out;
}

std::string DidYouMean(std::string_view word, const std::vector<std::string>& candidates) {
  std::vector<std::string> best = CloseMatches(word, candidates, 1);
  return best.empty() ? "" : best[0];
}

std::string Thousands(size_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string QuotedList(const std::vector<std::string>& items, const std::string& last_joiner) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " " + last_joiner + " " : ", ";
    out += '`' + items[i] + '`';
  }
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

size_t FindAnyOf(std::string_view s, std::string_view set) {
  // One or two bytes (`?#` of a URL) are compared as they are: the table
  // below costs more to fill than a short URL to read.
  if (set.size() == 1) return s.find(set[0]);
  if (set.size() == 2) {
    for (size_t i = 0; i < s.size(); ++i) {
      if (s[i] == set[0] || s[i] == set[1]) return i;
    }
    return std::string_view::npos;
  }
  const std::array<bool, 256> in = ByteSet(set);
  for (size_t i = 0; i < s.size(); ++i) {
    if (in[static_cast<unsigned char>(s[i])]) return i;
  }
  return std::string_view::npos;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::vector<std::string> EmailLineParts(std::string_view email) {
  std::vector<std::string> parts;
  size_t start = 0;
  for (size_t i = 1; i <= email.size(); ++i) {
    bool cut = i == email.size() || email[i - 1] == '@' || (email[i] == '.' && i > start);
    if (!cut || i == start) continue;
    parts.emplace_back(email.substr(start, i - start));
    start = i;
  }
  return parts;
}

}  // namespace clustersite
