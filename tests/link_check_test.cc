#include "check/link_check.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <map>

#include "core/file_system.h"
#include "test_util.h"

namespace clustersite {
namespace {

/// Runs `files` through a LinkChecker and returns its report.
std::string Check(const std::vector<OutputFile>& files, const std::vector<MarkdownLink>& md = {},
                  const std::string& theme_dir = "", const std::string& published_path = "") {
  MemoryFileSystem fs;
  fs.Add("theme/templates/members.html", "<p><a href=\"{{root}}partneri/\">x</a></p>\n");
  Theme theme;
  Diagnostics diag;
  REQUIRE(Theme::Load(fs, theme_dir, &diag, &theme));
  MemorySink sink;
  LinkChecker checker(&sink, "public", {{"https://koks.example.lv/", "koks/"}}, published_path);
  for (const OutputFile& f : files) checker.Put(f);
  checker.AddMarkdownLinks("koks/", md);
  checker.Report(theme, &diag);
  CHECK(sink.Take().size() == files.size());  // every file passes on
  return diag.ToString();
}

OutputFile Page(const std::string& path, const std::string& body) { return {path, body, ""}; }

}  // namespace

TEST_CASE("links to existing files, folders and ids pass; external links are not followed") {
  CHECK(Check({Page("koks/index.html",
                    "<a href=\"services/\">s</a><a href=\"services/#top\">t</a>"
                    "<a href=\"stories/#all\">a</a><img src=\"media/logo.svg\" alt=\"\">"
                    "<a href=\"https://example.com/nope/\">e</a><a href=\"mailto:x@y.lv\">m</a>"
                    "<link rel=\"canonical\" href=\"https://koks.example.lv/\">"),
               Page("koks/services/index.html", "<main id=\"main\"></main>"),
               Page("koks/stories/index.html", "<section id=\"all\"></section>"),
               {"koks/media/logo.svg", "", "content/koks/media/logo.svg"}}) == "");
}

TEST_CASE("every broken link is reported once, at the first page, with the others counted") {
  std::string nav = "<a href=\"../nope/\">n</a>";
  CHECK(Check({Page("koks/a/index.html", nav + "<a href=\"../b/#gone\">g</a>"),
               Page("koks/b/index.html", nav + "<a href=\"../a\">folder</a>"),
               Page("koks/c/index.html", nav + "<a href=\"../../../up/\">up</a>")}) ==
        "public/koks/a/index.html: error: link to `../b/#gone` goes to no element with id "
        "`gone` on its page\n"
        "public/koks/a/index.html: error: link to `../nope/` goes to no page (also on 2 more "
        "pages)\n"
        "public/koks/b/index.html: error: link to `../a` goes to a folder; end it with `/` to "
        "reach its page\n"
        "public/koks/c/index.html: error: link to `../../../up/` goes outside the site\n");
}

TEST_CASE("root-relative links start where the output is published, and not outside it") {
  const std::vector<OutputFile> files = {
      Page("koks/404.html",
           "<a href=\"/members/koks/\">home</a><a href=\"/members/koks/gone/\">x</a>"
           "<a href=\"/koks/\">public</a>"),
      Page("koks/index.html", "")};
  CHECK(Check(files, {}, "", "members/") ==
        "public/koks/404.html: error: link to `/koks/` goes outside the site\n"
        "public/koks/404.html: error: link to `/members/koks/gone/` goes to no page\n");
}

TEST_CASE("a link of the site's own address is checked like a relative one") {
  CHECK(Check({Page("koks/404.html",
                    "<a href=\"https://koks.example.lv/gone/\">x</a>"
                    "<a href=\"https://koks.example.lv/\">home</a>"),
               Page("koks/index.html", "")}) ==
        "public/koks/404.html: error: link to `https://koks.example.lv/gone/` goes to no page\n");
}

TEST_CASE("a link a theme template wrote is reported at its place in the template") {
  CHECK(Check({Page("koks/members/index.html", "<p><a href=\"../partneri/\">x</a></p>"),
               Page("koks/index.html", "<p><a href=\"partneri/\">x</a></p>")},
              {}, "theme") ==
        "theme/templates/members.html:1:21: error: link to `partneri/` goes to no page (on "
        "public/koks/index.html and 1 more page)\n");
}

TEST_CASE("a Markdown link is reported at its source, and not again on its pages") {
  MarkdownLink md{
      "services/nope/index.html", "", "../../services/nope/", "content/koks/stories/a.md", {3, 7}};
  MarkdownLink anchor{
      "stories/index.html", "nav", "../../stories/#nav", "content/koks/stories/a.md", {4, 1}};
  CHECK(Check({Page("koks/stories/a/index.html",
                    "<a href=\"../../services/nope/\">x</a><a href=\"../#nav\">y</a>"),
               Page("koks/stories/index.html", "<main id=\"main\"></main>")},
              {md, anchor}) ==
        "content/koks/stories/a.md:3:7: error: link to `../../services/nope/` goes to no page\n"
        "content/koks/stories/a.md:4:1: error: link to `../../stories/#nav` goes to no element "
        "with id `nav` on its page\n");
}

}  // namespace clustersite

namespace clustersite {

TEST_CASE("build and check fail on broken links, each reported where it was written") {
  const std::string src = CLUSTERSITE_SOURCE_DIR;
  const std::string fixture = src + "/tests/fixtures/links";
  const std::string theme = src + "/tests/fixtures/links-theme";
  testing::TempDir dir;
  const std::string tmp = dir.path.string();
  const std::string in_tmp = "cd " + tmp + " && " + CLUSTERSITE_BINARY;
  std::string out;
  REQUIRE(testing::Run(in_tmp + " build " + src + "/content", &out) == 0);
  auto before = testing::Snapshot(tmp + "/public");
  const std::string md = fixture + "/koks/services/eksports.md";
  const std::string expected =
      theme +
      "/templates/members.html:2:33: error: link to `../partneri/` goes to no page (on "
      "public/koks/members/index.html)\n" +
      md + ":9:11: error: link to `../../services/nope/` goes to no page\n" + md +
      ":9:62: error: link to `../../stories/#nav-tada` goes to no element with id `nav-tada` on "
      "its page\n" +
      md + ":11:27: error: link to `#nekur` goes to no element with id `nekur` on its page\n";
  CHECK(testing::Run(in_tmp + " build " + fixture + " --theme " + theme, &out) == 1);
  CHECK(out == expected + "build failed: 4 errors; public/ is unchanged\n");
  CHECK(testing::Snapshot(tmp + "/public") == before);
  CHECK(testing::Run(in_tmp + " check " + fixture + " --theme " + theme, &out) == 1);
  CHECK(out == expected + "check failed: 4 errors\n");
  // Without the theme only the Markdown links are broken; the link to a
  // members-only story is plain text in the public build, a link for members.
  CHECK(testing::Run(in_tmp + " check " + fixture, &out) == 1);
  CHECK(out == expected.substr(expected.find('\n') + 1) + "check failed: 3 errors\n");
}

TEST_CASE("check passes on content/ and says how much it rendered") {
  std::string out;
  CHECK(testing::Run(
            std::string(CLUSTERSITE_BINARY) + " check " + CLUSTERSITE_SOURCE_DIR + "/content",
            &out) == 0);
  // baltic-logistics's strategy is partial: its sections still to write are warnings.
  CHECK(testing::Has(out,
                     "check passed: 3 clusters, 108 pages and their links as of 2026-12-01, "
                     "13 warnings\n"));
}

TEST_CASE("CheckOnly reports only the broken links into the folders it names") {
  MemoryFileSystem fs;
  Theme theme;
  Diagnostics diag;
  REQUIRE(Theme::Load(fs, "", &diag, &theme));
  MemorySink sink;
  LinkChecker checker(&sink, "shard", {});
  checker.CheckOnly({"koks/", "piens/"});
  checker.Put(Page("koks/index.html",
                   "<a href=\"nope/\">1</a><a href=\"../piens/nope/\">2</a>"
                   "<a href=\"../metals/nope/\">3</a><a href=\"../\">4</a>"
                   "<a href=\"../piens/#gone\">5</a>"));
  checker.Put(Page("piens/index.html", "<a href=\"../koks/\">6</a>"));
  checker.Report(theme, &diag);
  // Another shard's cluster and the portal index are checked when the
  // shards are assembled.
  CHECK(diag.ToString() ==
        "shard/koks/index.html: error: link to `../piens/#gone` goes to no element with id "
        "`gone` on its page\n"
        "shard/koks/index.html: error: link to `../piens/nope/` goes to no page\n"
        "shard/koks/index.html: error: link to `nope/` goes to no page\n");
}

}  // namespace clustersite
