#include "core/names.h"

#include <algorithm>

#include "core/text.h"
#include "core/unicode.h"

namespace clustersite {
namespace {

/// Legal forms, case folded, as they stand before a name (Latvian, Estonian
/// and Lithuanian usage: "SIA Formatus") or after it (English usage:
/// "Formatus Ltd"); either is dropped at either end.
constexpr std::string_view kLegalForms[] = {
    "sia",      "as",           "vsia", "sab", "ik",   "zs",  "ks",  "ps",
    "biedrība", "nodibinājums", "oü",   "mtü", "uab",  "ab",  "všį", "ltd",
    "limited",  "inc",          "llc",  "plc", "gmbh", "corp"};

bool IsLegalForm(std::string_view word) {
  while (!word.empty() && (word.back() == '.' || word.back() == ',')) word.remove_suffix(1);
  return std::find(std::begin(kLegalForms), std::end(kLegalForms), word) != std::end(kLegalForms);
}

/// Quotes that may stand around a company's own name: "…", „…”, “…”, «…», '…'.
std::string_view WithoutQuotes(std::string_view s) {
  for (std::string_view q : {"\"", "'", "„", "“", "”", "«", "»"}) {
    if (StartsWith(s, q)) s.remove_prefix(q.size());
    if (EndsWith(s, q)) s.remove_suffix(q.size());
  }
  return Trim(s);
}

}  // namespace

std::string NameKey(std::string_view name) {
  std::string key = FoldKey(Trim(name));
  std::vector<std::string_view> words;
  std::string_view rest = key;
  while (!rest.empty()) {
    size_t end = std::min(rest.find(' '), rest.size());
    if (end > 0) words.push_back(rest.substr(0, end));
    rest.remove_prefix(std::min(end + 1, rest.size()));
  }
  size_t first = 0, last = words.size();
  if (last - first > 1 && IsLegalForm(words[first])) ++first;
  if (last - first > 1 && IsLegalForm(words[last - 1])) --last;
  std::string out;
  for (size_t i = first; i < last; ++i) out += (out.empty() ? "" : " ") + std::string(words[i]);
  while (!out.empty() && out.back() == ',') out.pop_back();
  return std::string(WithoutQuotes(out));
}

std::vector<std::string> SuggestNames(std::string_view word, const std::vector<std::string>& names,
                                      size_t max) {
  const std::string full = FoldKey(Trim(word)), bare = NameKey(word);
  std::vector<std::string> full_keys, bare_keys;
  for (const std::string& n : names) {
    full_keys.push_back(FoldKey(n));
    bare_keys.push_back(NameKey(n));
  }
  std::vector<size_t> picked;
  auto pick = [&](size_t i) {
    if (picked.size() < max && std::find(picked.begin(), picked.end(), i) == picked.end())
      picked.push_back(i);
  };
  auto pick_keys = [&](const std::vector<std::string>& keys,
                       const std::vector<std::string>& close) {
    for (const std::string& c : close) {
      for (size_t i = 0; i < keys.size(); ++i) {
        if (keys[i] == c) pick(i);
      }
    }
  };
  for (size_t i = 0; i < names.size(); ++i) {
    if (!bare.empty() && bare_keys[i] == bare) pick(i);
  }
  pick_keys(full_keys, CloseMatches(full, full_keys, max));
  pick_keys(bare_keys, CloseMatches(bare, bare_keys, max));
  for (size_t i = 0; i < names.size(); ++i) {
    if (bare.size() >= 3 && full_keys[i].find(bare) != std::string::npos) pick(i);
  }
  std::vector<std::string> out;
  out.reserve(picked.size());
  for (size_t i : picked) out.push_back(names[i]);
  return out;
}

std::string DidYouMeanNames(std::string_view word, const std::vector<std::string>& names) {
  std::vector<std::string> close = SuggestNames(word, names);
  return close.empty() ? "" : "; did you mean " + QuotedList(close, "or") + "?";
}

}  // namespace clustersite
