#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace clustersite {

/// The `Host` header values a preview server answers to. A page on another
/// site can make the browser send requests to 127.0.0.1 under a name it
/// controls (DNS rebinding); such a request names that site in `Host`, so
/// answering only requests that name the served address itself keeps other
/// sites from reading the preview.
class AllowedHosts {
 public:
  /// For a server bound to address `bind` on `port`: a loopback address
  /// accepts itself and `localhost`; another address accepts itself; a
  /// wildcard (`0.0.0.0`, `::`) accepts `local_names` (the machine's
  /// addresses and host name) and loopback. Always with the port.
  AllowedHosts(const std::string& bind, int port, const std::vector<std::string>& local_names);

  /// True when `host` (the header's value) is one of them; names compare
  /// without regard to case, the port must match.
  bool Allows(std::string_view host) const;

  /// The address to open in a browser: "http://127.0.0.1:8000/".
  const std::string& url() const { return url_; }

 private:
  void Add(std::string_view name);

  int port_;
  std::set<std::string> hosts_;  ///< lower-case "name:port", IPv6 in brackets
  std::string url_;
};

/// True for 127.0.0.0/8 (also as `::ffff:127.…`), `::1` and `localhost`.
bool IsLoopback(std::string_view address);

/// True for `0.0.0.0`, `::` and "" (every address of the machine).
bool IsWildcard(std::string_view address);

/// The addresses of the machine's network interfaces and its host name:
/// what a wildcard bind may be reached under.
std::vector<std::string> LocalNames();

}  // namespace clustersite
