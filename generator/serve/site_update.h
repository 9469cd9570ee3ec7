#pragma once

#include <atomic>
#include <cstdint>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "core/file_system.h"
#include "core/output_file.h"
#include "serve/site_folder.h"

namespace clustersite {

/// The writes of one rebuild into a SiteFolder. As files are rendered
/// (Put(), from any thread), each one whose bytes differ from those of the
/// served file is written to a staging folder beside the root; Commit()
/// then moves them into the root, one rename per file, so a request sees
/// a page as it was before the rebuild or after it, never half-written.
/// Unchanged files are not written at all: saving one story rewrites the
/// handful of pages that show it, not the cluster's hundreds.
class SiteUpdate : public OutputSink {
 public:
  /// Media (OutputFile::copy_from) are read from `content_root` through
  /// `content_fs`, which never follows links.
  SiteUpdate(SiteFolder* folder, const FileSystem& content_fs, std::string content_root);
  ~SiteUpdate() override;
  SiteUpdate(const SiteUpdate&) = delete;
  SiteUpdate& operator=(const SiteUpdate&) = delete;

  void Put(OutputFile file) override;

  /// Publishes the changed files, but none under a prefix in `skip` (the
  /// folders of clusters that failed to render keep what they had), and
  /// removes the files under a prefix in `owned` ("koks/"; "" for all) that
  /// this rebuild did not put. False with `err` when a file could not be
  /// written or moved.
  bool Commit(const std::vector<std::string>& owned, const std::vector<std::string>& skip,
              std::string* err);

  /// Files put so far, and how many of them changed.
  size_t files() const { return files_; }
  size_t changed() const;

 private:
  struct Staged {
    std::string path;  ///< relative to the root
    std::string temp;  ///< the staged file
    uint64_t hash;
    bool replaced = false;  ///< the same path was put again later
  };
  void Fail(const std::string& err);

  SiteFolder* folder_;
  const FileSystem& content_fs_;
  std::string content_root_;
  std::string stage_;
  mutable std::mutex mu_;
  bool stage_made_ = false;            ///< under mu_
  std::map<std::string, size_t> put_;  ///< each path put, and its entry in staged_ or npos
  std::set<std::string> documents_;    ///< the print documents put, under mu_
  std::vector<Staged> staged_;         ///< under mu_
  std::string error_;                  ///< the first error, under mu_
  std::atomic<size_t> files_{0};
};

}  // namespace clustersite
