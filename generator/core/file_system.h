#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace clustersite {

enum class EntryKind { kFile, kDirectory, kSymlink, kOther };

struct DirEntry {
  std::string name;
  EntryKind kind = EntryKind::kOther;
};

/// Why a named pipe, socket or device is not read.
inline constexpr const char* kNotRegularFile =
    "is not a regular file (a named pipe, socket or device); clustersite reads only regular "
    "files";

/// All reading of the content tree goes through this interface, so tests can
/// use an in-memory tree and the loader cannot reach outside what it is given.
/// Paths are '/'-separated.
class FileSystem {
 public:
  virtual ~FileSystem() = default;
  /// The entries of a directory, sorted by name; nullopt when it is not a directory.
  virtual std::optional<std::vector<DirEntry>> List(const std::string& dir) const = 0;
  /// The kind of `path` without following a symbolic link; nullopt when missing.
  virtual std::optional<EntryKind> Kind(const std::string& path) const = 0;
  /// Reads a whole regular file; false with `err` set on failure. Files over
  /// `max_size` bytes are refused without being read; symbolic links, named
  /// pipes, sockets and devices without being waited for.
  virtual bool Read(const std::string& path, size_t max_size, std::string* contents,
                    std::string* err) const = 0;
};

/// The real disk.
class RealFileSystem : public FileSystem {
 public:
  std::optional<std::vector<DirEntry>> List(const std::string& dir) const override;
  std::optional<EntryKind> Kind(const std::string& path) const override;
  bool Read(const std::string& path, size_t max_size, std::string* contents,
            std::string* err) const override;
};

/// An in-memory tree for tests: files by full path; directories are implied.
class MemoryFileSystem : public FileSystem {
 public:
  void Add(const std::string& path, std::string contents);
  void AddSymlink(const std::string& path);
  void Remove(const std::string& path);

  std::optional<std::vector<DirEntry>> List(const std::string& dir) const override;
  std::optional<EntryKind> Kind(const std::string& path) const override;
  bool Read(const std::string& path, size_t max_size, std::string* contents,
            std::string* err) const override;

 private:
  std::map<std::string, std::string> files_;
  std::map<std::string, bool> symlinks_;
};

/// Joins two '/'-separated path parts.
std::string JoinPath(const std::string& a, const std::string& b);

}  // namespace clustersite
