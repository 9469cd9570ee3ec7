#pragma once

#include <atomic>
#include <filesystem>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "core/file_system.h"
#include "core/output_file.h"

namespace clustersite {

/// The file that marks a folder as clustersite output, so a build never
/// replaces a folder it did not write.
constexpr const char* kOutputMarker = ".clustersite";

/// True when `rel` is a safe relative output path: no `..`, no absolute
/// path, no backslash or NUL, no empty segment.
bool IsSafeOutputPath(const std::string& rel);

/// Removes the folders beside an output `out_name` in `parent` that builds
/// killed before they were done left behind: a staging folder
/// `.OUT.new-PID` or an old output `.OUT.old-PID` whose process no longer
/// exists and which holds kOutputMarker. Anything else is left alone.
void RemoveStaleFolders(const std::filesystem::path& parent, const std::string& out_name);

/// Writes a new output tree atomically: files go, as they are rendered, into
/// a folder beside the output (`.OUT.new-PID`, marked), which replaces the
/// old output at Commit() in one step, exchanging the two with
/// renameat2(RENAME_EXCHANGE); on a file system without it, by two renames
/// (the old output aside as `.OUT.old-PID`, the new one in its place).
/// Until then, and whatever fails, the previous output is untouched. Begin()
/// first removes what killed builds left (RemoveStaleFolders). Media
/// are copied from the content folder through a FileSystem that never
/// follows links. Put() may be called from several threads.
class OutputWriter : public OutputSink {
 public:
  OutputWriter(const FileSystem& content_fs, std::string content_root);
  ~OutputWriter() override;

  /// Checks `out_dir` may be replaced and creates the folder beside it.
  bool Begin(const std::string& out_dir, std::string* err);
  void Put(OutputFile file) override;
  /// Swaps the new tree in; false (and the old output kept) after any error.
  bool Commit(std::string* err);
  /// Removes what was written; the old output stays.
  void Abort();

  size_t files_written() const { return files_; }
  /// True when the last Commit() exchanged the old output for the new in one step.
  bool exchanged() const { return exchanged_; }
  /// Replace an old output by two renames, as on a file system without
  /// RENAME_EXCHANGE: for tests of that way.
  void set_exchange(bool exchange) { exchange_ = exchange; }

 private:
  void Fail(const std::string& err);

  const FileSystem& content_fs_;
  std::string content_root_;
  std::filesystem::path out_, staging_, old_;
  std::mutex mu_;
  std::set<std::string> dirs_;  ///< folders created so far (under mu_)
  std::string error_;           ///< the first error (under mu_)
  std::atomic<size_t> files_{0};
  bool begun_ = false;
  bool exchange_ = true;
  bool exchanged_ = false;
};

/// Writes `files` as the new content of `out_dir` in one go.
bool WriteOutput(const std::string& out_dir, const std::vector<OutputFile>& files,
                 const FileSystem& fs, const std::string& content_root, std::string* err);

/// Writes one file atomically: into a file beside it, then renamed over it.
bool WriteFileAtomically(const std::string& path, const std::string& data, std::string* err);

/// Creates the folder `path` and the folders above it that are missing
/// (`clustersite new cluster` into a new content folder); false with `err`
/// when one cannot be made.
bool CreateFolders(const std::string& path, std::string* err);

/// Writes the file `rel` ('/'-separated) under the folder `root`, creating
/// its folders (`clustersite new`): never over an existing file, and never
/// through a symbolic link below `root`, which the content loader would
/// refuse too. On failure `where` is the path the problem is at and `err`
/// what it is.
bool WriteNewFile(const std::string& root, const std::string& rel, const std::string& data,
                  std::string* where, std::string* err);

}  // namespace clustersite
