// The output tree: staging folders, the swap, what killed builds leave, and the
// files `new` and `serve` write one at a time.

#include "write/output.h"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "test_util.h"

namespace clustersite {
namespace {

namespace fs = std::filesystem;
using testing::ReadFile;
using testing::Run;
using testing::Snapshot;
using testing::TempDir;

const std::string kBin = CLUSTERSITE_BINARY;
const std::string kSource = CLUSTERSITE_SOURCE_DIR;

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

TEST_CASE("a failed build leaves the previous output untouched") {
  TempDir tmp;
  std::string out;
  REQUIRE(Run(kBin + " build " + kSource + "/content -o " + tmp / "site", &out) == 0);
  auto before = Snapshot(tmp / "site");
  REQUIRE(before.size() > 10);
  int code = Run(kBin + " build " + kSource + "/tests/fixtures/broken -o " + tmp / "site", &out);
  CHECK(code == 1);
  CHECK(out.find("is unchanged") != std::string::npos);
  CHECK(Snapshot(tmp / "site") == before);
  // Nothing is left beside the output either.
  size_t entries = 0;
  for (const auto& e : fs::directory_iterator(tmp.path)) entries += e.exists();
  CHECK(entries == 1);
}

TEST_CASE("a build never replaces a folder it did not write") {
  TempDir tmp;
  fs::create_directories(tmp / "mine");
  std::ofstream(tmp / "mine/notes.txt") << "keep me";
  std::string out;
  CHECK(Run(kBin + " build " + kSource + "/content -o " + tmp / "mine", &out) == 1);
  CHECK(out.find("exists and was not written by clustersite") != std::string::npos);
  CHECK(ReadFile(tmp / "mine/notes.txt") == "keep me");
}

TEST_CASE("stale pages disappear when a rebuild no longer has them") {
  TempDir tmp;
  fs::copy(kSource + "/content", tmp / "content", fs::copy_options::recursive);
  std::string out;
  REQUIRE(Run(kBin + " build " + tmp / "content" + " -o " + tmp / "site", &out) == 0);
  REQUIRE(fs::exists(tmp / "site/koks/services"));
  std::string victim;
  for (const auto& e : fs::directory_iterator(tmp / "content/koks/stories")) {
    std::string text = ReadFile(e.path());
    if (text.find("visibility: public") != std::string::npos) {
      victim = e.path().stem().string();
      fs::remove(e.path());
      break;
    }
  }
  REQUIRE(!victim.empty());
  REQUIRE(fs::exists(tmp / ("site/koks/stories/" + victim + "/index.html")));
  REQUIRE(Run(kBin + " build " + tmp / "content" + " -o " + tmp / "site", &out) == 0);
  CHECK_FALSE(fs::exists(tmp / ("site/koks/stories/" + victim)));
}

TEST_CASE("an output path stays inside the output folder: relative, no dot or empty segment") {
  for (const char* ok : {"index.html", "koks/services/eksports/index.html", "a..b/c.d"})
    CHECK(IsSafeOutputPath(ok));
  for (const char* bad : {"", "/etc/passwd", "../x", "koks/../../x", "koks/./x", "koks//x", "koks/",
                          "a\\b", ".", ".."}) {
    INFO(bad);
    CHECK_FALSE(IsSafeOutputPath(bad));
  }
  CHECK_FALSE(IsSafeOutputPath(std::string("a\0b", 3)));
}

TEST_CASE("a path outside the output folder fails the build, and the old output stays") {
  OldOutput old;
  OutputWriter writer(old.content, "content");
  std::string err;
  REQUIRE(writer.Begin(old.out.string(), &err));
  writer.Put({"index.html", "two", ""});
  writer.Put({"../escaped.html", "x", ""});
  CHECK_FALSE(writer.Commit(&err));
  CHECK(err == "refusing to write outside the output folder: `../escaped.html`");
  CHECK(ReadFile(old.out / "index.html") == "one");
  CHECK_FALSE(fs::exists(old.tmp.path / "escaped.html"));
}

TEST_CASE("a page's folders are made with those above them; a file in a folder's place fails") {
  OldOutput old;
  OutputWriter writer(old.content, "content");
  std::string err;
  REQUIRE(writer.Begin(old.out.string(), &err));
  writer.Put({"koks/stories/a/index.html", "a", ""});
  writer.Put({"koks/stories/b/index.html", "b", ""});
  writer.Put({"koks/index.html", "k", ""});
  writer.Put({"koks/feed.xml", "f", ""});
  REQUIRE(writer.Commit(&err));
  CHECK(ReadFile(old.out / "koks/stories/a/index.html") == "a");
  CHECK(ReadFile(old.out / "koks/stories/b/index.html") == "b");
  CHECK(ReadFile(old.out / "koks/index.html") == "k");

  OutputWriter clash(old.content, "content");
  REQUIRE(clash.Begin(old.out.string(), &err));
  clash.Put({"koks/feed.xml", "f", ""});
  clash.Put({"koks/feed.xml/index.html", "x", ""});
  CHECK_FALSE(clash.Commit(&err));
  CHECK(err.find("/koks/feed.xml: Not a directory") != std::string::npos);
  CHECK(ReadFile(old.out / "koks/index.html") == "k");
}

TEST_CASE("media are copied from the content folder; an unreadable one fails the build") {
  TempDir tmp;
  MemoryFileSystem content;
  content.Add("content/koks/media/logo.svg", "<svg/>");
  std::string err;
  CHECK(WriteOutput((tmp / "site"), {{"koks/media/logo.svg", "", "koks/media/logo.svg"}}, content,
                    "content", &err));
  CHECK(ReadFile(tmp / "site/koks/media/logo.svg") == "<svg/>");
  CHECK(fs::exists(tmp / ("site/" + std::string(kOutputMarker))));
  CHECK_FALSE(WriteOutput((tmp / "site"), {{"koks/media/gone.png", "", "koks/media/gone.png"}},
                          content, "content", &err));
  CHECK(err == "content/koks/media/gone.png: No such file or directory");
  CHECK(ReadFile(tmp / "site/koks/media/logo.svg") == "<svg/>");
}

TEST_CASE("a file written atomically replaces the old one and leaves nothing beside it") {
  TempDir tmp;
  testing::WriteText(tmp / "a.txt", "old");
  std::string err;
  CHECK(WriteFileAtomically(tmp / "a.txt", "new", &err));
  CHECK(ReadFile(tmp / "a.txt") == "new");
  CHECK(Names(tmp.path) == std::set<std::string>{"a.txt"});
  CHECK_FALSE(WriteFileAtomically(tmp / "none/a.txt", "x", &err));
  CHECK(err != "");
}

TEST_CASE("a new file is written with its folders, never over a file or through a link") {
  TempDir tmp;
  std::string where, err;
  CHECK(WriteNewFile(tmp.path.string(), "koks/services/eksports.md", "text", &where, &err));
  CHECK(where == tmp / "koks/services/eksports.md");
  CHECK(ReadFile(tmp / "koks/services/eksports.md") == "text");
  CHECK_FALSE(WriteNewFile(tmp.path.string(), "koks/services/eksports.md", "other", &where, &err));
  CHECK(err == "exists already; it is left as it is");
  CHECK(ReadFile(tmp / "koks/services/eksports.md") == "text");
  fs::create_directory_symlink(tmp / "koks", tmp / "alias");
  CHECK_FALSE(WriteNewFile(tmp.path.string(), "alias/stories/a.md", "x", &where, &err));
  CHECK(where == tmp / "alias");
  CHECK(err ==
        "is a symbolic link; the content loader never follows one, so `clustersite new` does "
        "not write through it");
  CHECK_FALSE(fs::exists(tmp / "koks/stories"));
}

}  // namespace clustersite
