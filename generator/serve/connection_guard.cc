#include "serve/connection_guard.h"

#include <dirent.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <memory>

namespace clustersite {
namespace {

using Clock = std::chrono::steady_clock;

/// The port of a socket's own or its peer's address, with the address as
/// cpp-httplib writes it (`Request::remote_addr`); false when there is none.
bool AddressOf(int fd, bool peer, std::string* address, int* port) {
  sockaddr_storage addr{};
  socklen_t len = sizeof addr;
  auto* sa = reinterpret_cast<sockaddr*>(&addr);
  if ((peer ? getpeername(fd, sa, &len) : getsockname(fd, sa, &len)) != 0) return false;
  if (addr.ss_family == AF_INET) {
    *port = ntohs(reinterpret_cast<sockaddr_in*>(&addr)->sin_port);
  } else if (addr.ss_family == AF_INET6) {
    *port = ntohs(reinterpret_cast<sockaddr_in6*>(&addr)->sin6_port);
  } else {
    return false;
  }
  if (!address) return true;
  char host[NI_MAXHOST] = {};
  if (getnameinfo(sa, len, host, sizeof host, nullptr, 0, NI_NUMERICHOST) != 0) return false;
  *address = host;
  return true;
}

void Refuse(int fd) {
  static const char kResponse[] =
      "HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n"
      "Retry-After: 10\r\nConnection: close\r\nContent-Length: 50\r\n\r\n"
      "too many open connections from your address; wait\n";
  ssize_t sent = send(fd, kResponse, sizeof kResponse - 1, MSG_NOSIGNAL | MSG_DONTWAIT);
  (void)sent;
  shutdown(fd, SHUT_RDWR);
}

}  // namespace

ConnectionGuard::ConnectionGuard(int port, GuardLimits limits)
    : port_(port), limits_(limits), watchdog_([this] { Watch(); }) {}

ConnectionGuard::~ConnectionGuard() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  changed_.notify_all();
  watchdog_.join();
  for (auto& [id, c] : connections_) close(c.fd);
}

int ConnectionGuard::FindNewSocket() const {
  struct Closer {
    void operator()(DIR* d) const { closedir(d); }
  };
  std::unique_ptr<DIR, Closer> dir(opendir("/proc/self/fd"));
  if (!dir) return -1;
  while (dirent* e = readdir(dir.get())) {
    char* end = nullptr;
    long fd = std::strtol(e->d_name, &end, 10);
    if (end == e->d_name || *end != '\0' || fd == dirfd(dir.get())) continue;
    struct stat st {};
    if (fstat(static_cast<int>(fd), &st) != 0 || !S_ISSOCK(st.st_mode)) continue;
    int local = 0, remote = 0;
    if (inodes_.count(st.st_ino) > 0 || !AddressOf(static_cast<int>(fd), false, nullptr, &local) ||
        local != port_ || !AddressOf(static_cast<int>(fd), true, nullptr, &remote))
      continue;
    return static_cast<int>(fd);
  }
  return -1;
}

ConnectionGuard::Admission ConnectionGuard::Admit() {
  std::lock_guard<std::mutex> lock(mu_);
  int found = FindNewSocket();
  Connection c;
  if (found < 0 || !AddressOf(found, true, &c.address, &c.port)) return {};
  c.fd = fcntl(found, F_DUPFD_CLOEXEC, 0);
  if (c.fd < 0) return {};
  struct stat st {};
  fstat(c.fd, &st);
  c.inode = st.st_ino;
  int open = 0;
  for (const auto& [id, other] : connections_) open += other.address == c.address;
  if (open >= limits_.per_address) {
    Refuse(c.fd);
    close(c.fd);
    return {0, true};
  }
  c.deadline = Clock::now() + limits_.head_deadline;
  uint64_t id = next_id_++;
  by_peer_[{c.address, c.port}] = id;
  inodes_.insert(c.inode);
  connections_.emplace(id, std::move(c));
  changed_.notify_all();
  return {id, false};
}

void ConnectionGuard::Release(uint64_t id) {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = connections_.find(id);
  if (it == connections_.end()) return;
  by_peer_.erase({it->second.address, it->second.port});
  inodes_.erase(it->second.inode);
  close(it->second.fd);
  connections_.erase(it);
}

void ConnectionGuard::SetDeadline(const std::string& address, int port, Clock::time_point t) {
  std::lock_guard<std::mutex> lock(mu_);
  auto peer = by_peer_.find({address, port});
  if (peer == by_peer_.end()) return;
  connections_[peer->second].deadline = t;
  changed_.notify_all();
}

void ConnectionGuard::HeadDone(const std::string& address, int port) {
  SetDeadline(address, port, Clock::time_point::max());
}

void ConnectionGuard::ResponseDone(const std::string& address, int port) {
  SetDeadline(address, port, Clock::now() + limits_.head_deadline);
}

void ConnectionGuard::Watch() {
  std::unique_lock<std::mutex> lock(mu_);
  while (!stop_) {
    Clock::time_point next = Clock::time_point::max(), now = Clock::now();
    for (auto& [id, c] : connections_) {
      if (c.deadline <= now) {
        shutdown(c.fd, SHUT_RDWR);  // the thread reading the head sees the end
        c.deadline = Clock::time_point::max();
      }
      next = std::min(next, c.deadline);
    }
    if (next == Clock::time_point::max()) {
      changed_.wait(lock);
    } else {
      changed_.wait_until(lock, next);
    }
  }
}

}  // namespace clustersite
