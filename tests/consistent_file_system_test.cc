// A file system that refuses a file whose bytes changed since this run read it.

#include "core/consistent_file_system.h"

#include <doctest/doctest.h>

namespace clustersite {

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

TEST_CASE("a file changed and changed back reads again: the first bytes read are the ones kept") {
  MemoryFileSystem base;
  base.Add("c/a.md", "one");
  ConsistentFileSystem fs(base);
  std::string text, err;
  REQUIRE(fs.Read("c/a.md", 100, &text, &err));
  base.Add("c/a.md", "ONE");
  CHECK_FALSE(fs.Read("c/a.md", 100, &text, &err));
  base.Add("c/a.md", "one");
  CHECK(fs.Read("c/a.md", 100, &text, &err));
  CHECK(text == "one");
}

TEST_CASE("what the base file system cannot read is its error, and no read to compare with") {
  MemoryFileSystem base;
  base.Add("c/big.md", std::string(3 * 1024 * 1024, 'x'));
  base.AddSymlink("c/link.md");
  ConsistentFileSystem fs(base);
  std::string text, err;
  CHECK_FALSE(fs.Read("c/big.md", 2 * 1024 * 1024, &text, &err));
  CHECK(err == "is 3 MB, over the limit of 2 MB");
  CHECK_FALSE(fs.Read("c/link.md", 100, &text, &err));
  CHECK(err == "is a symbolic link");
  // The refused read recorded nothing: a smaller file there later reads.
  base.Add("c/big.md", "small");
  CHECK(fs.Read("c/big.md", 2 * 1024 * 1024, &text, &err));
  CHECK(text == "small");
}

TEST_CASE("listing and kinds are the base file system's") {
  MemoryFileSystem base;
  base.Add("c/koks/cluster.yaml", "name: K\n");
  base.AddSymlink("c/koks/media");
  ConsistentFileSystem fs(base);
  auto entries = fs.List("c/koks");
  REQUIRE(entries.has_value());
  REQUIRE(entries->size() == 2);
  CHECK((*entries)[0].name == "cluster.yaml");
  CHECK((*entries)[0].kind == EntryKind::kFile);
  CHECK((*entries)[1].name == "media");
  CHECK((*entries)[1].kind == EntryKind::kSymlink);
  CHECK(fs.Kind("c") == EntryKind::kDirectory);
  CHECK_FALSE(fs.Kind("c/none").has_value());
}

}  // namespace clustersite
