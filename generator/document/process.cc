#include "document/process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>

extern char** environ;

namespace clustersite {
namespace {

/// A pipe whose ends close themselves.
struct Pipe {
  int fd[2] = {-1, -1};
  bool Open() { return pipe2(fd, O_CLOEXEC) == 0; }
  void Close(int i) {
    if (fd[i] >= 0) close(fd[i]);
    fd[i] = -1;
  }
  ~Pipe() {
    Close(0);
    Close(1);
  }
};

/// Reads both pipes into `result` while the child runs, then what is left.
/// Stops at the child's exit even when a grandchild keeps a pipe open.
/// False when the deadline passed first.
bool Collect(pid_t pid, Pipe* out, Pipe* err, ProcessResult* result, int* status,
             std::chrono::steady_clock::time_point deadline) {
  Pipe* pipes[2] = {out, err};
  std::string* sinks[2] = {&result->out, &result->err};
  for (Pipe* p : pipes) fcntl(p->fd[0], F_SETFL, O_NONBLOCK);
  char buf[8192];
  auto read_ready = [&] {
    for (int i = 0; i < 2; ++i) {
      while (pipes[i]->fd[0] >= 0) {
        ssize_t got = read(pipes[i]->fd[0], buf, sizeof buf);
        if (got > 0) {
          sinks[i]->append(buf, got);
        } else if (got < 0 && errno == EINTR) {
          continue;
        } else {
          if (got == 0) pipes[i]->Close(0);
          break;
        }
      }
    }
  };
  while (true) {
    pollfd fds[2];
    for (int i = 0; i < 2; ++i) fds[i] = {pipes[i]->fd[0], POLLIN, 0};
    poll(fds, 2, 100);
    read_ready();
    pid_t done = waitpid(pid, status, WNOHANG);
    if (done == pid) {
      read_ready();
      return true;
    }
    if (std::chrono::steady_clock::now() > deadline) return false;
  }
}

}  // namespace

std::string FindOnPath(const std::string& name) {
  const char* path = std::getenv("PATH");
  std::string dirs = path ? path : "/usr/local/bin:/usr/bin:/bin";
  size_t start = 0;
  while (start <= dirs.size()) {
    size_t end = dirs.find(':', start);
    if (end == std::string::npos) end = dirs.size();
    std::string dir = dirs.substr(start, end - start);
    if (!dir.empty()) {
      std::string candidate = dir;
      candidate.append("/").append(name);
      struct stat st;
      if (stat(candidate.c_str(), &st) == 0 && S_ISREG(st.st_mode) &&
          access(candidate.c_str(), X_OK) == 0)
        return candidate;
    }
    start = end + 1;
  }
  return "";
}

bool RunProcess(const std::vector<std::string>& argv, int timeout_seconds, ProcessResult* result,
                std::string* err) {
  Pipe out, errp;
  if (!out.Open() || !errp.Open()) {
    *err = std::string("cannot create a pipe: ") + std::strerror(errno);
    return false;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, out.fd[1], 1);
  posix_spawn_file_actions_adddup2(&actions, errp.fd[1], 2);
  // Its own process group, so a child that hangs goes with its helpers.
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
  posix_spawnattr_setpgroup(&attr, 0);
  std::vector<char*> args;
  args.reserve(argv.size());
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid;
  int rc = posix_spawn(&pid, argv[0].c_str(), &actions, &attr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  if (rc != 0) {
    *err = argv[0] + ": " + std::strerror(rc);
    return false;
  }
  out.Close(1);
  errp.Close(1);
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_seconds);
  int status = 0;
  if (!Collect(pid, &out, &errp, result, &status, deadline)) {
    kill(-pid, SIGKILL);
    result->timed_out = true;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
  }
  result->exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return true;
}

}  // namespace clustersite
