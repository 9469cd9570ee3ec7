// The guard against slow and greedy clients of `clustersite serve`: on
// sockets of its own, then through the real CLI on a free port.

#include "serve/connection_guard.h"

#include <arpa/inet.h>
#include <doctest/doctest.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

#include "serve_client.h"
#include "test_util.h"

namespace clustersite {
namespace {

using namespace std::chrono_literals;
using testing::Get;
using testing::Has;
using testing::HttpResponse;
using testing::ServeProcess;

/// A socket listening on 127.0.0.1 at a free port.
struct Listener {
  int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  int port = 0;
  Listener() {
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
    REQUIRE(listen(fd, 16) == 0);
    socklen_t len = sizeof addr;
    getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
    port = ntohs(addr.sin_port);
  }
  ~Listener() { close(fd); }
};

/// A client connection from `source` to the listener, and the server's end
/// of it, accepted as httplib accepts it before its task calls Admit().
struct Connection {
  int client = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  int server = -1;
  int client_port = 0;
  Connection(const Listener& listener, const char* source = "127.0.0.1") {
    sockaddr_in from{};
    from.sin_family = AF_INET;
    inet_pton(AF_INET, source, &from.sin_addr);
    REQUIRE(bind(client, reinterpret_cast<sockaddr*>(&from), sizeof from) == 0);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(listener.port);
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(connect(client, reinterpret_cast<sockaddr*>(&to), sizeof to) == 0);
    server = accept4(listener.fd, nullptr, nullptr, SOCK_CLOEXEC);
    REQUIRE(server >= 0);
    socklen_t len = sizeof from;
    getsockname(client, reinterpret_cast<sockaddr*>(&from), &len);
    client_port = ntohs(from.sin_port);
  }
  ~Connection() {
    close(client);
    CloseServer();
  }
  /// Closes the server's end, as httplib does when the handler returns.
  void CloseServer() {
    if (server >= 0) close(server);
    server = -1;
  }
  /// What the client reads until the server's end is shut down, or "<open>"
  /// when it is still open after `wait`.
  std::string Read(std::chrono::milliseconds wait) const {
    std::string out;
    auto until = std::chrono::steady_clock::now() + wait;
    while (std::chrono::steady_clock::now() < until) {
      pollfd p{client, POLLIN, 0};
      if (poll(&p, 1, 20) <= 0) continue;
      char buf[512];
      ssize_t n = recv(client, buf, sizeof buf, 0);
      if (n <= 0) return out;
      out.append(buf, n);
    }
    return out + "<open>";
  }
};

}  // namespace

TEST_CASE("a request head not done by its deadline is cut off; one that is done is not") {
  Listener listener;
  ConnectionGuard guard(listener.port, {std::chrono::milliseconds(100), 16});
  Connection slow(listener), served(listener);
  // Each is found as the one new socket on the port: admit them in order.
  ConnectionGuard::Admission a = guard.Admit();
  ConnectionGuard::Admission b = guard.Admit();
  CHECK(a.id != 0);
  CHECK(b.id != 0);
  CHECK(a.id != b.id);
  CHECK(guard.Admit().id == 0);  // no new connection: nothing to watch
  guard.HeadDone("127.0.0.1", served.client_port);
  CHECK(slow.Read(5s) == "");             // shut down at its deadline
  CHECK(served.Read(250ms) == "<open>");  // handled: no deadline
  guard.ResponseDone("127.0.0.1", served.client_port);
  CHECK(served.Read(5s) == "");  // the next head's deadline runs
  guard.Release(a.id);
  guard.Release(b.id);
}

TEST_CASE("a connection beyond the limit of one address is answered 503 and closed") {
  Listener listener;
  ConnectionGuard guard(listener.port, {10s, 2});
  Connection one(listener);
  ConnectionGuard::Admission first = guard.Admit();
  Connection two(listener);
  CHECK(guard.Admit().id != 0);
  Connection three(listener);
  ConnectionGuard::Admission refused = guard.Admit();
  CHECK(refused.refused);
  CHECK(refused.id == 0);
  std::string answer = three.Read(5s);
  CHECK(Has(answer, "HTTP/1.1 503 Service Unavailable\r\n"));
  CHECK(Has(answer, "too many open connections from your address; wait\n"));
  CHECK_FALSE(Has(answer, "<open>"));
  three.CloseServer();
  // Another address has its own count; a released connection frees a place.
  Connection other(listener, "127.0.0.2");
  CHECK_FALSE(guard.Admit().refused);
  guard.Release(first.id);
  one.CloseServer();
  Connection four(listener);
  ConnectionGuard::Admission again = guard.Admit();
  CHECK_FALSE(again.refused);
  CHECK(again.id != 0);
  CHECK(two.Read(100ms) == "<open>");  // the guard never cut one it admitted
}

TEST_CASE("a client trickling request heads holds no more than 16 threads, each for 10 s") {
  testing::ContentCopy c;
  ServeProcess serve({c.root});
  REQUIRE(serve.started());
  const int port = serve.port();
  // 70 connections from one address, each sending a header line every second.
  std::mutex mu;
  std::vector<std::unique_ptr<testing::Trickle>> slow;
  std::atomic<bool> done{false};
  std::thread feeder([&] {
    for (int tick = 0; !done; ++tick) {
      if (tick % 10 == 0) {
        std::lock_guard<std::mutex> lock(mu);
        for (auto& t : slow) t->Next();
      }
      std::this_thread::sleep_for(100ms);
    }
  });
  for (int i = 0; i < 70; ++i) {
    auto t = std::make_unique<testing::Trickle>(port);
    std::lock_guard<std::mutex> lock(mu);
    slow.push_back(std::move(t));
  }
  auto open = [&] {
    std::lock_guard<std::mutex> lock(mu);
    int n = 0;
    for (auto& t : slow) n += !t->Closed();
    return n;
  };
  // Beyond 16 the connections of the trickling address are refused at once.
  for (int i = 0; i < 100 && open() > 16; ++i) std::this_thread::sleep_for(50ms);
  CHECK(open() == 16);
  {
    std::lock_guard<std::mutex> lock(mu);
    CHECK(std::any_of(slow.begin(), slow.end(), [](auto& t) {
      return Has(t->answer(), "HTTP/1.1 503 Service Unavailable\r\n") &&
             Has(t->answer(), "too many open connections from your address");
    }));
  }
  // Another client gets its page while those 16 trickle on.
  HttpResponse page = Get(port, "/koks/", "", {"127.0.0.1", "127.0.0.2"});
  CHECK(page.status == 200);
  CHECK(Has(page.body, "Latvijas koka būvniecības klasteris"));
  CHECK(open() == 16);
  // A head not complete 10 s after its connection was accepted is cut off,
  // however steadily its lines come.
  for (int i = 0; i < 400 && open() > 0; ++i) std::this_thread::sleep_for(100ms);
  CHECK(open() == 0);
  done = true;
  feeder.join();
  CHECK(Get(port, "/koks/").status == 200);
}

}  // namespace clustersite
