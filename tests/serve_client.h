#pragma once

#include <chrono>
#include <functional>
#include <string>
#include <vector>

#include "test_util.h"

namespace clustersite::testing {

/// A public story of content/: its file, and the page it is published on.
inline const std::string kStoryFile = "/koks/stories/formatus-norvegija.md";
inline const std::string kStory = "/koks/stories/formatus-norvegija/";

/// `clustersite serve` run as a child process on a free port (`--port 0`),
/// with its output in files so that it can never block on a full pipe.
/// The destructor stops it (SIGTERM, then SIGKILL after 20 s).
class ServeProcess {
 public:
  /// Starts `clustersite serve ARGS --port 0 --as-of 2026-12-01` (kExampleAsOf)
  /// and waits up to 120 s for the line with its address.
  explicit ServeProcess(const std::vector<std::string>& args);
  ~ServeProcess();
  ServeProcess(const ServeProcess&) = delete;
  ServeProcess& operator=(const ServeProcess&) = delete;

  bool started() const { return port_ > 0; }
  int port() const { return port_; }
  /// The temporary folder it builds into, and the served root in it.
  const std::string& folder() const { return folder_; }
  std::string root() const { return folder_ + "/site"; }
  /// Everything it printed so far (stdout, then stderr).
  std::string Output() const;
  /// Sends SIGTERM and waits up to 20 s; the exit status, or -1.
  int Stop();

 private:
  TempDir dir_;
  std::string folder_;
  int pid_ = -1;
  int port_ = 0;
};

/// Where a test client connects: the server's address, and its own (another
/// loopback address makes another client, as the server counts them).
struct Endpoint {
  std::string address = "127.0.0.1";  ///< the server's (IPv4)
  std::string source;                 ///< the client's own; "" for any
};

struct HttpResponse {
  int status = 0;    ///< 0: no answer
  std::string head;  ///< the status line and headers, lower-cased names kept as sent
  std::string body;
  /// The value of header `name` (any case), or "".
  std::string Header(const std::string& name) const;
};

/// Sends `request` as it is (no encoding by any client library) to
/// 127.0.0.1:`port` (or `to`) and reads until the server closes the
/// connection, for at most 20 s.
HttpResponse RawRequest(int port, const std::string& request, const Endpoint& to = {});

/// GET `target` with `Host: ADDRESS:PORT` (or `host`) and `Connection: close`.
HttpResponse Get(int port, const std::string& target, const std::string& host = "",
                 const Endpoint& to = {});

/// Repeats Get(target) every 50 ms until `done` holds, for at most 60 s;
/// returns the last response.
HttpResponse GetUntil(int port, const std::string& target,
                      const std::function<bool(const HttpResponse&)>& done);

/// An open connection to the event stream, reading events as they come.
class EventStream {
 public:
  explicit EventStream(int port, const Endpoint& to = {});
  ~EventStream();
  EventStream(const EventStream&) = delete;
  EventStream& operator=(const EventStream&) = delete;
  /// The response's status line and headers, once read (waits up to 20 s).
  std::string Head();
  /// The data of the next event, or "" after `timeout`.
  std::string Next(std::chrono::milliseconds timeout);

 private:
  int fd_ = -1;
  std::string buffer_;
};

/// A client that sends its request head a line at a time and never ends
/// it, as a slow-loris attack does.
class Trickle {
 public:
  /// Connects and sends the request line and the `Host` header.
  explicit Trickle(int port, const Endpoint& to = {});
  ~Trickle();
  Trickle(const Trickle&) = delete;
  Trickle& operator=(const Trickle&) = delete;
  /// Sends one more header line.
  void Next();
  /// True once the server has closed the connection; what it sent before
  /// is in answer().
  bool Closed();
  const std::string& answer() const { return answer_; }

 private:
  int fd_ = -1;
  int lines_ = 0;
  bool closed_ = false;
  std::string answer_;
};

}  // namespace clustersite::testing
