// The output tree: staging folders, the swap, and what killed builds leave.

#include "write/output.h"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <set>

#include "test_util.h"

namespace clustersite {
namespace {

namespace fs = std::filesystem;

/// The id of a process that has ended.
pid_t DeadPid() {
  pid_t pid = fork();
  if (pid == 0) _exit(0);
  REQUIRE(pid > 0);
  waitpid(pid, nullptr, 0);
  return pid;
}

/// A folder at `path` with a file in it, and the output marker when `marked`.
void Plant(const fs::path& path, bool marked) {
  fs::create_directories(path);
  testing::WriteText((path / "index.html").string(), "left behind");
  if (marked) testing::WriteText((path / kOutputMarker).string(), "");
}

/// The names in `dir`.
std::set<std::string> Names(const fs::path& dir) {
  std::set<std::string> out;
  for (const auto& e : fs::directory_iterator(dir)) out.insert(e.path().filename().string());
  return out;
}

ino_t Inode(const fs::path& path) {
  struct stat st;
  REQUIRE(lstat(path.c_str(), &st) == 0);
  return st.st_ino;
}

/// Writes one page saying `text` into `out` through an OutputWriter.
bool WriteSite(OutputWriter* writer, const fs::path& out, const std::string& text) {
  std::string err;
  REQUIRE(writer->Begin(out.string(), &err));
  writer->Put({"index.html", text, ""});
  bool ok = writer->Commit(&err);
  CHECK(err == "");
  return ok;
}

/// A folder `site` in a temporary folder, written by a first build, with a
/// file only that build has.
struct OldOutput {
  testing::TempDir tmp;
  MemoryFileSystem content;
  fs::path out = tmp.path / "site";
  OldOutput() {
    OutputWriter first(content, "content");
    REQUIRE(WriteSite(&first, out, "one"));
    CHECK_FALSE(first.exchanged());  // nothing to exchange with yet
    testing::WriteText((out / "old-only.html").string(), "old");
  }
};

}  // namespace

TEST_CASE("a build removes the staging and old folders killed builds left, and nothing else") {
  OldOutput old;
  const fs::path& tmp = old.tmp.path;
  const std::string dead = std::to_string(DeadPid());
  const std::string unmarked = std::to_string(DeadPid());
  Plant(tmp / (".site.new-" + dead), true);
  Plant(tmp / (".site.old-" + dead), true);
  Plant(tmp / ".site.new-1", true);                    // pid 1 runs
  Plant(tmp / (".site.new-" + unmarked), false);       // not ours
  Plant(tmp / (".other.new-" + dead), true);           // another output's
  Plant(tmp / (".site.new-" + dead + "-copy"), true);  // not our naming

  OutputWriter second(old.content, "content");
  REQUIRE(WriteSite(&second, tmp / "site", "two"));
  CHECK(Names(tmp) == std::set<std::string>{"site", ".site.new-1", ".site.new-" + unmarked,
                                            ".other.new-" + dead, ".site.new-" + dead + "-copy"});
  CHECK(testing::ReadFile((tmp / "site/index.html").string()) == "two");
}

TEST_CASE("a build exchanges the old output for the new one in one step") {
  OldOutput old;
  const fs::path& out = old.out;
  OutputWriter second(old.content, "content");
  std::string err;
  REQUIRE(second.Begin(out.string(), &err));
  const fs::path staging = old.tmp.path / (".site.new-" + std::to_string(getpid()));
  CHECK(fs::exists(staging / kOutputMarker));  // marked from the start
  ino_t fresh = Inode(staging);
  second.Put({"index.html", "two", ""});
  REQUIRE(second.Commit(&err));
  CHECK(second.exchanged());
  CHECK(Inode(out) == fresh);
  CHECK(testing::ReadFile((out / "index.html").string()) == "two");
  CHECK_FALSE(fs::exists(out / "old-only.html"));
  CHECK(Names(old.tmp.path) == std::set<std::string>{"site"});
}

TEST_CASE("without RENAME_EXCHANGE two renames replace the old output") {
  OldOutput old;
  OutputWriter second(old.content, "content");
  second.set_exchange(false);
  REQUIRE(WriteSite(&second, old.out, "two"));
  CHECK_FALSE(second.exchanged());
  CHECK(testing::ReadFile((old.out / "index.html").string()) == "two");
  CHECK_FALSE(fs::exists(old.out / "old-only.html"));
  CHECK(Names(old.tmp.path) == std::set<std::string>{"site"});
}

}  // namespace clustersite
