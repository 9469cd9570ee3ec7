#pragma once

#include <xxhash.h>

#include <mutex>
#include <string>
#include <unordered_map>

#include "core/file_system.h"

namespace clustersite {

/// Why a file read twice in one run is refused the second time.
inline constexpr const char* kChangedDuringBuild = "changed during the build; run it again";

/// A FileSystem over another that keeps a digest of every file it reads
/// (XXH3, 128 bits: made for telling contents apart fast, not for security)
/// and refuses a later read of the same path whose bytes differ. A build
/// validates front matter first and reads each page body (and media file)
/// again when it is rendered or copied; through this, what it publishes is
/// exactly what it checked, or it fails. One per run: `serve` makes one
/// per rebuild, since there files are meant to change between runs.
class ConsistentFileSystem : public FileSystem {
 public:
  explicit ConsistentFileSystem(const FileSystem& base) : base_(base) {}

  std::optional<std::vector<DirEntry>> List(const std::string& dir) const override {
    return base_.List(dir);
  }
  std::optional<EntryKind> Kind(const std::string& path) const override { return base_.Kind(path); }
  /// The base's Read; false with kChangedDuringBuild when an earlier read of
  /// `path` gave other bytes.
  bool Read(const std::string& path, size_t max_size, std::string* contents,
            std::string* err) const override;

 private:
  const FileSystem& base_;
  mutable std::mutex mu_;
  mutable std::unordered_map<std::string, XXH128_hash_t> digests_;  ///< under mu_
};

}  // namespace clustersite
