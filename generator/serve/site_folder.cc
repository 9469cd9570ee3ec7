#include "serve/site_folder.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>

namespace clustersite {
namespace fs = std::filesystem;
namespace {

/// A file descriptor closed at the end of scope.
struct Fd {
  int fd = -1;
  explicit Fd(int f) : fd(f) {}
  ~Fd() {
    if (fd >= 0) close(fd);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
};

/// Opens `name` inside the folder `dir` without following a link.
int OpenBeneath(int dir, const std::string& name, int flags) {
  return openat(dir, name.c_str(), flags | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
}

bool ReadAll(int fd, std::string* bytes) {
  bytes->clear();
  char buf[65536];
  while (true) {
    ssize_t n = read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return false;
    if (n == 0) return true;
    bytes->append(buf, static_cast<size_t>(n));
  }
}

/// One lookup; sets `*vanished` when a folder disappeared on the way (a
/// rebuild swapped it), so the caller can look again.
SiteFolder::Found ReadOnce(const std::string& root, const std::vector<std::string>& segments,
                           bool folder, std::string* bytes, std::string* name, bool* vanished) {
  using Found = SiteFolder::Found;
  *vanished = false;
  Fd dir(open(root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (dir.fd < 0) return Found::kMissing;
  std::vector<std::string> parts = segments;
  if (folder) parts.emplace_back("index.html");
  int current = dir.fd;
  std::vector<std::unique_ptr<Fd>> held;
  for (size_t i = 0; i + 1 < parts.size(); ++i) {
    int next = OpenBeneath(current, parts[i], O_RDONLY | O_DIRECTORY);
    if (next < 0) {
      *vanished = errno == ENOENT;
      return Found::kMissing;
    }
    held.push_back(std::make_unique<Fd>(next));
    current = next;
  }
  if (parts.empty()) return Found::kFolder;  // the root asked for as a file: never, but safe
  Fd file(OpenBeneath(current, parts.back(), O_RDONLY));
  if (file.fd < 0) {
    *vanished = errno == ENOENT;
    return Found::kMissing;
  }
  struct stat st;
  if (fstat(file.fd, &st) != 0) return Found::kMissing;
  if (S_ISDIR(st.st_mode)) return folder ? Found::kMissing : Found::kFolder;
  if (!S_ISREG(st.st_mode)) return Found::kMissing;
  if (!ReadAll(file.fd, bytes)) return Found::kMissing;
  *name = parts.back();
  return Found::kFile;
}

}  // namespace

SiteFolder::~SiteFolder() { Remove(); }

bool SiteFolder::Create(std::string* err) {
  std::error_code ec;
  fs::path tmp = fs::temp_directory_path(ec);
  if (ec) tmp = "/tmp";
  std::string tmpl = (tmp / "clustersite-serve-XXXXXX").string();
  if (!mkdtemp(tmpl.data())) {
    *err = tmpl + ": " + std::strerror(errno);
    return false;
  }
  path_ = tmpl;
  root_ = path_ + "/site";
  if (mkdir(root_.c_str(), 0755) != 0) {
    *err = root_ + ": " + std::strerror(errno);
    return false;
  }
  return true;
}

void SiteFolder::Remove() {
  if (path_.empty()) return;
  std::error_code ec;
  fs::remove_all(path_, ec);
  path_.clear();
  root_.clear();
}

SiteFolder::Found SiteFolder::Read(const std::vector<std::string>& segments, bool folder,
                                   std::string* bytes, std::string* name) const {
  bool vanished = false;
  Found found = ReadOnce(root_, segments, folder, bytes, name, &vanished);
  if (vanished) found = ReadOnce(root_, segments, folder, bytes, name, &vanished);
  return found;
}

bool SiteFolder::IsPrintDocument(const std::string& path) const {
  std::lock_guard<std::mutex> lock(documents_mu_);
  return documents_.count(path) > 0;
}

}  // namespace clustersite
