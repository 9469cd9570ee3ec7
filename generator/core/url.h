#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace clustersite {

/// True for URLs safe to put in an href or src: http, https, mailto, tel and
/// relative references. `data:` only for raster images when `image` is set.
bool IsSafeUrl(std::string_view url, bool image);

/// Percent-decodes `s`; nullopt on a malformed escape or a decoded NUL.
std::optional<std::string> PercentDecode(std::string_view s);

/// Resolves a relative reference `ref` against the folder `base` (both
/// '/'-separated, inside one tree). nullopt when it leaves the tree, is
/// absolute, or holds a backslash or NUL — after percent-decoding.
std::optional<std::string> ResolveInTree(std::string_view base, std::string_view ref);

/// The relative URL from the page at output folder `from` to `to` (a folder
/// ending in '/' or a file), both relative to the same root.
std::string RelativeUrl(std::string_view from, std::string_view to);

/// "../" repeated for each folder in `dir` ("a/b/" → "../../").
std::string UpLevels(std::string_view dir);

}  // namespace clustersite
