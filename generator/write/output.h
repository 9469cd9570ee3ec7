#pragma once

#include <string>
#include <vector>

#include "core/file_system.h"
#include "render/site.h"

namespace clustersite {

/// The file that marks a folder as clustersite output, so a build never
/// replaces a folder it did not write.
constexpr const char* kOutputMarker = ".clustersite";

/// True when `rel` is a safe relative output path: no `..`, no absolute
/// path, no backslash or NUL, no empty segment.
bool IsSafeOutputPath(const std::string& rel);

/// Writes `files` as the new content of `out_dir`, atomically: everything is
/// written to a folder beside it, which then replaces the old one. On any
/// failure the previous output is untouched and `*err` says why. Media are
/// copied from `content_root` through `fs`, which never follows links.
bool WriteOutput(const std::string& out_dir, const std::vector<OutputFile>& files,
                 const FileSystem& fs, const std::string& content_root, std::string* err);

/// Writes one file atomically: into a file beside it, then renamed over it.
bool WriteFileAtomically(const std::string& path, const std::string& data, std::string* err);

}  // namespace clustersite
