// End-to-end: every problem of every stage in one run, and how the CLI shows
// them: source lines on a terminal, one line each elsewhere, JSON, -q, -v and
// --warnings-as-errors.

#include <doctest/doctest.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "test_util.h"

namespace clustersite {
namespace {

using testing::Has;
using testing::Run;
using testing::TempDir;
using testing::WriteText;

const std::string kBin = CLUSTERSITE_BINARY;
/// Cluster `abele` with a YAML error; `berzs` loads, but has a colour that
/// is none and a link to a roadmap that does not exist.
const std::string kEveryProblem =
    std::string(CLUSTERSITE_SOURCE_DIR) + "/tests/fixtures/every-problem";

/// Runs `command` with stdin, stdout and stderr on a pseudo-terminal
/// `columns` wide; returns its exit code and all it wrote, with the
/// terminal's "\r\n" read as "\n".
int RunOnTerminal(const std::string& command, std::string* output, int columns = 80) {
  winsize size{};
  size.ws_row = 24;
  size.ws_col = columns;
  int master = -1;
  pid_t pid = forkpty(&master, nullptr, nullptr, &size);
  if (pid < 0) return -1;
  if (pid == 0) {
    execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  output->clear();
  char buf[4096];
  for (;;) {
    ssize_t n = read(master, buf, sizeof buf);
    if (n > 0) {
      output->append(buf, n);
    } else if (n < 0 && errno == EINTR) {
      continue;
    } else {
      break;  // EIO once the command has ended
    }
  }
  close(master);
  int status = 0;
  waitpid(pid, &status, 0);
  std::erase(*output, '\r');
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/// A cluster without errors whose portal has no base_url: one warning.
struct WarnedTree {
  TempDir tmp;
  std::string content = tmp / "content";
  WarnedTree() {
    std::filesystem::create_directories(content + "/koks");
    WriteText(content + "/koks/cluster.yaml",
              "name: Koks\nvision: \"Koks – būvmateriāls.\"\n"
              "contact: {name: Ilze Ozola, email: ilze@example.lv}\n");
  }
};

}  // namespace

TEST_CASE("one run reports the errors of loading, validation and the link check together") {
  const std::string dir = kEveryProblem + "/";
  for (const std::string command : {"check", "build"}) {
    INFO(command);
    TempDir tmp;
    std::string out;
    const std::string extra = command == "build" ? " -o " + tmp / "public" : "";
    CHECK(Run(kBin + " " + command + " " + kEveryProblem + extra, &out) == 1);
    CHECK(Has(out, dir + "abele/cluster.yaml:1:7: error: "));
    CHECK(Has(out, dir + "berzs/cluster.yaml:4:14: error: `brand_color` must be a colour "
                         "written #rrggbb, not `zaļš`\n"));
    CHECK(
        Has(out,
            dir + "berzs/about.md:1:64: error: link to `roadmaps/nav.md`, which does not exist\n"));
    CHECK(Has(out, command + " failed: 3 errors"));
    CHECK_FALSE(std::filesystem::exists(tmp / "public"));
  }
}

TEST_CASE("on a terminal a diagnostic shows its source line, a caret and the hint, in colour") {
  std::string out;
  CHECK(RunOnTerminal("env -u NO_COLOR " + kBin + " check " + kEveryProblem, &out) == 1);
  const std::string yaml = kEveryProblem + "/berzs/cluster.yaml";
  CHECK(Has(out, "\033[1m" + yaml +
                     ":4:14:\033[0m \033[1;31merror\033[0m: \033[1m`brand_color` "
                     "must be a colour written #rrggbb, not `zaļš`\033[0m\n"
                     "\033[1;34m  |\033[0m\n"
                     "\033[1;34m4 |\033[0m brand_color: zaļš\n"
                     "\033[1;34m  |\033[0m              \033[1m^\033[0m\n\n"));
}

TEST_CASE("--no-source, NO_COLOR and a pipe each give the plain one-line form") {
  const std::string line = kEveryProblem +
                           "/berzs/cluster.yaml:4:14: error: `brand_color` must be a colour "
                           "written #rrggbb, not `zaļš`\n";
  std::string out;
  CHECK(RunOnTerminal("env -u NO_COLOR " + kBin + " check --no-source " + kEveryProblem, &out) ==
        1);
  CHECK(Has(out, line));
  CHECK(out.find('\033') == std::string::npos);
  CHECK(RunOnTerminal("NO_COLOR=1 " + kBin + " check " + kEveryProblem, &out) == 1);
  CHECK(Has(out, line));
  CHECK(out.find('\033') == std::string::npos);
  CHECK(Run(kBin + " check " + kEveryProblem, &out) == 1);
  CHECK(Has(out, line));
  CHECK_FALSE(Has(out, " | "));
}

TEST_CASE("--diagnostics-format json writes one object a line to stdout, and nothing else") {
  std::string out;
  CHECK(Run("(" + kBin + " check --diagnostics-format json " + kEveryProblem + " 2>/dev/null)",
            &out) == 1);
  std::istringstream lines(out);
  std::vector<nlohmann::json> objects;
  for (std::string line; std::getline(lines, line);) objects.push_back(nlohmann::json::parse(line));
  REQUIRE(objects.size() == 3);
  const nlohmann::json& colour = objects[2];
  CHECK(colour["file"] == kEveryProblem + "/berzs/cluster.yaml");
  CHECK(colour["line"] == 4);
  CHECK(colour["column"] == 14);
  CHECK(colour["severity"] == "error");
  CHECK(colour["message"] == "`brand_color` must be a colour written #rrggbb, not `zaļš`");
  CHECK(colour["hint"] == nullptr);
  CHECK(objects[0]["message"] == "quoted value is not closed");
  CHECK(objects[0]["hint"] == "add the closing `\"`");
}

TEST_CASE("--warnings-as-errors fails a build on a warning and writes nothing") {
  WarnedTree tree;
  std::string out;
  REQUIRE(Run(kBin + " check " + tree.content, &out) == 0);
  CHECK(Has(out, tree.content + "/portal.yaml: warning: no `base_url`"));
  for (const std::string& command : {std::string("check"), "build -o " + tree.tmp / "public"}) {
    INFO(command);
    CHECK(Run(kBin + " " + command + " --warnings-as-errors " + tree.content, &out) == 1);
    CHECK(Has(out, tree.content + "/portal.yaml: error: no `base_url`"));
  }
  CHECK_FALSE(std::filesystem::exists(tree.tmp / "public"));
  CHECK(Run(kBin + " check --strict " + tree.content, &out) != 0);
  CHECK(Has(out, "--strict"));
}

TEST_CASE("-q prints errors only: no warnings and no summary") {
  WarnedTree tree;
  std::string out;
  CHECK(Run(kBin + " build -q -o " + tree.tmp / "public " + tree.content, &out) == 0);
  CHECK(out == "");
  CHECK(Run(kBin + " check -q " + kEveryProblem, &out) == 1);
  CHECK(Has(out, ": error: "));
  CHECK_FALSE(Has(out, "check failed"));
  CHECK(Run(kBin + " check -q -v " + kEveryProblem, &out) != 0);
  CHECK(Has(out, "excludes"));
}

TEST_CASE("-v prints how long loading took and each cluster's render") {
  WarnedTree tree;
  std::string out;
  CHECK(Run(kBin + " check -v " + tree.content, &out) == 0);
  CHECK(Has(out, "\nload and validate: "));
  CHECK(Has(out, "\nrender koks: "));
  CHECK(Has(out, "check passed: 1 cluster"));
}

}  // namespace clustersite
