#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.h"
#include "core/file_system.h"

namespace clustersite {

/// One text file of the content tree, read and checked to be UTF-8, with a
/// byte-order mark and CRLF line endings already removed, normalised to NFC.
struct SourceFile {
  std::string path;  ///< As shown in diagnostics: the content root joined with `rel`.
  std::string rel;   ///< Relative to the content root: "koks/services/eksports.md".
  std::string text;
  /// false for a page or feedback file ListContentTree only listed:
  /// ReadSourceFile reads it where it is parsed.
  bool read = true;
};

/// strategy/ of a cluster: strategy.yaml and the section files
/// (`<number>.md`, whose names are checked where the model is), read even
/// when pages are only listed: they are few and small.
struct StrategyFiles {
  std::string dir;  ///< Display path of the folder.
  std::optional<SourceFile> yaml;
  std::vector<SourceFile> sections;
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
  std::vector<SourceFile> events;
  std::vector<SourceFile> news;
  /// feedback/<YYYY>-q<N>.yaml or .csv, by name; the names are checked
  /// where they are parsed.
  std::vector<SourceFile> feedback;
  std::optional<StrategyFiles> strategy;  ///< when the folder has a strategy/
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

/// One of `count` parts of a portal's clusters, for building them in
/// parallel jobs (`build --shard 2/4`): the cluster folders, in name order,
/// whose place in that order modulo `count` is `index` - 1. Every build of
/// the same content puts a cluster in the same shard.
struct Shard {
  int index = 0;  ///< 1 to count
  int count = 0;  ///< 0: no shard, the whole portal

  /// True when the cluster folder at `place` (from 0) is in this shard.
  bool Holds(size_t place) const {
    return count == 0 || static_cast<int>(place % static_cast<size_t>(count)) == index - 1;
  }
};

constexpr int kMaxShards = 1000;

/// Reads a shard as `--shard` gives it, "K/N" with 1 <= K <= N <= kMaxShards;
/// nullopt for anything else.
std::optional<Shard> ParseShard(std::string_view text);

/// Which cluster folders a load reads: every one, the one named, or a shard's.
struct ClusterSelection {
  std::string slug;  ///< just this cluster; an error when the folder has none of that name
  Shard shard;       ///< else, when shard.count > 0, just the clusters of this shard
};

/// Walks `root` through `fs`: portal.yaml and one folder per cluster. Never
/// follows symbolic links. The folder of `root` that holds the theme
/// portal.yaml names (`theme`, `themes/x`) is skipped, unless it has a
/// cluster.yaml. Loads the clusters `select` selects.
/// Problems go to `diag`; returns false when the tree cannot be read at all.
bool LoadContentTree(const FileSystem& fs, const std::string& root, const ClusterSelection& select,
                     const LoadLimits& limits, Diagnostics* diag, ContentTree* out);

/// Why `root` is no content folder, in one line that says what one holds
/// and what to run: it is missing, a file, or holds neither portal.yaml nor
/// a folder with a cluster.yaml (an empty folder, the wrong folder). ""
/// when it is one.
std::string ContentFolderProblem(const FileSystem& fs, const std::string& root);

/// LoadContentTree without reading the services, stories and roadmaps: they
/// are listed with `read` false, for ReadSourceFile to read each one where
/// it is parsed, so a build never holds the text of every page at once.
bool ListContentTree(const FileSystem& fs, const std::string& root, const ClusterSelection& select,
                     const LoadLimits& limits, Diagnostics* diag, ContentTree* out);

/// The first folder or file on the way from `root` to `root`/`rel` (`rel`
/// '/'-separated, inside `root`) that is a symbolic link, as a display path;
/// "" when there is none. The loader never follows one, nor may anything
/// that reads or writes the content folder on its behalf.
std::string SymlinkOnPath(const FileSystem& fs, const std::string& root, const std::string& rel);

/// Reads `file->path` into `file->text` as the loader does: at most
/// `limits.max_text_bytes`, valid UTF-8 without NUL bytes, byte-order mark
/// and CRLF line endings removed, in NFC. Problems go to `diag`.
bool ReadSourceFile(const FileSystem& fs, const LoadLimits& limits, Diagnostics* diag,
                    SourceFile* file);

/// Reads the Markdown body of the page at display path `path`, as
/// ReadSourceFile reads it, without its front matter, and the line it
/// starts on. Problems go to `diag`.
bool ReadBody(const FileSystem& fs, const LoadLimits& limits, const std::string& path,
              Diagnostics* diag, std::string* body, int* first_line);

}  // namespace clustersite
