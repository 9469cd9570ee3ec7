#pragma once

#include <chrono>
#include <map>
#include <string>
#include <vector>

namespace clustersite {

/// One change on disk: which watched tree, and the path inside it ("" for
/// the tree's own folder). `overflow` means events were lost: assume
/// everything changed.
struct FileChange {
  int tree = 0;
  std::string rel;
  bool overflow = false;
};

/// Watches folder trees with inotify: each folder gets a watch (inotify is
/// not recursive), folders created later get theirs as they appear, and
/// symbolic links are never followed.
class Watcher {
 public:
  Watcher() = default;
  ~Watcher();
  Watcher(const Watcher&) = delete;
  Watcher& operator=(const Watcher&) = delete;

  bool Open(std::string* err);
  /// Watches `dir` and every folder below it; its changes carry `tree`.
  bool Watch(int tree, const std::string& dir, std::string* err);
  /// Stops watching the folders of `tree`.
  void Unwatch(int tree);
  /// The first folder that could not be watched and why (inotify's limit
  /// of watches, most often), or "": changes in it would go unseen.
  const std::string& problem() const { return problem_; }

  /// Blocks until something changes, then gathers changes until none has
  /// come for `quiet` (editors save in bursts: a temporary file, a rename),
  /// at most for `longest`. Returns false, without waiting further, as soon
  /// as `stop_fd` is readable.
  bool Wait(int stop_fd, std::chrono::milliseconds quiet, std::chrono::milliseconds longest,
            std::vector<FileChange>* changes);

 private:
  struct Watched {
    int tree;
    std::string dir;  ///< the folder, as given to Watch() or found below it
    std::string rel;  ///< relative to the tree's folder
  };
  void AddTree(int tree, const std::string& dir, const std::string& rel, int depth);
  /// Reads the events waiting now; false on a read error.
  bool Drain(std::vector<FileChange>* changes);

  int fd_ = -1;
  std::map<int, Watched> watches_;  ///< by watch descriptor
  std::string problem_;
};

}  // namespace clustersite
