#pragma once

#include <string>
#include <vector>

namespace clustersite {

/// What a finished child process left.
struct ProcessResult {
  int exit_code = -1;      ///< -1 when it was killed or died of a signal
  bool timed_out = false;  ///< killed after the time limit
  std::string out;         ///< its standard output
  std::string err;         ///< its standard error
};

/// The full path of the executable `name` on PATH, or "".
std::string FindOnPath(const std::string& name);

/// Runs `argv` (argv[0] a full path) without a shell, with standard input
/// closed, and collects its output. A child still running after
/// `timeout_seconds` is killed. False with `*err` set when it cannot start.
bool RunProcess(const std::vector<std::string>& argv, int timeout_seconds, ProcessResult* result,
                std::string* err);

}  // namespace clustersite
