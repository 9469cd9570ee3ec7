// Running a child process without a shell: its output, its exit code, and a
// time limit that kills it.

#include "document/process.h"

#include <doctest/doctest.h>

namespace clustersite {

TEST_CASE("a child's output, error output and exit code are collected") {
  ProcessResult result;
  std::string err;
  REQUIRE(RunProcess({"/bin/sh", "-c", "echo out; echo err >&2; exit 3"}, 10, &result, &err));
  CHECK(result.exit_code == 3);
  CHECK_FALSE(result.timed_out);
  CHECK(result.out == "out\n");
  CHECK(result.err == "err\n");
}

TEST_CASE("a child still running after the time limit is killed") {
  ProcessResult result;
  std::string err;
  REQUIRE(RunProcess({"/bin/sh", "-c", "sleep 30"}, 1, &result, &err));
  CHECK(result.timed_out);
  CHECK(result.exit_code == -1);
}

TEST_CASE("a program that cannot start is an error; programs are found on PATH") {
  ProcessResult result;
  std::string err;
  CHECK_FALSE(RunProcess({"/nonexistent/printer"}, 1, &result, &err));
  CHECK(err == "/nonexistent/printer: No such file or directory");
  CHECK(FindOnPath("sh").find("/sh") != std::string::npos);
  CHECK(FindOnPath("no-such-program-clustersite") == "");
}

}  // namespace clustersite
