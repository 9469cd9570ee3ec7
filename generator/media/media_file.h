#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "core/file_system.h"

namespace clustersite {

/// Reads a media file of the content tree by its content-relative path
/// ("koks/media/logo.svg"); false with `err` set when it cannot be read.
using MediaReader =
    std::function<bool(const std::string& content_rel, std::string* bytes, std::string* err)>;

/// A MediaReader over the content folder `root` of `fs`; files over
/// `max_bytes` are refused unread.
MediaReader ReadMediaFrom(const FileSystem& fs, std::string root, size_t max_bytes);

/// Why the media file `path` holding `bytes` may not be published, as words
/// that follow its name ("is not a PNG file, …"); "" when it may. Only
/// passive types are published, none of which can run script on the site's
/// origin: PNG, JPEG, GIF, WebP, AVIF and PDF whose first bytes are those of
/// the type their extension names, and SVG in which FindSvgProblem finds
/// nothing.
std::string MediaProblem(std::string_view path, std::string_view bytes);

/// Reads `content_rel` through `read` and checks it as MediaProblem does:
/// "" with the bytes in `*bytes` when it may be published, else why not (a
/// name that rules the file out already is not read).
std::string CheckMediaFile(const std::string& content_rel, const MediaReader& read,
                           std::string* bytes);

}  // namespace clustersite
