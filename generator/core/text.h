#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace clustersite {

/// Slugs are `[a-z0-9][a-z0-9-]*`: safe as a folder name and a URL segment.
bool IsValidSlug(std::string_view slug);

/// Why `slug` cannot name a cluster although it is a valid slug, or "" when
/// it can: the members and staff builds are published at /members/ and
/// /staff/ beside the public one, where such a cluster's folder would be.
std::string ReservedClusterSlug(std::string_view slug);

/// The longest word, in code points, that did-you-mean compares: a typo is
/// looked for in keys, slugs and names, never in long values.
inline constexpr size_t kMaxTypoCharacters = 64;

/// The candidate closest to `word` when it is close enough to be a typo, else "".
std::string DidYouMean(std::string_view word, const std::vector<std::string>& candidates);

/// Up to `max` candidates close enough to `word` to be a typo of it, closest
/// first (ties keep the candidates' order): at most a third of its code
/// points (and at least 2) differ. Words or candidates over
/// kMaxTypoCharacters are never close, so each comparison is bounded.
std::vector<std::string> CloseMatches(std::string_view word,
                                      const std::vector<std::string>& candidates, size_t max);

/// `n` with its thousands set apart for messages: "512,000".
std::string Thousands(size_t n);

/// "`a`, `b` or `c`" for messages.
std::string QuotedList(const std::vector<std::string>& items, const std::string& last_joiner);

/// Strips spaces and tabs from both ends.
std::string_view Trim(std::string_view s);

/// The '/'-separated relative `path` of a folder inside another, with empty
/// and `.` segments dropped ("./themes/x/" → "themes/x"); "" when it is
/// absolute, has a `..` segment, a backslash or a NUL, or is the folder itself.
std::string PathInside(std::string_view path);

bool StartsWith(std::string_view s, std::string_view prefix);
bool EndsWith(std::string_view s, std::string_view suffix);

/// A table of the 256 bytes, true for those of `set`: one look-up tells a
/// byte of a few from the rest.
constexpr std::array<bool, 256> ByteSet(std::string_view set) {
  std::array<bool, 256> t{};
  for (char c : set) t[static_cast<unsigned char>(c)] = true;
  return t;
}

/// The first character of `s` that is one of the few in `set`, or npos:
/// find_first_of, without its call to memchr over `set` for every
/// character (a site resolves millions of URLs by "?#"): one table look-up
/// a character, whatever the size of the set.
size_t FindAnyOf(std::string_view s, std::string_view set);

/// An e-mail address cut where a line may break in it: after the `@` and
/// before each dot ("ilze.ozola@koks.lv" → "ilze", ".ozola@", "koks", ".lv"),
/// so a narrow column breaks it where a reader expects, never mid-name.
std::vector<std::string> EmailLineParts(std::string_view email);

}  // namespace clustersite
