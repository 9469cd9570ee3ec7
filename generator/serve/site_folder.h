#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <vector>

namespace clustersite {

/// The temporary folder a preview builds into and serves from: the served
/// root (`site/`) and, beside it, the staging folders of rebuilds. It keeps
/// a manifest of the files in the root (a hash of each), so that a rebuild
/// writes only the files whose bytes changed (SiteUpdate). The destructor
/// removes everything.
class SiteFolder {
 public:
  SiteFolder() = default;
  ~SiteFolder();
  SiteFolder(const SiteFolder&) = delete;
  SiteFolder& operator=(const SiteFolder&) = delete;

  /// Creates the folder under $TMPDIR (or /tmp).
  bool Create(std::string* err);
  /// Removes the folder and everything in it; safe to call twice.
  void Remove();

  /// The temporary folder itself.
  const std::string& path() const { return path_; }
  /// The served root inside it.
  const std::string& root() const { return root_; }

  /// What a lookup found.
  enum class Found { kFile, kFolder, kMissing };
  /// Looks up `segments` under the root without following a symbolic link
  /// anywhere on the way; a folder asked for as a folder (`folder` set)
  /// stands for its `index.html`. For a file, reads it into `bytes` and sets
  /// `name` to its file name (for its media type). A folder asked for as a
  /// file is kFolder (the caller redirects); anything else — missing, a
  /// link, a device — is kMissing. Called from the server's threads.
  Found Read(const std::vector<std::string>& segments, bool folder, std::string* bytes,
             std::string* name) const;

  /// True when the file `path` (relative to the root) is a self-contained
  /// print document, served with the documents' policy. Called from the
  /// server's threads.
  bool IsPrintDocument(const std::string& path) const;

 private:
  friend class SiteUpdate;
  /// Hash of the bytes of each file in the root, by its relative path;
  /// changed only by the rebuilding thread (SiteUpdate::Commit).
  std::map<std::string, uint64_t> manifest_;
  mutable std::mutex documents_mu_;
  std::set<std::string> documents_;  ///< the print documents in the root, under documents_mu_
  std::string path_, root_;
  int stages_ = 0;
};

}  // namespace clustersite
