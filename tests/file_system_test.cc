// The file system seam: the real disk, read without following links or
// waiting on pipes, and the in-memory tree of the unit tests.

#include "core/file_system.h"

#include <doctest/doctest.h>
#include <sys/stat.h>

#include <filesystem>

#include "test_util.h"

namespace clustersite {

TEST_CASE("paths join with one slash, and `.` stands for the folder itself") {
  CHECK(JoinPath("content", "koks") == "content/koks");
  CHECK(JoinPath("content/", "koks") == "content/koks");
  CHECK(JoinPath(".", "koks") == "koks");
  CHECK(JoinPath(".", "") == ".");
  CHECK(JoinPath("", "koks") == "koks");
  CHECK(JoinPath("content", "") == "content");
}

TEST_CASE("the real disk refuses links, pipes and large files without reading or waiting") {
  testing::TempDir tmp;
  testing::WriteText(tmp / "a.md", "text");
  testing::WriteText(tmp / "big.md", std::string(3 * 1024 * 1024, 'x'));
  std::filesystem::create_symlink(tmp / "a.md", tmp / "link.md");
  REQUIRE(mkfifo((tmp / "pipe.md").c_str(), 0644) == 0);
  RealFileSystem fs;
  std::string text, err;
  CHECK(fs.Read(tmp / "a.md", 100, &text, &err));
  CHECK(text == "text");
  CHECK_FALSE(fs.Read(tmp / "link.md", 100, &text, &err));
  CHECK(err == "is a symbolic link");
  CHECK_FALSE(fs.Read(tmp / "pipe.md", 100, &text, &err));
  CHECK(err == kNotRegularFile);
  CHECK_FALSE(fs.Read(tmp / "big.md", 2 * 1024 * 1024, &text, &err));
  CHECK(err == "is 3 MB, over the limit of 2 MB");
  CHECK_FALSE(fs.Read(tmp / "none.md", 100, &text, &err));
  CHECK(err == "No such file or directory");
}

TEST_CASE("the real disk lists a folder sorted by name, links as links, pipes as other") {
  testing::TempDir tmp;
  std::filesystem::create_directory(tmp / "b");
  testing::WriteText(tmp / "c.md", "");
  std::filesystem::create_directory_symlink("/etc", tmp / "a");
  REQUIRE(mkfifo((tmp / "d.md").c_str(), 0644) == 0);
  RealFileSystem fs;
  auto entries = fs.List(tmp.path.string());
  REQUIRE(entries.has_value());
  REQUIRE(entries->size() == 4);
  CHECK(((*entries)[0].name == "a" && (*entries)[0].kind == EntryKind::kSymlink));
  CHECK(((*entries)[1].name == "b" && (*entries)[1].kind == EntryKind::kDirectory));
  CHECK(((*entries)[2].name == "c.md" && (*entries)[2].kind == EntryKind::kFile));
  CHECK(((*entries)[3].name == "d.md" && (*entries)[3].kind == EntryKind::kOther));
  CHECK(fs.Kind(tmp / "a") == EntryKind::kSymlink);
  CHECK_FALSE(fs.List(tmp / "c.md").has_value());
  CHECK_FALSE(fs.Kind(tmp / "none").has_value());
}

TEST_CASE("the in-memory tree implies folders from its files' paths") {
  MemoryFileSystem fs;
  fs.Add("content/koks/services/a.md", "a");
  fs.Add("content/koks/cluster.yaml", "y");
  fs.AddSymlink("content/koks/media");
  CHECK(fs.Kind("content") == EntryKind::kDirectory);
  CHECK(fs.Kind("content/koks/services") == EntryKind::kDirectory);
  CHECK(fs.Kind("content/koks/media") == EntryKind::kSymlink);
  CHECK_FALSE(fs.Kind("content/kok").has_value());  // a prefix of a name is no folder
  auto entries = fs.List("content/koks");
  REQUIRE(entries.has_value());
  REQUIRE(entries->size() == 3);
  CHECK((*entries)[0].name == "cluster.yaml");
  CHECK((*entries)[1].name == "media");
  CHECK((*entries)[2].name == "services");
  fs.Remove("content/koks/services/a.md");
  CHECK_FALSE(fs.Kind("content/koks/services").has_value());
}

}  // namespace clustersite
