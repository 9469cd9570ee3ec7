#include "serve_client.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <regex>
#include <thread>

#include "test_util.h"

namespace clustersite::testing {
namespace {

using Clock = std::chrono::steady_clock;

int Connect(int port, const Endpoint& to = {}) {
  int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  if (!to.source.empty()) {
    inet_pton(AF_INET, to.source.c_str(), &addr.sin_addr);
    if (bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
      close(fd);
      return -1;
    }
  }
  addr.sin_port = htons(static_cast<uint16_t>(port));
  inet_pton(AF_INET, to.address.c_str(), &addr.sin_addr);
  if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    close(fd);
    return -1;
  }
  return fd;
}

/// Reads what arrives within `timeout`: 1 when something did, 0 when
/// nothing, -1 when the connection is closed.
int ReadSome(int fd, std::string* out, std::chrono::milliseconds timeout) {
  pollfd p{fd, POLLIN, 0};
  if (poll(&p, 1, static_cast<int>(std::max<long>(0, timeout.count()))) <= 0) return 0;
  char buf[16384];
  ssize_t n = read(fd, buf, sizeof buf);
  if (n <= 0) return -1;
  out->append(buf, static_cast<size_t>(n));
  return 1;
}

bool SendAll(int fd, const std::string& data) {
  size_t done = 0;
  while (done < data.size()) {
    ssize_t n = send(fd, data.data() + done, data.size() - done, MSG_NOSIGNAL);
    if (n <= 0) return false;
    done += static_cast<size_t>(n);
  }
  return true;
}

}  // namespace

ServeProcess::ServeProcess(const std::vector<std::string>& args) {
  std::string out = dir_ / "stdout", err = dir_ / "stderr";
  std::vector<std::string> argv = {CLUSTERSITE_BINARY, "serve"};
  argv.insert(argv.end(), args.begin(), args.end());
  argv.insert(argv.end(), {"--port", "0", "--as-of", kExampleAsOf.Iso()});
  pid_ = fork();
  if (pid_ == 0) {
    int o = open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int e = open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    dup2(o, 1);
    dup2(e, 2);
    std::vector<char*> cargs;
    for (std::string& a : argv) cargs.push_back(a.data());
    cargs.push_back(nullptr);
    execv(cargs[0], cargs.data());
    _exit(127);
  }
  const std::regex address(R"(at http://127\.0\.0\.1:(\d+)/\nBuilt into (\S+);)");
  for (auto end = Clock::now() + std::chrono::seconds(120); Clock::now() < end;) {
    std::smatch m;
    std::string text = ReadFile(out);
    if (std::regex_search(text, m, address)) {
      port_ = std::stoi(m[1]);
      folder_ = m[2];
      return;
    }
    if (waitpid(pid_, nullptr, WNOHANG) == pid_) {
      pid_ = -1;
      return;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

ServeProcess::~ServeProcess() { Stop(); }

std::string ServeProcess::Output() const {
  return ReadFile(dir_ / "stdout") + ReadFile(dir_ / "stderr");
}

int ServeProcess::Stop() {
  if (pid_ <= 0) return -1;
  kill(pid_, SIGTERM);
  int status = 0;
  for (auto end = Clock::now() + std::chrono::seconds(20); Clock::now() < end;) {
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  kill(pid_, SIGKILL);
  waitpid(pid_, &status, 0);
  pid_ = -1;
  return -1;
}

std::string HttpResponse::Header(const std::string& name) const {
  std::string lower_head = head, lower_name = name;
  for (std::string* s : {&lower_head, &lower_name})
    std::transform(s->begin(), s->end(), s->begin(),
                   [](unsigned char c) { return std::tolower(c); });
  size_t at = lower_head.find("\r\n" + lower_name + ":");
  if (at == std::string::npos) return "";
  size_t start = at + 3 + name.size();
  size_t end = head.find("\r\n", start);
  std::string value = head.substr(start, end - start);
  return value.erase(0, value.find_first_not_of(' '));
}

HttpResponse RawRequest(int port, const std::string& request, const Endpoint& to) {
  HttpResponse r;
  int fd = Connect(port, to);
  if (fd < 0) return r;
  std::string data;
  if (SendAll(fd, request)) {
    auto end = Clock::now() + std::chrono::seconds(20);
    while (Clock::now() < end && ReadSome(fd, &data,
                                          std::chrono::duration_cast<std::chrono::milliseconds>(
                                              end - Clock::now())) > 0) {
    }
  }
  close(fd);
  size_t split = data.find("\r\n\r\n");
  if (data.size() < 12 || split == std::string::npos) return r;
  r.status = std::atoi(data.substr(9, 3).c_str());
  r.head = data.substr(0, split);
  r.body = data.substr(split + 4);
  return r;
}

HttpResponse Get(int port, const std::string& target, const std::string& host, const Endpoint& to) {
  std::string h = host.empty() ? to.address + ":" + std::to_string(port) : host;
  return RawRequest(
      port, "GET " + target + " HTTP/1.1\r\nHost: " + h + "\r\nConnection: close\r\n\r\n", to);
}

HttpResponse GetUntil(int port, const std::string& target,
                      const std::function<bool(const HttpResponse&)>& done) {
  HttpResponse r;
  for (auto end = Clock::now() + std::chrono::seconds(60); Clock::now() < end;) {
    r = Get(port, target);
    if (done(r)) return r;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return r;
}

EventStream::EventStream(int port, const Endpoint& to) : fd_(Connect(port, to)) {
  if (fd_ >= 0)
    SendAll(fd_, "GET /__clustersite/events HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(port) +
                     "\r\n\r\n");
}

EventStream::~EventStream() {
  if (fd_ >= 0) close(fd_);
}

std::string EventStream::Head() {
  auto end = Clock::now() + std::chrono::seconds(20);
  while (buffer_.find("\r\n\r\n") == std::string::npos && Clock::now() < end) {
    if (ReadSome(fd_, &buffer_, std::chrono::milliseconds(200)) < 0) break;
  }
  return buffer_.substr(0, buffer_.find("\r\n\r\n"));
}

std::string EventStream::Next(std::chrono::milliseconds timeout) {
  auto end = Clock::now() + timeout;
  while (true) {
    size_t at = buffer_.find("data: ");
    size_t eol = at == std::string::npos ? at : buffer_.find('\n', at);
    if (eol != std::string::npos) {
      std::string data = buffer_.substr(at + 6, eol - at - 6);
      buffer_.erase(0, eol + 1);
      return data;
    }
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(end - Clock::now());
    if (left.count() <= 0 || ReadSome(fd_, &buffer_, left) < 0) return "";
  }
}

Trickle::Trickle(int port, const Endpoint& to) : fd_(Connect(port, to)) {
  closed_ = fd_ < 0 || !SendAll(fd_, "GET / HTTP/1.1\r\nHost: " + to.address + ":" +
                                         std::to_string(port) + "\r\n");
}

Trickle::~Trickle() {
  if (fd_ >= 0) close(fd_);
}

void Trickle::Next() {
  if (!Closed()) closed_ = !SendAll(fd_, "X-Line-" + std::to_string(++lines_) + ": slow\r\n");
}

bool Trickle::Closed() {
  while (!closed_) {
    int got = ReadSome(fd_, &answer_, std::chrono::milliseconds(0));
    if (got == 0) break;
    closed_ = got < 0;
  }
  return closed_;
}

}  // namespace clustersite::testing
