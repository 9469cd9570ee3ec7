// The content tree: which files are read, the checks on names, links and
// bytes as each is read, and the bodies read again when their pages render.

#include "load/content_tree.h"

#include <doctest/doctest.h>
#include <sys/stat.h>

#include <filesystem>

#include "test_util.h"

namespace clustersite {
namespace {

using testing::CheckText;
using testing::Has;
using testing::ServiceText;
using testing::ValidTree;

const std::string kBin = CLUSTERSITE_BINARY;

/// Replaces the file `path` with a named pipe no one writes to.
void MakeFifo(const std::string& path) {
  std::filesystem::remove(path);
  REQUIRE(mkfifo(path.c_str(), 0644) == 0);
}

/// Loads (or, with `list`, lists) the tree `fs` at "content"; the
/// diagnostics as text go to `diagnostics`.
ContentTree Load(const MemoryFileSystem& fs, std::string* diagnostics, bool list = false,
                 const std::string& only = "") {
  Diagnostics diag;
  ContentTree tree;
  if (list) {
    ListContentTree(fs, "content", {only}, LoadLimits{}, &diag, &tree);
  } else {
    LoadContentTree(fs, "content", {only}, LoadLimits{}, &diag, &tree);
  }
  *diagnostics = diag.ToString();
  return tree;
}

}  // namespace

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

TEST_CASE("a file name that is not a slug is an error") {
  auto fs = ValidTree();
  fs.Add("content/koks/services/Eksports_2.md", "---\ntitle: A\nsummary: S\ncategory: c\n---\n");
  CHECK(CheckText(fs) ==
        "content/koks/services/Eksports_2.md: error: `Eksports_2` is not a valid slug; use "
        "lowercase ASCII letters, digits and hyphens, starting with a letter or digit\n");
}

TEST_CASE("a cluster folder name that is not a slug is an error") {
  auto fs = ValidTree();
  fs.Add("content/Koks Two/cluster.yaml", "name: K\nvision: V\n");
  std::string text = CheckText(fs);
  CHECK(text.find("content/Koks Two: error: `Koks Two` is not a valid slug") != std::string::npos);
}

TEST_CASE("clusters named members or staff are refused: those builds are published there") {
  auto fs = ValidTree();
  fs.Add("content/members/cluster.yaml", "name: M\nvision: V\n");
  fs.Add("content/staff/cluster.yaml", "name: S\nvision: V\n");
  const std::string text = CheckText(fs);
  for (const std::string slug : {"members", "staff"}) {
    CHECK(testing::Has(text, "content/" + slug + ": error: `" + slug +
                                 "` cannot be a cluster's slug: the " + slug +
                                 " build is published at /" + slug +
                                 "/ beside the public one, where this cluster's folder would "
                                 "be; rename the folder\n"));
  }
  CHECK_FALSE(testing::Has(text, "content/koks:"));
}

TEST_CASE("invalid UTF-8 is an error at its line and column") {
  auto fs = ValidTree();
  fs.Add("content/koks/services/apmacibas.md",
         "---\ntitle: A\nsummary: ab\xFF\ncategory: c\n---\n");
  CHECK(CheckText(fs) ==
        "content/koks/services/apmacibas.md:3:12: error: invalid UTF-8; save the file as UTF-8\n");
}

TEST_CASE("a symbolic link in the content is an error") {
  auto fs = ValidTree();
  fs.AddSymlink("content/koks/media/passwd.png");
  CHECK(CheckText(fs) ==
        "content/koks/media/passwd.png: error: is a symbolic link; clustersite "
        "reads only real files inside the content folder\n");
}

TEST_CASE("a 50 MB Markdown file is refused with its size") {
  auto fs = ValidTree();
  fs.Add("content/koks/services/liels.md", ServiceText("L", std::string(50 * 1024 * 1024, 'a')));
  CHECK(CheckText(fs) ==
        "content/koks/services/liels.md: error: is 50 MB, over the limit of 2 MB\n");
}

TEST_CASE("bidi characters in a slug make it invalid") {
  auto fs = ValidTree();
  fs.Add(
      "content/koks/services/ab\xE2\x80\x8B"
      "c.md",
      ServiceText("T", "B\n"));
  std::string text = CheckText(fs);
  CHECK(text.find("is not a valid slug") != std::string::npos);
}

TEST_CASE("a slug that tries to leave the output folder never gets that far") {
  auto fs = ValidTree();
  fs.Add("content/koks/services/x..%2f..%2fy.md", ServiceText("T", "B\n"));
  std::string text = CheckText(fs);
  CHECK(text.find("is not a valid slug") != std::string::npos);
}

TEST_CASE("a tree is read as portal.yaml and one folder per cluster, files sorted by name") {
  std::string diagnostics;
  ContentTree tree = Load(ValidTree(), &diagnostics);
  CHECK(diagnostics == "");
  CHECK(tree.root == "content");
  REQUIRE(tree.portal.has_value());
  CHECK(tree.portal->path == "content/portal.yaml");
  REQUIRE(tree.clusters.size() == 1);
  const ClusterFiles& koks = tree.clusters[0];
  CHECK(koks.slug == "koks");
  CHECK(koks.dir == "content/koks");
  REQUIRE(koks.cluster_yaml.has_value());
  CHECK(koks.cluster_yaml->rel == "koks/cluster.yaml");
  CHECK(koks.members.has_value());
  CHECK_FALSE(koks.about.has_value());
  REQUIRE(koks.services.size() == 2);
  CHECK(koks.services[0].rel == "koks/services/apmacibas.md");
  CHECK(koks.services[1].rel == "koks/services/eksports.md");
  CHECK(koks.services[1].read);
  CHECK(testing::Has(koks.services[1].text, "title: Eksporta misijas"));
  CHECK(koks.stories.size() == 2);
  CHECK(koks.roadmaps.size() == 1);
  CHECK(koks.media == std::vector<std::string>{"koks/media/logo.svg"});
}

TEST_CASE("listing a tree reads its YAML files and leaves the pages for later") {
  std::string diagnostics;
  ContentTree tree = Load(ValidTree(), &diagnostics, /*list=*/true);
  CHECK(diagnostics == "");
  REQUIRE(tree.clusters.size() == 1);
  const ClusterFiles& koks = tree.clusters[0];
  CHECK(testing::Has(koks.cluster_yaml->text, "name: Koka klasteris"));
  REQUIRE(koks.services.size() == 2);
  for (const SourceFile& page : koks.services) {
    INFO(page.path);
    CHECK_FALSE(page.read);
    CHECK(page.text == "");
  }
}

TEST_CASE("one cluster is loaded alone when asked for, and an unknown one is an error") {
  MemoryFileSystem fs = ValidTree();
  fs.Add("content/baltic/cluster.yaml", "name: B\n");
  std::string diagnostics;
  ContentTree both = Load(fs, &diagnostics);
  CHECK(both.clusters.size() == 2);
  ContentTree one = Load(fs, &diagnostics, false, "koks");
  REQUIRE(one.clusters.size() == 1);
  CHECK(one.clusters[0].slug == "koks");
  CHECK(diagnostics == "");
  Load(fs, &diagnostics, false, "kok");
  CHECK(diagnostics ==
        "content: error: no cluster `kok` in this content folder; did you mean `koks`?\n");
}

TEST_CASE("a content folder that is missing or a file is an error at its path") {
  const std::string what =
      "a content folder holds a folder per cluster, each with a cluster.yaml, and may hold "
      "portal.yaml";
  MemoryFileSystem fs;
  fs.Add("elsewhere/portal.yaml", "");
  std::string diagnostics;
  Load(fs, &diagnostics);
  CHECK(diagnostics == "content: error: content folder not found; " + what +
                           ": start one with `mkdir -p content && clustersite new cluster SLUG -C "
                           "content`\n");
  fs.Add("content", "");
  Load(fs, &diagnostics);
  CHECK(diagnostics == "content: error: is a file, not a content folder; " + what +
                           ": give the folder that "
                           "holds them\n");
}

TEST_CASE("a folder with neither portal.yaml nor a cluster.yaml is one error, not one per folder") {
  MemoryFileSystem fs;
  fs.Add("content/src/main.cc", "");
  fs.Add("content/docs/index.md", "");
  fs.Add("content/.git/config", "");
  std::string diagnostics;
  ContentTree tree = Load(fs, &diagnostics);
  CHECK(tree.clusters.empty());
  CHECK(diagnostics ==
        "content: error: is not a content folder: it holds no portal.yaml and no cluster folder; "
        "a content folder holds a folder per cluster, each with a cluster.yaml, and may hold "
        "portal.yaml: give the folder that holds them, or start one here with `clustersite new "
        "cluster SLUG -C content`\n");
  fs.Add("content/.hidden/cluster.yaml", "");
  Load(fs, &diagnostics);
  CHECK(Has(diagnostics, "is not a content folder"));
  fs.Add("content/docs/cluster.yaml", "");
  Load(fs, &diagnostics);
  CHECK_FALSE(Has(diagnostics, "is not a content folder"));
  fs.Remove("content/docs/cluster.yaml");
  fs.Add("content/portal.yaml", "");
  Load(fs, &diagnostics);
  CHECK_FALSE(Has(diagnostics, "is not a content folder"));
}

TEST_CASE("what is not part of the content format is a warning, hidden files are skipped") {
  MemoryFileSystem fs = ValidTree();
  fs.Add("content/koks/storys/a.md", "");
  fs.Add("content/koks/services/notes.txt", "");
  fs.Add("content/koks/.git/config", "");
  fs.Add("content/koks/services/.eksports.md.swp", "");
  fs.Add("content/README.md", "");
  fs.Add("content/tuks/about.md", "");
  std::string diagnostics;
  ContentTree tree = Load(fs, &diagnostics);
  CHECK(diagnostics ==
        "content/README.md: warning: ignored: the content folder holds portal.yaml and cluster "
        "folders\n"
        "content/koks/services/notes.txt: warning: ignored: only `.md` files belong in this "
        "folder\n"
        "content/koks/storys: warning: ignored: not part of the content format; did you mean "
        "`stories`?\n"
        "content/tuks/cluster.yaml: error: missing: every cluster folder needs a cluster.yaml\n");
  CHECK(tree.clusters[0].services.size() == 2);
}

TEST_CASE("the folder of portal.yaml's theme is no cluster, unless it has a cluster.yaml") {
  MemoryFileSystem fs = ValidTree();
  fs.Add("content/portal.yaml", "title: Klasteri\ntheme: themes/dark\n");
  fs.Add("content/themes/dark/templates/home.html", "");
  std::string diagnostics;
  ContentTree tree = Load(fs, &diagnostics);
  CHECK(diagnostics == "");
  CHECK(tree.clusters.size() == 1);
  fs.Add("content/themes/cluster.yaml", "name: T\n");
  tree = Load(fs, &diagnostics);
  CHECK(tree.clusters.size() == 2);
}

TEST_CASE("the first symbolic link on the way to a file is found, as a display path") {
  MemoryFileSystem fs = ValidTree();
  CHECK(SymlinkOnPath(fs, "content", "koks/media/logo.svg") == "");
  fs.AddSymlink("content/koks/media/logo.svg");
  CHECK(SymlinkOnPath(fs, "content", "koks/media/logo.svg") == "content/koks/media/logo.svg");
  fs.AddSymlink("content/koks/media");
  CHECK(SymlinkOnPath(fs, "content", "koks/media/logo.svg") == "content/koks/media");
  CHECK(SymlinkOnPath(fs, "content", "koks/media/new/x.png") == "content/koks/media");
}

TEST_CASE("a source file loses its byte-order mark and CRLFs; a NUL byte is an error at it") {
  MemoryFileSystem fs;
  fs.Add("c/a.md", "\xEF\xBB\xBFone\r\ntwo\r\n");
  fs.Add("c/nul.md", std::string("ab\ncd\0e", 7));
  Diagnostics diag;
  SourceFile a{"c/a.md", "a.md", "", false};
  CHECK(ReadSourceFile(fs, LoadLimits{}, &diag, &a));
  CHECK(a.text == "one\ntwo\n");
  CHECK(a.read);
  SourceFile nul{"c/nul.md", "nul.md", "", false};
  CHECK_FALSE(ReadSourceFile(fs, LoadLimits{}, &diag, &nul));
  CHECK(nul.text == "");
  CHECK(diag.ToString() == "c/nul.md:2:3: error: the file contains a NUL byte\n");
}

TEST_CASE(
    "characters markup forbids are replaced as a file is read, with one warning at the first") {
  MemoryFileSystem fs;
  fs.Add("c/a.md", "ok\nx\x01y\x02\n");
  Diagnostics diag;
  SourceFile a{"c/a.md", "a.md", "", false};
  CHECK(ReadSourceFile(fs, LoadLimits{}, &diag, &a));
  CHECK(a.text == "ok\nx\uFFFDy\uFFFD\n");
  CHECK(diag.ToString() ==
        "c/a.md:2:2: warning: U+0001 is not allowed in HTML or XML; replaced with U+FFFD (and 1 "
        "more in this file)\n");
}

TEST_CASE("a page's body is read again without its front matter, with the line it starts on") {
  MemoryFileSystem fs;
  fs.Add("c/a.md", "---\ntitle: A\n---\nBody \x01 text.\n");
  fs.Add("c/open.md", "---\ntitle: A\n");
  Diagnostics diag;
  std::string body;
  int line = 0;
  CHECK(ReadBody(fs, LoadLimits{}, "c/a.md", &diag, &body, &line));
  CHECK(body == "Body \uFFFD text.\n");
  CHECK(line == 4);
  CHECK(diag.ToString() == "");  // the parse warned of the character already
  CHECK_FALSE(ReadBody(fs, LoadLimits{}, "c/open.md", &diag, &body, &line));
  CHECK_FALSE(ReadBody(fs, LoadLimits{}, "c/gone.md", &diag, &body, &line));
  CHECK(diag.ToString() ==
        "c/gone.md: error: No such file or directory\n"
        "c/open.md:1:1: error: front matter opened with `---` is never closed; add a `---` line "
        "after it\n");
}

TEST_CASE("--shard reads K/N, 1 <= K <= N <= 1000, and nothing else") {
  auto shard = ParseShard("2/4");
  REQUIRE(shard);
  CHECK(shard->index == 2);
  CHECK(shard->count == 4);
  CHECK(ParseShard("1/1"));
  CHECK(ParseShard("1000/1000"));
  for (const char* bad : {"", "2", "/4", "2/", "0/4", "5/4", "02/4", "2/04", "1/1001", "-1/4",
                          "2/4/", "2 /4", "a/b", "99999/99999"}) {
    INFO(bad);
    CHECK_FALSE(ParseShard(bad));
  }
}

TEST_CASE("a shard loads every N-th cluster folder in name order, drafts and all") {
  MemoryFileSystem fs;
  for (const char* slug : {"a", "b", "c", "d", "e"}) {
    fs.Add(std::string("content/") + slug + "/cluster.yaml", "name: X\nvision: V\n");
  }
  fs.Add("content/portal.yaml", "title: P\n");
  auto slugs = [&](Shard shard) {
    Diagnostics diag;
    ContentTree tree;
    REQUIRE(ListContentTree(fs, "content", {"", shard}, LoadLimits{}, &diag, &tree));
    CHECK(diag.ToString() == "");
    std::string out;
    for (const ClusterFiles& c : tree.clusters) out += c.slug;
    return out;
  };
  CHECK(slugs({}) == "abcde");
  CHECK(slugs({1, 2}) == "ace");
  CHECK(slugs({2, 2}) == "bd");
  CHECK(slugs({1, 3}) == "ad");
  CHECK(slugs({3, 3}) == "c");
  CHECK(slugs({5, 6}) == "e");
  CHECK(slugs({6, 6}) == "");  // more shards than clusters: this one is empty
  CHECK(slugs({1, 1}) == "abcde");
}

}  // namespace clustersite
