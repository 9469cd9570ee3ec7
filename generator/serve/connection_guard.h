#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <utility>

namespace clustersite {

/// How long and how many connections one client may hold.
struct GuardLimits {
  /// From a connection's accept, or the end of its last response, to the
  /// end of the next request's headers.
  std::chrono::milliseconds head_deadline{10000};
  /// Connections open at once from one client address (a browser opens 6).
  int per_address = 16;
};

/// What cpp-httplib 0.11 lacks against slow clients, added around it: it
/// times out each read, but a client sending a header line every 2 s never
/// lets a read time out and holds a thread for good; and it takes any number
/// of connections from one address. The guard gives every request head a
/// deadline, after which a watchdog thread shuts the connection down (the
/// thread reading it sees the end and is free), and refuses a connection
/// beyond `per_address` from one address with a 503 at once.
///
/// httplib hands an accepted socket to its task queue inside a closure, so
/// Admit(), called from the queue as the connection arrives, finds it as
/// the one socket on the served port the guard does not know yet (by its
/// inode, in /proc/self/fd), and keeps a duplicate of it: that number stays
/// the connection's until Release(), whatever httplib closes meanwhile.
class ConnectionGuard {
 public:
  ConnectionGuard(int port, GuardLimits limits);
  ~ConnectionGuard();
  ConnectionGuard(const ConnectionGuard&) = delete;
  ConnectionGuard& operator=(const ConnectionGuard&) = delete;

  struct Admission {
    uint64_t id = 0;       ///< for Release(); 0 when the connection is not watched
    bool refused = false;  ///< answered 503 and shut down: its handler returns at once
  };
  /// Takes in the connection just accepted on `port`.
  Admission Admit();
  /// The connection's handler has returned: forgets it.
  void Release(uint64_t id);
  /// The headers of a request from `address`:`port` have arrived.
  void HeadDone(const std::string& address, int port);
  /// A response to `address`:`port` is written: the next head's deadline runs.
  void ResponseDone(const std::string& address, int port);

 private:
  struct Connection {
    int fd = -1;  ///< our duplicate of the socket
    uint64_t inode = 0;
    std::string address;
    int port = 0;
    std::chrono::steady_clock::time_point deadline;  ///< max() while a request is handled
  };
  using Peer = std::pair<std::string, int>;

  int FindNewSocket() const;
  void SetDeadline(const std::string& address, int port, std::chrono::steady_clock::time_point t);
  void Watch();

  const int port_;
  const GuardLimits limits_;
  std::mutex mu_;
  std::condition_variable changed_;
  std::map<uint64_t, Connection> connections_;
  std::map<Peer, uint64_t> by_peer_;
  std::set<uint64_t> inodes_;  ///< of every connection held
  uint64_t next_id_ = 1;
  bool stop_ = false;
  std::thread watchdog_;
};

}  // namespace clustersite
