// The temporary folder a preview builds into and serves from.

#include "serve/site_folder.h"

#include <doctest/doctest.h>
#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>

#include "serve/site_update.h"
#include "test_util.h"

namespace clustersite {
namespace {

namespace fs = std::filesystem;

std::string Served(const SiteFolder& folder, const std::vector<std::string>& segments,
                   bool as_folder = false) {
  std::string bytes, name;
  SiteFolder::Found found = folder.Read(segments, as_folder, &bytes, &name);
  if (found == SiteFolder::Found::kFolder) return "<folder>";
  if (found == SiteFolder::Found::kMissing) return "<missing>";
  return name + ": " + bytes;
}

}  // namespace

TEST_CASE("the served folder is read without following links, and lists no folder") {
  SiteFolder folder;
  std::string err;
  REQUIRE(folder.Create(&err));
  {
    SiteUpdate update(&folder, testing::RealFs(), "/nonexistent");
    update.Put({"index.html", "portal", ""});
    update.Put({"koks/index.html", "home", ""});
    update.Put({"koks/media/logo.svg", "<svg/>", ""});
    REQUIRE(update.Commit({""}, {}, &err));
  }
  std::string root = folder.root();
  fs::create_symlink("/etc/passwd", root + "/koks/passwd");
  fs::create_directory_symlink("/etc", root + "/etc");
  fs::create_directory_symlink(root + "/koks", root + "/alias");
  REQUIRE(mkfifo((root + "/koks/pipe").c_str(), 0644) == 0);
  CHECK(Served(folder, {}, true) == "index.html: portal");
  CHECK(Served(folder, {"koks"}, true) == "index.html: home");
  CHECK(Served(folder, {"koks"}) == "<folder>");
  CHECK(Served(folder, {"koks", "media"}, true) == "<missing>");
  CHECK(Served(folder, {"koks", "media", "logo.svg"}) == "logo.svg: <svg/>");
  CHECK(Served(folder, {"koks", "media", "logo.svg"}, true) == "<missing>");
  CHECK(Served(folder, {"koks", "passwd"}) == "<missing>");
  CHECK(Served(folder, {"etc", "passwd"}) == "<missing>");
  CHECK(Served(folder, {"alias"}, true) == "<missing>");
  CHECK(Served(folder, {"koks", "pipe"}) == "<missing>");
  CHECK(Served(folder, {"koks", "nothing.html"}) == "<missing>");
}

TEST_CASE("the site folder is made under TMPDIR and removed with everything in it") {
  testing::TempDir tmpdir;
  const char* saved = std::getenv("TMPDIR");
  const std::string before = saved ? saved : "";
  setenv("TMPDIR", tmpdir.path.c_str(), 1);
  std::string path;
  {
    SiteFolder folder;
    std::string err;
    REQUIRE(folder.Create(&err));
    path = folder.path();
    CHECK(path.rfind(tmpdir.path.string() + "/", 0) == 0);
    CHECK(folder.root() == path + "/site");
    CHECK(fs::is_directory(folder.root()));
    testing::WriteText(folder.root() + "/index.html", "x");
    folder.Remove();
    CHECK_FALSE(fs::exists(path));
    folder.Remove();  // twice is fine
    REQUIRE(folder.Create(&err));
    path = folder.path();
    testing::WriteText(folder.root() + "/index.html", "x");
  }
  CHECK_FALSE(fs::exists(path));  // the destructor removes it
  if (saved) {
    setenv("TMPDIR", before.c_str(), 1);
  } else {
    unsetenv("TMPDIR");
  }
}

}  // namespace clustersite
