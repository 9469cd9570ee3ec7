#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "core/file_system.h"

namespace clustersite {

/// One text file of the content tree, read and checked to be UTF-8, with a
/// byte-order mark and CRLF line endings already removed.
struct SourceFile {
  std::string path;  ///< As shown in diagnostics: the content root joined with `rel`.
  std::string rel;   ///< Relative to the content root: "koks/services/eksports.md".
  std::string text;
};

/// The files of one cluster folder, before any of them is parsed.
struct ClusterFiles {
  std::string slug;
  std::string dir;  ///< Display path of the folder.
  std::optional<SourceFile> cluster_yaml;
  std::optional<SourceFile> about;
  std::optional<SourceFile> members;
  std::vector<SourceFile> services;
  std::vector<SourceFile> stories;
  std::vector<SourceFile> roadmaps;
  std::vector<std::string> media;  ///< Relative paths ("koks/media/logo.svg") of media files.
};

struct ContentTree {
  std::string root;
  std::optional<SourceFile> portal;
  std::vector<ClusterFiles> clusters;
};

/// Limits that keep hostile input from exhausting the machine.
struct LoadLimits {
  size_t max_text_bytes = 2 * 1024 * 1024;    ///< per Markdown or YAML file
  size_t max_media_bytes = 20 * 1024 * 1024;  ///< per media file
};

/// Walks `root` through `fs`: portal.yaml and one folder per cluster. Never
/// follows symbolic links. With `only_cluster` set, loads just that cluster.
/// Problems go to `diag`; returns false when the tree cannot be read at all.
bool LoadContentTree(const FileSystem& fs, const std::string& root, const std::string& only_cluster,
                     const LoadLimits& limits, Diagnostics* diag, ContentTree* out);

}  // namespace clustersite
