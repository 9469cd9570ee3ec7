#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace clustersite {

/// What a request target asks for, once checked: the names of the folders
/// and the file inside the served folder, never anything that could step
/// out of it.
struct RequestPath {
  enum class Verdict {
    kOk,          ///< `segments` is safe to look up
    kBadRequest,  ///< malformed, or an attempt to leave the folder: 400
    kNotFound,    ///< a hidden file (`.clustersite`): never part of a site, 404
  };
  Verdict verdict = Verdict::kBadRequest;
  std::vector<std::string> segments;  ///< decoded names, none empty, `.` or `..`
  bool folder = false;                ///< the target ends in `/`
  std::string reason;                 ///< why it was refused, for the response

  bool ok() const { return verdict == Verdict::kOk; }
};

/// Checks a request target exactly as it came over the wire, before any
/// decoding, so that an encoded separator cannot hide from the checks:
/// the query and fragment are dropped; raw bytes must be printable ASCII
/// without a backslash; `%2f`, `%5c`, `%25` and encoded control bytes are
/// refused (a name of the site never holds them, and decoding them twice
/// elsewhere would make separators); then the path is decoded once, must be
/// UTF-8 and is split at `/`: an empty, `.` or `..` segment is refused.
RequestPath ParseRequestPath(std::string_view target);

/// The joined segments, for messages and logs: "koks/services/index.html".
std::string JoinSegments(const std::vector<std::string>& segments);

}  // namespace clustersite
