#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "core/file_system.h"
#include "core/output_file.h"
#include "deploy/csp_manifest.h"

namespace clustersite {

/// The output folder of one `build --shard`: its clusters' folders, as the
/// portal's output holds them, and the `.csp.json` that names them.
struct ShardFolder {
  std::string dir;                 ///< as given on the command line
  CspManifest manifest;            ///< its audience, base URL, clusters and print documents
  std::vector<std::string> files;  ///< every file of its clusters' folders, '/'-separated, sorted
};

/// Reads the shards' folders `dirs` and checks they assemble into the
/// build `expected` describes (its audience, base URL and clusters): each
/// folder is a build's output with a `.csp.json` of the same audience and
/// base URL, and every cluster is in exactly one of them. Every problem
/// goes to `diag`, at the folder or file it is in; false when there is one.
bool ReadShards(const FileSystem& fs, const std::vector<std::string>& dirs,
                const CspManifest& expected, const std::string& content_root, Diagnostics* diag,
                std::vector<ShardFolder>* out);

/// Puts every file of the shards' cluster folders into `out` (print
/// documents marked as their manifest lists them), on `jobs` threads. A
/// file whose path is in `sitemaps` must hold those bytes, the sitemap the
/// content gives: else the shards were built from other content or
/// options, and that is an error at the file.
void PutShardFiles(const FileSystem& fs, const std::vector<ShardFolder>& shards,
                   const std::map<std::string, std::string>& sitemaps, int jobs, Diagnostics* diag,
                   OutputSink* out);

}  // namespace clustersite
