#include "serve/watcher.h"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

namespace clustersite {
namespace fs = std::filesystem;
namespace {

/// What a save, a new file, a removal or a rename looks like. IN_MODIFY is
/// left out: a file being written is read once it is closed.
constexpr uint32_t kMask = IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO |
                           IN_DELETE_SELF | IN_MOVE_SELF | IN_ATTRIB | IN_ONLYDIR | IN_DONT_FOLLOW |
                           IN_EXCL_UNLINK;
/// Deeper than any content tree nests (media/ has 8 levels at most).
constexpr int kMaxDepth = 16;

std::string Join(const std::string& a, const std::string& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return a + "/" + b;
}

}  // namespace

Watcher::~Watcher() {
  if (fd_ >= 0) close(fd_);
}

bool Watcher::Open(std::string* err) {
  fd_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (fd_ < 0) *err = std::string("inotify: ") + std::strerror(errno);
  return fd_ >= 0;
}

bool Watcher::Watch(int tree, const std::string& dir, std::string* err) {
  std::error_code ec;
  if (!fs::is_directory(fs::symlink_status(dir, ec))) {
    *err = dir + ": not a folder";
    return false;
  }
  AddTree(tree, dir, "", 0);
  return true;
}

void Watcher::AddTree(int tree, const std::string& dir, const std::string& rel, int depth) {
  if (depth > kMaxDepth) return;
  int wd = inotify_add_watch(fd_, dir.c_str(), kMask);
  if (wd < 0) {
    // Gone already, or not a folder: nothing to watch. Anything else is a problem.
    if (errno != ENOENT && errno != ENOTDIR && problem_.empty()) {
      problem_ = dir + ": " + std::strerror(errno) +
                 (errno == ENOSPC ? " (raise fs.inotify.max_user_watches)" : "");
    }
    return;
  }
  watches_[wd] = Watched{tree, dir, rel};
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (e.is_symlink(ec) || !e.is_directory(ec)) continue;
    std::string name = e.path().filename().string();
    AddTree(tree, Join(dir, name), Join(rel, name), depth + 1);
  }
}

void Watcher::Unwatch(int tree) {
  for (auto it = watches_.begin(); it != watches_.end();) {
    if (it->second.tree == tree) {
      inotify_rm_watch(fd_, it->first);
      it = watches_.erase(it);
    } else {
      ++it;
    }
  }
}

bool Watcher::Drain(std::vector<FileChange>* changes) {
  alignas(inotify_event) char buf[64 * 1024];
  while (true) {
    ssize_t n = read(fd_, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return errno == EAGAIN;
    for (char* p = buf; p < buf + n;) {
      const auto* ev = reinterpret_cast<const inotify_event*>(p);
      p += sizeof(inotify_event) + ev->len;
      if (ev->mask & IN_Q_OVERFLOW) {
        changes->push_back({0, "", true});
        continue;
      }
      auto it = watches_.find(ev->wd);
      if (it == watches_.end()) continue;
      if (ev->mask & IN_IGNORED) {
        watches_.erase(it);
        continue;
      }
      const Watched w = it->second;
      std::string name = ev->len ? std::string(ev->name) : "";
      changes->push_back({w.tree, Join(w.rel, name), false});
      if ((ev->mask & (IN_CREATE | IN_MOVED_TO)) && (ev->mask & IN_ISDIR))
        AddTree(w.tree, Join(w.dir, name), Join(w.rel, name), 1);
    }
  }
}

bool Watcher::Wait(int stop_fd, std::chrono::milliseconds quiet, std::chrono::milliseconds longest,
                   std::vector<FileChange>* changes) {
  using Clock = std::chrono::steady_clock;
  pollfd fds[2] = {{stop_fd, POLLIN, 0}, {fd_, POLLIN, 0}};
  Clock::time_point first{};
  bool started = false;
  while (true) {
    int timeout = -1;
    if (started) {
      auto left =
          std::chrono::duration_cast<std::chrono::milliseconds>(first + longest - Clock::now());
      timeout = static_cast<int>(std::max<long>(0, std::min<long>(quiet.count(), left.count())));
    }
    int n = poll(fds, 2, timeout);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return false;
    if (fds[0].revents) return false;
    if (n == 0) return true;  // quiet long enough, or waited the longest
    if (!Drain(changes)) return false;
    if (!started && !changes->empty()) {
      started = true;
      first = Clock::now();
    }
    if (started && Clock::now() >= first + longest) return true;
  }
}

}  // namespace clustersite
