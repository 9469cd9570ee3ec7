#include "write/output.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>

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

bool WriteFile(const std::string& path, const std::string& data, std::string* err) {
  int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0644);
  if (fd < 0) {
    *err = path + ": " + std::strerror(errno);
    return false;
  }
  size_t done = 0;
  while (done < data.size()) {
    ssize_t n = write(fd, data.data() + done, data.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      *err = path + ": " + std::strerror(errno);
      close(fd);
      return false;
    }
    done += n;
  }
  if (close(fd) != 0) {
    *err = path + ": " + std::strerror(errno);
    return false;
  }
  return true;
}

bool WriteAll(const std::string& staging, const std::vector<OutputFile>& files,
              const FileSystem& content_fs, const std::string& content_root, std::string* err) {
  std::set<std::string> dirs;
  for (const OutputFile& f : files) {
    if (!IsSafeOutputPath(f.path)) {
      *err = "refusing to write outside the output folder: `" + f.path + "`";
      return false;
    }
    std::string full = JoinPath(staging, f.path);
    std::string dir = full.substr(0, full.rfind('/'));
    if (dirs.insert(dir).second) {
      std::error_code ec;
      fs::create_directories(dir, ec);
      if (ec) {
        *err = dir + ": " + ec.message();
        return false;
      }
    }
    if (!f.copy_from.empty()) {
      std::string bytes, read_err;
      std::string src = JoinPath(content_root, f.copy_from);
      if (!content_fs.Read(src, 64 * 1024 * 1024, &bytes, &read_err)) {
        *err = src + ": " + read_err;
        return false;
      }
      if (!WriteFile(full, bytes, err)) return false;
    } else if (!WriteFile(full, f.content, err)) {
      return false;
    }
  }
  return WriteFile(JoinPath(staging, kOutputMarker), "", err);
}

}  // namespace

bool WriteOutput(const std::string& out_dir, const std::vector<OutputFile>& files,
                 const FileSystem& content_fs, const std::string& content_root, std::string* err) {
  std::error_code ec;
  fs::path out = fs::path(out_dir).lexically_normal();
  if (out.filename().empty()) out = out.parent_path();
  if (fs::is_symlink(out, ec)) {
    *err = out_dir + ": the output folder is a symbolic link; choose a real folder";
    return false;
  }
  if (fs::exists(out, ec)) {
    bool empty = fs::is_directory(out, ec) && fs::is_empty(out, ec);
    if (!empty && !fs::exists(out / kOutputMarker, ec)) {
      *err = out_dir +
             ": exists and was not written by clustersite; remove it or choose "
             "another output folder";
      return false;
    }
  }
  std::string pid = std::to_string(getpid());
  fs::path parent = out.has_parent_path() ? out.parent_path() : fs::path(".");
  fs::create_directories(parent, ec);
  fs::path staging = parent / ("." + out.filename().string() + ".new-" + pid);
  fs::path old = parent / ("." + out.filename().string() + ".old-" + pid);
  fs::remove_all(staging, ec);
  if (!WriteAll(staging.string(), files, content_fs, content_root, err)) {
    fs::remove_all(staging, ec);
    return false;
  }
  bool had_old = fs::exists(out, ec);
  if (had_old) {
    fs::rename(out, old, ec);
    if (ec) {
      *err = out_dir + ": " + ec.message();
      fs::remove_all(staging, ec);
      return false;
    }
  }
  fs::rename(staging, out, ec);
  if (ec) {
    *err = out_dir + ": " + ec.message();
    if (had_old) fs::rename(old, out, ec);
    fs::remove_all(staging, ec);
    return false;
  }
  if (had_old) fs::remove_all(old, ec);
  return true;
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

}  // namespace clustersite
