// Base URLs: what may be one, and that every URL written into an attribute
// or a line is escaped where it is written, whatever it holds.

#include <doctest/doctest.h>

#include "core/url.h"
#include "document/document_html.h"
#include "indexes/sitemap.h"
#include "test_util.h"

namespace clustersite {
namespace {

using testing::CheckText;
using testing::FileText;
using testing::Has;
using testing::kBaseUrlRule;
using testing::kHostileBaseUrl;
using testing::ValidTree;

/// ValidTree with an about page linking the search page, which the kit
/// links at the site's address.
MemoryFileSystem TreeWithSearchLink() {
  MemoryFileSystem fs = ValidTree();
  fs.Add("content/koks/about.md", "# Par mums\n\n[Search](../search/)\n");
  return fs;
}

}  // namespace

TEST_CASE("a base_url with a quote in cluster.yaml or a space in portal.yaml is an error at it") {
  auto fs = ValidTree();
  fs.Add("content/koks/cluster.yaml",
         "name: K\nbase_url: \"https://koks.example.org/\\\"autofocus onfocus=\\\"alert(1)\"\n"
         "vision: V\nlanguage: lv\ncontact: {name: I}\n");
  fs.Add("content/portal.yaml", "title: Klasteri\nbase_url: https://klasteri.example.lv/ x\n");
  CHECK(CheckText(fs) ==
        "content/koks/cluster.yaml:2:11: error: `base_url` contains `\"` (character 26)" +
            kBaseUrlRule +
            "\ncontent/portal.yaml:2:11: error: `base_url` contains a space (character 29)" +
            kBaseUrlRule + "\n");
}

TEST_CASE("--base-url with a quote is refused on the command line") {
  std::string out;
  CHECK(testing::Run(std::string(CLUSTERSITE_BINARY) + " check " + CLUSTERSITE_SOURCE_DIR +
                         "/content --base-url 'https://x.lv/\"a'",
                     &out) != 0);
  CHECK(out == "--base-url: contains `\"` (character 14)" + kBaseUrlRule +
                   "\nRun with --help for more information.\n");
}

TEST_CASE("a hostile base URL given to the kit's link rewriting comes out escaped") {
  KitHtmlRules rules;
  rules.page_dir = "about/";
  rules.cluster = "koks";
  rules.base_url = kHostileBaseUrl + "/";
  CHECK(AdaptForKit("<a href=\"../search/?q=a&amp;b=c\">S</a>", rules, nullptr) ==
        "<a href=\"https://koks.example.org/&quot;autofocus "
        "onfocus=&quot;alert(1)/search/?q=a&amp;b=c\">S</a>");
  rules.id_prefix = "x\"y-";
  CHECK(AdaptForKit("<p id=\"a\">", rules, nullptr) == "<p id=\"x&quot;y-a\">");
}

TEST_CASE("hostile URLs given to the sitemap and robots.txt writers come out escaped") {
  MemoryFileSystem fs;
  Diagnostics diag;
  Theme theme;
  REQUIRE(Theme::Load(fs, "", &diag, &theme));
  auto files =
      SitemapFiles(theme, {{kHostileBaseUrl + "/<x>&", std::nullopt}}, kHostileBaseUrl + "/", "");
  CHECK(Has(
      files[0].content,
      "<loc>https://koks.example.org/&quot;autofocus onfocus=&quot;alert(1)/&lt;x&gt;&amp;</loc>"));
  std::string robots = RenderRobots(theme, "https://x.lv/\nDisallow: /\nsitemap.xml", false);
  CHECK(Has(robots, "Sitemap: https://x.lv/%0ADisallow:%20/%0Asitemap.xml\n"));
  CHECK_FALSE(Has(robots, "\nDisallow"));
}

TEST_CASE("a hostile base URL that bypasses validation is escaped in every file of the site") {
  BuildOptions options;
  options.base_url = kHostileBaseUrl;  // validated by the command line, not here
  options.jobs = 2;
  Diagnostics diag;
  std::vector<OutputFile> files;
  RenderAll(TreeWithSearchLink(), options, &diag, &files);
  size_t written = 0;
  for (const OutputFile& f : files) {
    INFO(f.path);
    CHECK_FALSE(Has(f.content, "org/\"autofocus"));
    written += Has(f.content, "org/&quot;autofocus") || Has(f.content, "org/\\\"autofocus") ||
               Has(f.content, "org/%22autofocus");
  }
  CHECK(written >= 20);
  const std::string escaped = "https://koks.example.org/&quot;autofocus onfocus=&quot;alert(1)/";
  CHECK(Has(FileText(files, "koks/welcome-kit/index.html"),
            "<a href=\"" + escaped + "koks/search/\">Search</a>"));
  CHECK(Has(
      FileText(files, "koks/feed.xml"),
      "<link rel=\"self\" type=\"application/atom+xml\" href=\"" + escaped + "koks/feed.xml\"/>"));
  CHECK(Has(FileText(files, "koks/index.html"),
            "<link rel=\"canonical\" href=\"" + escaped + "koks/\">"));
  CHECK(
      Has(FileText(files, "koks/index.html"), "\"url\":\"https://koks.example.org/\\\"autofocus"));
  CHECK(Has(FileText(files, "robots.txt"),
            "Sitemap: https://koks.example.org/%22autofocus%20onfocus=%22alert(1)/sitemap.xml"));
}

}  // namespace clustersite
