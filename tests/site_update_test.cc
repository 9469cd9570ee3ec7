#include "serve/site_update.h"

#include <doctest/doctest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "test_util.h"

namespace clustersite {
namespace {

namespace fs = std::filesystem;
using testing::ReadFile;

ino_t Inode(const std::string& path) {
  struct stat st {};
  stat(path.c_str(), &st);
  return st.st_ino;
}

}  // namespace

TEST_CASE("a rebuild writes only changed files and removes what it owns but did not render") {
  testing::TempDir content;
  std::ofstream(content / "logo.svg") << "<svg/>";
  SiteFolder folder;
  std::string err;
  REQUIRE(folder.Create(&err));
  const FileSystem& real = testing::RealFs();
  {
    SiteUpdate first(&folder, real, content.path.string());
    first.Put({"koks/index.html", "home", ""});
    first.Put({"koks/stories/a/index.html", "story a", ""});
    first.Put({"koks/media/logo.svg", "", "logo.svg"});
    first.Put({"index.html", "portal", ""});
    REQUIRE(first.Commit({""}, {}, &err));
    CHECK(first.changed() == 4);
  }
  std::string root = folder.root();
  CHECK(ReadFile(root + "/koks/media/logo.svg") == "<svg/>");
  ino_t story = Inode(root + "/koks/stories/a/index.html");
  {
    SiteUpdate second(&folder, real, content.path.string());
    second.Put({"koks/index.html", "home, again", ""});
    second.Put({"koks/stories/a/index.html", "story a", ""});
    second.Put({"koks/media/logo.svg", "", "logo.svg"});
    REQUIRE(second.Commit({"koks/"}, {}, &err));
    CHECK(second.files() == 3);
    CHECK(second.changed() == 1);
  }
  CHECK(ReadFile(root + "/koks/index.html") == "home, again");
  CHECK(Inode(root + "/koks/stories/a/index.html") == story);  // not written again
  CHECK(ReadFile(root + "/index.html") == "portal");           // not owned: kept
  {
    SiteUpdate third(&folder, real, content.path.string());
    third.Put({"koks/index.html", "home, again", ""});
    REQUIRE(third.Commit({"koks/"}, {}, &err));
  }
  CHECK_FALSE(fs::exists(root + "/koks/stories/a/index.html"));
  CHECK_FALSE(fs::exists(root + "/koks/stories"));  // left empty, so removed
  CHECK_FALSE(fs::exists(root + "/koks/media/logo.svg"));
  CHECK(ReadFile(root + "/index.html") == "portal");
  std::string path = folder.path();
  folder.Remove();
  CHECK_FALSE(fs::exists(path));
}

TEST_CASE("a skipped folder keeps its files, and a failed write publishes nothing") {
  SiteFolder folder;
  std::string err;
  REQUIRE(folder.Create(&err));
  {
    SiteUpdate first(&folder, testing::RealFs(), "/nonexistent");
    first.Put({"a/index.html", "a1", ""});
    first.Put({"b/index.html", "b1", ""});
    REQUIRE(first.Commit({""}, {}, &err));
  }
  {
    SiteUpdate second(&folder, testing::RealFs(), "/nonexistent");
    second.Put({"a/index.html", "a2", ""});
    second.Put({"b/index.html", "b2", ""});
    REQUIRE(second.Commit({""}, {"b/"}, &err));
  }
  CHECK(ReadFile(folder.root() + "/a/index.html") == "a2");
  CHECK(ReadFile(folder.root() + "/b/index.html") == "b1");
  {
    SiteUpdate third(&folder, testing::RealFs(), "/nonexistent");
    third.Put({"a/index.html", "a3", ""});
    third.Put({"a/logo.svg", "", "logo.svg"});  // no such content file
    third.Put({"../escape.html", "x", ""});
    CHECK_FALSE(third.Commit({""}, {}, &err));
    CHECK(err.find("/nonexistent/logo.svg") != std::string::npos);
  }
  CHECK(ReadFile(folder.root() + "/a/index.html") == "a2");
  CHECK(ReadFile(folder.root() + "/b/index.html") == "b1");
}

}  // namespace clustersite
