#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "serve/live_pages.h"

namespace clustersite {

/// What the open pages of a preview need to know, shared by the thread that
/// rebuilds and the server's threads: a version that changes with every
/// rebuild (a page reloads when it differs from the one it was served
/// with) and the diagnostics of the content as it is now.
class LiveState {
 public:
  /// `instance` tells one run of the server from the next, so a page
  /// served by an earlier run reloads too.
  explicit LiveState(std::string instance);

  /// Records the outcome of a rebuild: the diagnostics of the content now,
  /// and whether a build of it has ever been published. Starts a new
  /// version and wakes every waiting event stream.
  void Update(std::vector<Diagnostic> diagnostics, bool has_build);

  /// Sets the words pages are served with (the theme's, in the portal's
  /// language for the preview's own pages); until then the default theme's.
  void SetWords(LiveWords words);

  struct Snapshot {
    std::string version;
    std::vector<Diagnostic> diagnostics;
    bool has_errors = false;
    bool has_build = false;
    std::shared_ptr<const LiveWords> words;  ///< never null
  };
  Snapshot Get() const;

  /// Blocks until the version is not `seen`, Stop() is called, or `timeout`
  /// passes; returns the version then.
  std::string Wait(const std::string& seen, std::chrono::milliseconds timeout) const;

  /// Wakes every waiter for good: the server is shutting down.
  void Stop();
  bool stopped() const;

 private:
  std::string VersionLocked() const;

  mutable std::mutex mu_;
  mutable std::condition_variable changed_;
  std::string instance_;
  uint64_t generation_ = 0;
  std::vector<Diagnostic> diagnostics_;
  bool has_errors_ = false;
  bool has_build_ = false;
  bool stopped_ = false;
  std::shared_ptr<const LiveWords> words_;
};

}  // namespace clustersite
