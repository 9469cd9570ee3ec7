#pragma once

#include <memory>
#include <string>

#include "serve/allowed_hosts.h"
#include "serve/connection_guard.h"
#include "serve/live_state.h"
#include "serve/site_folder.h"

namespace clustersite {

/// How much the server takes on at once.
struct ServerLimits {
  int threads = 64;  ///< connections handled at once (a browser keeps several open)
  /// Event streams open at once: each holds a thread for as long as its page
  /// is open, so they are capped below `threads` and pages always get one.
  int event_streams = 32;
  /// The deadline of a request head and the connections one address may hold.
  GuardLimits connections;
};

/// The HTTP side of `clustersite serve` (cpp-httplib): answers GET and HEAD
/// for the files of the served folder only, through ParseRequestPath and a
/// lookup that never follows a link; refuses requests whose `Host` is not
/// the served address; lists no folders; puts the reload script (and the
/// diagnostics, while there are any: the list to loopback clients, their
/// number to others) into HTML pages; and streams the site's version to open
/// pages at /__clustersite/events. A ConnectionGuard keeps slow or greedy
/// clients from holding its threads.
class PreviewServer {
 public:
  PreviewServer(const SiteFolder& folder, LiveState* state, ServerLimits limits = {});
  ~PreviewServer();
  PreviewServer(const PreviewServer&) = delete;
  PreviewServer& operator=(const PreviewServer&) = delete;

  /// Binds `address` and `port` (0: a free port). Returns the port bound,
  /// or -1 with `err` set.
  int Bind(const std::string& address, int port, std::string* err);
  /// Serves until Stop(); call after Bind(), on a thread of its own.
  void Run();
  /// Stops serving; Run() returns once open connections are done.
  void Stop();
  /// Who may be answered, and the address to open: valid after Bind().
  const AllowedHosts& hosts() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace clustersite
