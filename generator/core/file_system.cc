#include "core/file_system.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <set>

namespace clustersite {

std::string JoinPath(const std::string& a, const std::string& b) {
  if (b.empty()) return a;
  if (a.empty() || a == ".") return b;
  if (a.back() == '/') return a + b;
  return a + '/' + b;
}

static EntryKind KindOf(mode_t mode) {
  if (S_ISREG(mode)) return EntryKind::kFile;
  if (S_ISDIR(mode)) return EntryKind::kDirectory;
  if (S_ISLNK(mode)) return EntryKind::kSymlink;
  return EntryKind::kOther;
}

std::optional<std::vector<DirEntry>> RealFileSystem::List(const std::string& dir) const {
  DIR* d = opendir(dir.c_str());
  if (!d) return std::nullopt;
  std::vector<DirEntry> out;
  while (dirent* e = readdir(d)) {
    std::string name = e->d_name;
    if (name == "." || name == "..") continue;
    // The folder says what each entry is, as lstat would; only a file
    // system that does not (DT_UNKNOWN) costs a call per entry.
    std::optional<EntryKind> kind =
        e->d_type == DT_UNKNOWN ? Kind(JoinPath(dir, name)) : KindOf(DTTOIF(e->d_type));
    out.push_back({name, kind.value_or(EntryKind::kOther)});
  }
  closedir(d);
  std::sort(out.begin(), out.end(),
            [](const DirEntry& a, const DirEntry& b) { return a.name < b.name; });
  return out;
}

std::optional<EntryKind> RealFileSystem::Kind(const std::string& path) const {
  struct stat st;
  if (lstat(path.c_str(), &st) != 0) return std::nullopt;
  return KindOf(st.st_mode);
}

bool RealFileSystem::Read(const std::string& path, size_t max_size, std::string* contents,
                          std::string* err) const {
  // O_NONBLOCK: opening a named pipe waits for a writer, for ever; so it is
  // opened without waiting, and fstat then refuses anything but a regular file.
  int fd = open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    *err = errno == ELOOP ? "is a symbolic link" : std::strerror(errno);
    return false;
  }
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    close(fd);
    *err = kNotRegularFile;
    return false;
  }
  if (static_cast<size_t>(st.st_size) > max_size) {
    close(fd);
    *err = "is " + std::to_string(st.st_size / (1024 * 1024)) + " MB, over the limit of " +
           std::to_string(max_size / (1024 * 1024)) + " MB";
    return false;
  }
  contents->resize(st.st_size);
  size_t done = 0;
  while (done < contents->size()) {
    ssize_t n = read(fd, contents->data() + done, contents->size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    done += n;
  }
  close(fd);
  contents->resize(done);
  return true;
}

void MemoryFileSystem::Add(const std::string& path, std::string contents) {
  files_[path] = std::move(contents);
}

void MemoryFileSystem::AddSymlink(const std::string& path) { symlinks_[path] = true; }

void MemoryFileSystem::Remove(const std::string& path) {
  files_.erase(path);
  symlinks_.erase(path);
}

static bool IsUnder(const std::string& path, const std::string& dir) {
  return dir.empty() || (path.size() > dir.size() && path.compare(0, dir.size(), dir) == 0 &&
                         path[dir.size()] == '/');
}

std::optional<std::vector<DirEntry>> MemoryFileSystem::List(const std::string& dir) const {
  if (Kind(dir) != EntryKind::kDirectory) return std::nullopt;
  std::set<std::pair<std::string, EntryKind>> seen;
  auto visit = [&](const std::string& path, bool symlink) {
    if (!IsUnder(path, dir)) return;
    std::string rest = dir.empty() ? path : path.substr(dir.size() + 1);
    size_t slash = rest.find('/');
    if (slash == std::string::npos) {
      seen.insert({rest, symlink ? EntryKind::kSymlink : EntryKind::kFile});
    } else {
      seen.insert({rest.substr(0, slash), EntryKind::kDirectory});
    }
  };
  for (const auto& [path, _] : files_) visit(path, false);
  for (const auto& [path, _] : symlinks_) visit(path, true);
  std::vector<DirEntry> out;
  out.reserve(seen.size());
  for (const auto& [name, kind] : seen) out.push_back({name, kind});
  return out;
}

std::optional<EntryKind> MemoryFileSystem::Kind(const std::string& path) const {
  if (symlinks_.count(path)) return EntryKind::kSymlink;
  if (files_.count(path)) return EntryKind::kFile;
  for (const auto& [p, _] : files_) {
    if (IsUnder(p, path)) return EntryKind::kDirectory;
  }
  return std::nullopt;
}

bool MemoryFileSystem::Read(const std::string& path, size_t max_size, std::string* contents,
                            std::string* err) const {
  if (symlinks_.count(path)) {
    *err = "is a symbolic link";
    return false;
  }
  auto it = files_.find(path);
  if (it == files_.end()) {
    *err = "No such file or directory";
    return false;
  }
  if (it->second.size() > max_size) {
    *err = "is " + std::to_string(it->second.size() / (1024 * 1024)) + " MB, over the limit of " +
           std::to_string(max_size / (1024 * 1024)) + " MB";
    return false;
  }
  *contents = it->second;
  return true;
}

}  // namespace clustersite
