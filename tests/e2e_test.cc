// End-to-end tests: the real CLI on fixture trees and on content/.

#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <string>

#include "core/text.h"
#include "test_util.h"

namespace clustersite {
namespace {

using testing::Run;
using testing::TempDir;

const std::string kBin = CLUSTERSITE_BINARY;
const std::string kSource = CLUSTERSITE_SOURCE_DIR;

using testing::Snapshot;

}  // namespace

TEST_CASE("check reports every problem as path:line:column and exits non-zero") {
  std::string out;
  int code = Run(kBin + " check " + kSource + "/tests/fixtures/broken", &out);
  CHECK(code == 1);
  std::string dir = kSource + "/tests/fixtures/broken/koks/";
  CHECK(out.find(dir + "services/eksports.md:3:1: error: unknown key `sumary`; did you mean "
                       "`summary`?\n") != std::string::npos);
  CHECK(out.find(dir + "stories/stasts.md:2:8: error: quoted value is not closed; add the "
                       "closing `\"`\n") != std::string::npos);
  CHECK(out.find("check failed: ") != std::string::npos);
}

TEST_CASE("--audience offers public, members and staff; staff builds into staff/") {
  std::string out;
  CHECK(Run(kBin + " check --audience everyone " + kSource + "/content", &out) != 0);
  CHECK(out ==
        "--audience: everyone not in {public,members,staff}\nRun with --help for more "
        "information.\n");
  CHECK(Run(kBin + " check --audience staff --as-of 2026-12-01 " + kSource + "/content", &out) ==
        0);
  TempDir tmp;
  REQUIRE(Run("cd " + tmp.path.string() + " && " + kBin + " build --audience staff --as-of " +
                  "2026-12-01 " + kSource + "/content",
              &out) == 0);
  CHECK(std::filesystem::exists(tmp.path / "staff" / "index.html"));
  CHECK_FALSE(std::filesystem::exists(tmp.path / "public"));
}

TEST_CASE("the content folder can be the current folder") {
  std::string out;
  CHECK(Run("cd " + kSource + "/content && " + kBin + " check .", &out) == 0);
  // baltic-logistics's strategy is partial: its sections still to write are warnings.
  CHECK(testing::Has(out,
                     "check passed: 3 clusters, 108 pages and their links as of 2026-12-01, "
                     "13 warnings\n"));
}

TEST_CASE("two builds of the same content are byte-identical") {
  TempDir tmp;
  std::string out;
  REQUIRE(Run(kBin + " build " + kSource + "/content -j 1 -o " + tmp / "a", &out) == 0);
  REQUIRE(
      Run("TZ=Asia/Tokyo LANG=C " + kBin + " build " + kSource + "/content -j 2 -o " + tmp / "b",
          &out) == 0);
  auto a = Snapshot(tmp / "a");
  auto b = Snapshot(tmp / "b");
  CHECK(a.size() > 20);
  // The files made for machines are compared too.
  for (const char* rel : {"sitemap.xml", "robots.txt", "404.html", "koks/feed.xml",
                          "koks/sitemap.xml", "koks/search/index.json", "koks/404.html"}) {
    INFO(rel);
    CHECK(a.count(rel) == 1);
  }
  CHECK(a == b);
}

}  // namespace clustersite

namespace clustersite {

TEST_CASE("a build ends with one line of what it wrote, in the singular for one cluster") {
  TempDir tmp;
  std::string out;
  REQUIRE(Run(kBin + " build " + kSource + "/content --cluster koks -o " + tmp / "site", &out) ==
          0);
  CHECK(StartsWith(
      out, "built 1 cluster, 36 pages, 46 files into " + tmp / "site" + "/ as of 2026-12-01 in "));
  REQUIRE(Run(kBin + " check " + kSource + "/content --cluster koks", &out) == 0);
  CHECK(out == "check passed: 1 cluster, 36 pages and their links as of 2026-12-01\n");
}

}  // namespace clustersite

namespace clustersite {

TEST_CASE("text typed in decomposed form is published, searched, slugged and compared in NFC") {
  using testing::Nfd;
  testing::ContentCopy c;
  const std::string koks = c.root + "/koks/";
  const std::string vision = "Latvijas koka ēkas — pirmā izvēle Ziemeļeiropā";
  const std::string title = "Līvu Koka Konstrukcijas atgriežas eksporta misijās";
  // The vision, a story's title and company, and a partner's name in NFD;
  // the company stays NFC in members.yaml.
  const std::string story = koks + "stories/livu-koka-konstrukcijas-atgriesanas.md";
  testing::WriteText(story, Nfd(testing::ReadFile(story)));
  testing::WriteText(koks + "cluster.yaml", Nfd(testing::ReadFile(koks + "cluster.yaml")));
  testing::WriteText(koks + "members.yaml",
                     testing::Replaced(testing::ReadFile(koks + "members.yaml"),
                                       "Zemgales Tehnoloģiju universitāte",
                                       Nfd("Zemgales Tehnoloģiju universitāte")));
  REQUIRE(testing::Has(testing::ReadFile(story), Nfd(title)));
  REQUIRE(Nfd(title) != title);
  std::string out;
  REQUIRE(Run(kBin + " build " + c.root + " --cluster koks -o " + c.tmp / "site", &out) == 0);
  CHECK_FALSE(testing::Has(out, "warning"));
  const auto site = Snapshot(c.tmp / "site");
  auto file = [&](const std::string& rel) { return site.count(rel) ? site.at(rel) : ""; };
  CHECK(testing::Has(file("index.html"), vision));
  CHECK(testing::Has(file("stories/livu-koka-konstrukcijas-atgriesanas/index.html"), title));
  CHECK(testing::Has(file("search/index.json"), "\"title\":\"" + title + "\""));
  CHECK(testing::Has(file("members/index.html"),
                     "id=\"m-zemgales-tehnologiju-universitate\">\n"
                     "<h4 class=\"card-title\">Zemgales Tehnoloģiju universitāte</h4>"));
  // No combining macron, caron or cedilla is left in any page or index.
  for (const auto& [rel, bytes] : site) {
    if (!EndsWith(rel, ".html") && !EndsWith(rel, ".json") && !EndsWith(rel, ".xml")) continue;
    INFO(rel);
    for (const char* mark : {"\xCC\x84", "\xCC\x8C", "\xCC\xA7"})
      CHECK_FALSE(testing::Has(bytes, mark));
  }
}

TEST_CASE("an unknown --cluster suggests the closest folders in build, check and kit") {
  const std::string content = kSource + "/content";
  std::string out;
  for (const std::string& command : {"build " + content + " -o /nonexistent/x", "check " + content,
                                     "kit " + content + " -o /nonexistent/x.html"}) {
    INFO(command);
    CHECK(Run(kBin + " " + command + " --cluster Koka", &out) == 1);
    CHECK(StartsWith(out, content +
                              ": error: no cluster `Koka` in this content folder; did you mean "
                              "`koks`?\n"));
    CHECK(Run(kBin + " " + command + " --cluster partika", &out) == 1);
    CHECK(StartsWith(out, content +
                              ": error: no cluster `partika` in this content folder; did you mean "
                              "`veseliga-partika`?\n"));
  }
}

}  // namespace clustersite
