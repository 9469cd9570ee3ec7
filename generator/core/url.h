#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace clustersite {

/// True for URLs safe to put in an href or src: http, https, mailto, tel and
/// relative references. `data:` only for raster images when `image` is set.
bool IsSafeUrl(std::string_view url, bool image);

/// Why `url` cannot be a site's base URL, as words that follow its name
/// ("must be an absolute http:// or https:// address, …"); "" when it can.
/// A base URL is absolute http or https with a host, ends in a path (pages'
/// paths are appended to it: no user name, `?query` or `#fragment`), and
/// holds no quote, space, `<`, `>`, backslash, backtick or control character,
/// so it cannot end the attribute or the line it is written into.
std::string BaseUrlProblem(std::string_view url);

/// `url` with the bytes BaseUrlProblem refuses (controls, space, quotes, `<`,
/// `>`, backslash, backtick) percent-encoded: for a URL written into a line
/// of text (robots.txt), where nothing else escapes it.
std::string PercentEncodeUnsafe(std::string_view url);

/// Percent-decodes `s`; nullopt on a malformed escape or a decoded NUL.
std::optional<std::string> PercentDecode(std::string_view s);

/// Resolves a relative reference `ref` against the folder `base` (both
/// '/'-separated, inside one tree). nullopt when it leaves the tree, is
/// absolute, or holds a backslash or NUL — after percent-decoding.
std::optional<std::string> ResolveInTree(std::string_view base, std::string_view ref);

/// The host of an http:// or https:// address, lower-cased and without a
/// port or user ("" when `url` is neither): the host of
/// "https://user@www.Example.lv:8443/a" is "www.example.lv".
std::string UrlHost(std::string_view url);

/// The length of the folders `a` and `b` start with alike: 8 for
/// "stories/a/" and "stories/" ("stories/"), 0 for "stories/" and "services/".
size_t CommonFolders(std::string_view a, std::string_view b);

/// The relative URL from the page at output folder `from` to `to` (a folder
/// ending in '/' or a file), both relative to the same root.
std::string RelativeUrl(std::string_view from, std::string_view to);

/// "../" repeated for each folder in `dir` ("a/b/" → "../../").
std::string UpLevels(std::string_view dir);

}  // namespace clustersite
