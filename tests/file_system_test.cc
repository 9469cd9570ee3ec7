// Reading the content: named pipes and files that change while a build runs.

#include <doctest/doctest.h>
#include <sys/stat.h>

#include <filesystem>

#include "core/consistent_file_system.h"
#include "test_util.h"

namespace clustersite {
namespace {

const std::string kBin = CLUSTERSITE_BINARY;

/// Replaces the file `path` with a named pipe no one writes to.
void MakeFifo(const std::string& path) {
  std::filesystem::remove(path);
  REQUIRE(mkfifo(path.c_str(), 0644) == 0);
}

}  // namespace

TEST_CASE("a file read again with other bytes is refused; with the same bytes it reads") {
  MemoryFileSystem base;
  base.Add("c/a.md", "one");
  base.Add("c/b.md", "two");
  ConsistentFileSystem fs(base);
  std::string text, err;
  REQUIRE(fs.Read("c/a.md", 100, &text, &err));
  REQUIRE(fs.Read("c/b.md", 100, &text, &err));
  base.Add("c/a.md", "ONE");
  CHECK_FALSE(fs.Read("c/a.md", 100, &text, &err));
  CHECK(err == "changed during the build; run it again");
  CHECK(text.empty());
  CHECK(fs.Read("c/b.md", 100, &text, &err));
  CHECK(text == "two");
  // A new run reads what is there now.
  ConsistentFileSystem next(base);
  CHECK(next.Read("c/a.md", 100, &text, &err));
  CHECK(text == "ONE");
}

TEST_CASE(
    "named pipes as cluster.yaml, members.yaml, about.md or portal.yaml are errors, not a hang") {
  testing::ContentCopy copy;
  const std::string& root = copy.root;
  MakeFifo(root + "/portal.yaml");
  MakeFifo(root + "/koks/cluster.yaml");
  MakeFifo(root + "/baltic-logistics/members.yaml");
  MakeFifo(root + "/veseliga-partika/about.md");
  const std::string not_regular =
      ": error: is not a regular file (a named pipe, socket or device); clustersite reads only "
      "regular files\n";
  // `timeout`: a regression hangs on the first pipe; the test must not.
  for (const std::string& command :
       {"check " + root, "build " + root + " -o " + copy.tmp / "out"}) {
    INFO(command);
    std::string out;
    int code = testing::Run("timeout 20 " + kBin + " " + command, &out);
    CHECK(code == 1);
    CHECK(testing::Has(out, root + "/portal.yaml" + not_regular));
    CHECK(testing::Has(out, root + "/koks/cluster.yaml" + not_regular));
    CHECK(testing::Has(out, root + "/baltic-logistics/members.yaml" + not_regular));
    CHECK(testing::Has(out, root + "/veseliga-partika/about.md" + not_regular));
    CHECK_FALSE(testing::Has(out, "missing: every cluster folder needs a cluster.yaml"));
  }
}

}  // namespace clustersite
