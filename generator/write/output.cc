#include "write/output.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <optional>
#include <set>

#include "core/stage_clock.h"
#include "core/text.h"

namespace clustersite {
namespace fs = std::filesystem;

bool IsSafeOutputPath(const std::string& rel) {
  if (rel.empty() || rel[0] == '/' || rel.find('\\') != std::string::npos ||
      rel.find('\0') != std::string::npos)
    return false;
  size_t start = 0;
  while (start <= rel.size()) {
    size_t end = rel.find('/', start);
    if (end == std::string::npos) end = rel.size();
    std::string_view seg(rel.data() + start, end - start);
    if (seg.empty() || seg == "." || seg == "..") return false;
    start = end + 1;
  }
  return true;
}

namespace {

/// Writes `data` to the open file `fd` and closes it; false with the
/// reason in `err`.
bool WriteAndClose(int fd, const std::string& data, std::string* err) {
  size_t done = 0;
  while (done < data.size()) {
    ssize_t n = write(fd, data.data() + done, data.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      *err = std::strerror(n < 0 ? errno : ENOSPC);
      close(fd);
      return false;
    }
    done += n;
  }
  if (close(fd) != 0) {
    *err = std::strerror(errno);
    return false;
  }
  return true;
}

/// Writes `data` to `path`, replacing what is there.
bool WriteFile(const std::string& path, const std::string& data, std::string* err) {
  int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_TRUNC, 0644);
  if (fd < 0 || !WriteAndClose(fd, data, err)) {
    if (fd < 0) *err = std::strerror(errno);
    *err = path + ": " + *err;
    return false;
  }
  return true;
}

/// Closes a file descriptor at the end of scope.
struct Fd {
  int fd;
  explicit Fd(int f) : fd(f) {}
  ~Fd() {
    if (fd >= 0) close(fd);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
};

/// Makes the folder `dir` and those above it that are not in `made`, and
/// adds them to it; false with the reason in `err`. One mkdir for each new
/// folder: a page is a folder of its own, and asking first whether each
/// one exists, as create_directories does, cost as many calls again.
bool MakeFolder(const std::string& dir, std::set<std::string>* made, std::string* err) {
  if (made->count(dir)) return true;
  size_t slash = dir.rfind('/');
  if (slash != std::string::npos && slash > 0 && !MakeFolder(dir.substr(0, slash), made, err))
    return false;
  if (mkdir(dir.c_str(), 0777) != 0) {
    struct stat st;
    if (errno != EEXIST || stat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
      *err = dir + ": " + std::strerror(errno == EEXIST ? ENOTDIR : errno);
      return false;
    }
  }
  made->insert(dir);
  return true;
}

}  // namespace

namespace {

/// The process id in `name` when it is `prefix` followed by digits only.
std::optional<pid_t> PidAfter(const std::string& name, const std::string& prefix) {
  if (!StartsWith(name, prefix) || name.size() == prefix.size() || name.size() > prefix.size() + 9)
    return std::nullopt;
  long pid = 0;
  for (size_t i = prefix.size(); i < name.size(); ++i) {
    if (name[i] < '0' || name[i] > '9') return std::nullopt;
    pid = pid * 10 + (name[i] - '0');
  }
  return pid > 0 ? std::optional<pid_t>(static_cast<pid_t>(pid)) : std::nullopt;
}

}  // namespace

void RemoveStaleFolders(const fs::path& parent, const std::string& out_name) {
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(parent, ec)) {
    std::string name = e.path().filename().string();
    auto pid = PidAfter(name, "." + out_name + ".new-");
    if (!pid) pid = PidAfter(name, "." + out_name + ".old-");
    // Only our own naming, only a real folder with our marker, and only
    // when its process is gone (ESRCH; EPERM means it runs as another user).
    if (!pid || *pid == getpid() || !fs::is_directory(fs::symlink_status(e.path(), ec)) ||
        !fs::is_regular_file(fs::symlink_status(e.path() / kOutputMarker, ec)))
      continue;
    if (kill(*pid, 0) == 0 || errno != ESRCH) continue;
    fs::remove_all(e.path(), ec);
  }
}

OutputWriter::OutputWriter(const FileSystem& content_fs, std::string content_root)
    : content_fs_(content_fs), content_root_(std::move(content_root)) {}

OutputWriter::~OutputWriter() { Abort(); }

bool OutputWriter::Begin(const std::string& out_dir, std::string* err) {
  StageScope stage(Stage::kWrite);
  std::error_code ec;
  out_ = fs::path(out_dir).lexically_normal();
  if (out_.filename().empty()) out_ = out_.parent_path();
  if (fs::is_symlink(out_, ec)) {
    *err = out_dir + ": the output folder is a symbolic link; choose a real folder";
    return false;
  }
  if (fs::exists(out_, ec)) {
    bool empty = fs::is_directory(out_, ec) && fs::is_empty(out_, ec);
    if (!empty && !fs::exists(out_ / kOutputMarker, ec)) {
      *err = out_dir +
             ": exists and was not written by clustersite; remove it or choose "
             "another output folder";
      return false;
    }
  }
  std::string pid = std::to_string(getpid());
  fs::path parent = out_.has_parent_path() ? out_.parent_path() : fs::path(".");
  fs::create_directories(parent, ec);
  RemoveStaleFolders(parent, out_.filename().string());
  staging_ = parent / ("." + out_.filename().string() + ".new-" + pid);
  old_ = parent / ("." + out_.filename().string() + ".old-" + pid);
  fs::remove_all(staging_, ec);
  fs::create_directories(staging_, ec);
  // Marked from the start, so that the next build can tell this folder
  // for ours if this process is killed before it is done.
  if (ec || !WriteFile(JoinPath(staging_.string(), kOutputMarker), "", err)) {
    if (ec) *err = staging_.string() + ": " + ec.message();
    fs::remove_all(staging_, ec);
    return false;
  }
  dirs_ = {staging_.string()};
  begun_ = true;
  return true;
}

void OutputWriter::Fail(const std::string& err) {
  std::lock_guard<std::mutex> lock(mu_);
  if (error_.empty()) error_ = err;
}

void OutputWriter::Put(OutputFile f) {
  StageScope stage(Stage::kWrite);
  if (!IsSafeOutputPath(f.path)) {
    Fail("refusing to write outside the output folder: `" + f.path + "`");
    return;
  }
  std::string full = JoinPath(staging_.string(), f.path);
  std::string dir = full.substr(0, full.rfind('/'));
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!error_.empty()) return;
    if (!MakeFolder(dir, &dirs_, &error_)) return;
  }
  std::string err;
  if (!f.copy_from.empty()) {
    std::string bytes;
    std::string src = JoinPath(content_root_, f.copy_from);
    if (!content_fs_.Read(src, 64 * 1024 * 1024, &bytes, &err)) {
      Fail(src + ": " + err);
      return;
    }
    f.content = std::move(bytes);
  }
  if (!WriteFile(full, f.content, &err)) {
    Fail(err);
    return;
  }
  ++files_;
}

bool OutputWriter::Commit(std::string* err) {
  StageScope stage(Stage::kWrite);
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!error_.empty()) {
      *err = error_;
      return false;
    }
  }
  std::error_code ec;
  bool had_old = fs::exists(fs::symlink_status(out_, ec));
  exchanged_ = false;
  if (!had_old) {
    fs::rename(staging_, out_, ec);
  } else if (exchange_ &&
             renameat2(AT_FDCWD, staging_.c_str(), AT_FDCWD, out_.c_str(), RENAME_EXCHANGE) == 0) {
    // One step: the output folder is always the old tree or the new one.
    // The old tree is now at the staging path, marked, for removal below
    // (or by the next build, if this one is killed first).
    exchanged_ = true;
  } else if (exchange_ && errno != EINVAL && errno != ENOSYS && errno != ENOTSUP) {
    ec.assign(errno, std::generic_category());
  } else {
    // A file system without RENAME_EXCHANGE (some network ones): two steps,
    // between which there is no output folder for a moment.
    fs::rename(out_, old_, ec);
    if (!ec) {
      fs::rename(staging_, out_, ec);
      std::error_code back;
      if (ec) fs::rename(old_, out_, back);
    }
  }
  if (ec) {
    *err = out_.string() + ": " + ec.message();
    return false;
  }
  begun_ = false;
  if (exchanged_) fs::remove_all(staging_, ec);
  if (had_old && !exchanged_) fs::remove_all(old_, ec);
  return true;
}

void OutputWriter::Abort() {
  if (!begun_) return;
  std::error_code ec;
  fs::remove_all(staging_, ec);
  begun_ = false;
}

bool WriteOutput(const std::string& out_dir, const std::vector<OutputFile>& files,
                 const FileSystem& fs, const std::string& content_root, std::string* err) {
  OutputWriter writer(fs, content_root);
  if (!writer.Begin(out_dir, err)) return false;
  for (const OutputFile& f : files) writer.Put(f);
  return writer.Commit(err);
}

bool WriteFileAtomically(const std::string& path, const std::string& data, std::string* err) {
  std::string partial = path + ".partial";
  if (!WriteFile(partial, data, err)) return false;
  std::error_code ec;
  fs::rename(partial, path, ec);
  if (ec) {
    *err = path + ": " + ec.message();
    fs::remove(partial, ec);
    return false;
  }
  return true;
}

bool CreateFolders(const std::string& path, std::string* err) {
  std::error_code ec;
  std::filesystem::create_directories(path, ec);
  if (ec) *err = ec.message();
  return !ec;
}

bool WriteNewFile(const std::string& root, const std::string& rel, const std::string& data,
                  std::string* where, std::string* err) {
  *where = root;
  Fd dir(open(root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (dir.fd < 0) {
    *err = std::strerror(errno);
    return false;
  }
  size_t start = 0;
  for (size_t slash; (slash = rel.find('/', start)) != std::string::npos; start = slash + 1) {
    std::string name = rel.substr(start, slash - start);
    *where = JoinPath(*where, name);
    if (mkdirat(dir.fd, name.c_str(), 0755) != 0 && errno != EEXIST) {
      *err = std::strerror(errno);
      return false;
    }
    // Each folder opened without following a link: one swapped in between
    // this check and the write is refused as well.
    int next = openat(dir.fd, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (next < 0) {
      struct stat st;
      bool link =
          fstatat(dir.fd, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode);
      *err = link ? "is a symbolic link; the content loader never follows one, so `clustersite "
                    "new` does not write through it"
                  : std::strerror(errno);
      return false;
    }
    close(dir.fd);
    dir.fd = next;
  }
  *where = JoinPath(*where, rel.substr(start));
  int fd = openat(dir.fd, rel.c_str() + start, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                  0644);
  if (fd < 0) {
    *err = errno == EEXIST ? "exists already; it is left as it is" : std::strerror(errno);
    return false;
  }
  return WriteAndClose(fd, data, err);
}

}  // namespace clustersite
