#pragma once

#include <string>
#include <string_view>

namespace clustersite {

/// The extension of the file `path` names, lowercase and without the dot;
/// "" for none (".html" is a hidden file without one).
std::string Extension(std::string_view path);

/// The media type (MIME type) of a file by its extension, case-insensitive;
/// "application/octet-stream" for an unknown one. Text types carry
/// `; charset=utf-8` when `with_charset` is set, as HTTP responses want it.
std::string MediaType(std::string_view path, bool with_charset = false);

}  // namespace clustersite
