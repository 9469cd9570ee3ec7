// End-to-end: `build --shard K/N` and `portal` with the real CLI on
// content/: the shards assembled are the build of the whole portal, byte
// for byte, and what does not fit is an error that names it. (The medium
// benchmark corpus in 4 shards: tests/shards.sh.)

#include <doctest/doctest.h>

#include <string>

#include "test_util.h"

namespace clustersite {
namespace {

using testing::ContentCopy;
using testing::Has;
using testing::ReadFile;
using testing::Run;
using testing::Snapshot;
using testing::TempDir;

const std::string kBin = CLUSTERSITE_BINARY;
const std::string kContent = std::string(CLUSTERSITE_SOURCE_DIR) + "/content";

/// Builds `content` in `n` shards into `dir`/shard-1 … shard-n, each with
/// `options`; the folders, space-separated, for `portal`.
std::string BuildShards(const std::string& content, const TempDir& dir, int n,
                        const std::string& options) {
  std::string folders;
  for (int k = 1; k <= n; ++k) {
    const std::string out = dir / ("shard-" + std::to_string(k));
    std::string log;
    INFO(log);
    REQUIRE(Run(kBin + " build " + content + " --shard " + std::to_string(k) + "/" +
                    std::to_string(n) + " -o " + out + " " + options,
                &log) == 0);
    folders += " " + out;
  }
  return folders;
}

}  // namespace

TEST_CASE(
    "content/ built in shards and assembled is the build of the whole portal, byte for byte") {
  // 3 clusters: in 2 shards (2 + 1), and in 4, one of them empty.
  for (const auto& [audience, n] :
       std::vector<std::pair<std::string, int>>{{"public", 2}, {"members", 2}, {"staff", 4}}) {
    INFO(audience);
    TempDir tmp;
    const std::string options = "--audience " + audience;
    std::string log;
    REQUIRE(Run(kBin + " build " + kContent + " -o " + tmp / "whole " + options, &log) == 0);
    const std::string shards = BuildShards(kContent, tmp, n, options);
    // A shard holds its clusters' folders and the manifest naming them; the
    // portal's own files are made when the shards are assembled.
    const auto first = Snapshot(tmp / "shard-1");
    CHECK(first.count("baltic-logistics/index.html"));
    CHECK(first.count("veseliga-partika/index.html") == (n == 2));
    CHECK_FALSE(first.count("koks/index.html"));
    CHECK_FALSE(first.count("index.html"));
    CHECK_FALSE(first.count("sitemap.xml"));
    CHECK_FALSE(first.count("robots.txt"));
    CHECK(Has(first.at(".csp.json"), n == 2 ? "\"clusters\": [\n    \"baltic-logistics\",\n"
                                              "    \"veseliga-partika\"\n  ]"
                                            : "\"clusters\": [\n    \"baltic-logistics\"\n  ]"));
    if (n == 4) CHECK(Has(ReadFile(tmp / "shard-4/.csp.json"), "\"clusters\": [],"));
    REQUIRE(Run(kBin + " portal " + kContent + shards + " -o " + tmp / "assembled " + options,
                &log) == 0);
    CHECK(Has(log, "assembled 3 clusters from " + std::to_string(n) + " shards, "));
    const auto whole = Snapshot(tmp / "whole");
    CHECK(whole.size() > 100);
    const auto assembled = Snapshot(tmp / "assembled");
    CHECK(assembled.size() == whole.size());
    for (const auto& [path, bytes] : whole) {
      INFO(path);
      CHECK(assembled.count(path));
      if (assembled.count(path)) CHECK(assembled.at(path) == bytes);
    }
  }
}

TEST_CASE("a link out of a shard's clusters is checked when the shards are assembled") {
  TempDir tmp;
  const std::string theme = tmp / "theme";
  std::filesystem::create_directories(theme + "/templates");
  const std::string about =
      std::string(CLUSTERSITE_SOURCE_DIR) + "/themes/default/templates/about.html";
  testing::WriteText(theme + "/templates/about.html",
                     "<p><a href=\"{{root}}../elsewhere/\">x</a></p>\n" + ReadFile(about));
  // Out of every cluster's folder: no shard's to check.
  const std::string shards = BuildShards(kContent, tmp, 2, "--theme " + theme);
  std::string log;
  REQUIRE(Run(kBin + " portal " + kContent + shards + " --theme " + theme + " -o " + tmp / "public",
              &log) == 1);
  CHECK(Has(log, theme +
                     "/templates/about.html:1:24: error: link to `../../elsewhere/` goes to "
                     "no page (on " +
                     tmp / "public" + "/baltic-logistics/about/index.html and 2 more pages)\n"));
  CHECK(Has(log, "portal failed: 1 error, "));
  CHECK_FALSE(std::filesystem::exists(tmp / "public"));
}

TEST_CASE("portal names each shard that does not fit, and writes nothing") {
  TempDir tmp;
  std::string log;
  const std::string shards = BuildShards(kContent, tmp, 2, "");
  const std::string s1 = tmp / "shard-1", s2 = tmp / "shard-2";
  REQUIRE(
      Run(kBin + " build " + kContent + " --shard 1/2 --audience members -o " + tmp / "members-1",
          &log) == 0);
  const std::string out = tmp / "public";
  auto portal = [&](const std::string& args) {
    std::string text;
    CHECK(Run(kBin + " portal " + kContent + " " + args + " -o " + out, &text) == 1);
    CHECK(Has(text, "portal failed: "));
    CHECK_FALSE(std::filesystem::exists(out));
    return text;
  };
  CHECK(Has(portal(s1), kContent +
                            "/koks: error: the cluster is in none of the 1 shards given; give the "
                            "folder of every shard, `--shard 1/N` to `N/N`\n"));
  CHECK(Has(portal(s1 + " " + s2 + " " + s1), s1 + ": error: is given twice; "));
  CHECK(Has(portal(tmp / "members-1" + " " + s2),
            tmp / "members-1" + "/.csp.json: error: the shard was built for the `members` "
                                "audience and the portal is for `public`; build every shard and "
                                "the portal from the same content with the same options "
                                "(--audience)\n"));
  CHECK(Has(portal(s1 + " " + s2 + " --base-url https://elsewhere.example/"),
            s1 + "/.csp.json: error: the shard was built for https://klasteri.example.lv/ and the "
                 "portal is for https://elsewhere.example/; "));
  CHECK(Has(portal(s1 + " " + tmp / "nothing"), tmp / "nothing" + ": error: is not a folder; "));
  std::filesystem::create_directories(tmp / "plain");
  CHECK(Has(portal(s1 + " " + tmp / "plain"),
            tmp / "plain" + ": error: is not a build's output folder (it has no .clustersite); "));
  // A whole build is no shard: its clusters are in the other shard too.
  REQUIRE(Run(kBin + " build " + kContent + " -o " + tmp / "whole", &log) == 0);
  CHECK(Has(portal(s1 + " " + tmp / "whole"),
            tmp / "whole" + "/baltic-logistics: error: the cluster is in two shards, " + s1 +
                " and " + tmp / "whole" + "; "));
}

TEST_CASE("a shard of other content than the portal's is an error at its cluster's sitemap") {
  ContentCopy copy;
  TempDir tmp;
  const std::string shards = BuildShards(copy.root, tmp, 2, "");
  std::filesystem::remove(copy.root + "/koks/stories/formatus-norvegija.md");
  std::string log;
  REQUIRE(Run(kBin + " portal " + copy.root + shards + " -o " + tmp / "public", &log) == 1);
  CHECK(Has(log, tmp / "shard-2" +
                     "/koks/sitemap.xml: error: is not the sitemap this content gives the cluster "
                     "(its pages or their dates differ); build every shard and the portal from "
                     "the same content with the same options (--as-of, --future, --drafts)\n"));
  CHECK(Has(log, "portal failed: 1 error, "));
  CHECK_FALSE(std::filesystem::exists(tmp / "public"));
}

TEST_CASE("--shard is K/N, and not with --cluster") {
  std::string log;
  CHECK(Run(kBin + " build " + kContent + " --shard 3/2", &log) != 0);
  CHECK(Has(log, "--shard: `3/2` is not a shard as K/N with 1 <= K <= N <= 1000, like 2/4"));
  CHECK(Run(kBin + " check " + kContent + " --shard 1/2 --cluster koks", &log) != 0);
  CHECK(Has(log, "--cluster excludes --shard"));
  // check takes a shard too: its clusters alone.
  REQUIRE(Run(kBin + " check " + kContent + " --shard 2/3", &log) == 0);
  CHECK(Has(log, "check passed: 1 cluster, "));
}

}  // namespace clustersite
