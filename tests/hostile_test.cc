// Hostile input: each is a clear error or a correct build, never a crash, a
// hang or partial output.

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "core/unicode.h"
#include "markdown/markdown.h"
#include "test_util.h"
#include "theme/theme.h"

namespace clustersite {
namespace {

using testing::CheckText;
using testing::FileText;
using testing::RenderFiles;
using testing::ServiceText;
using testing::ValidTree;

}  // namespace

TEST_CASE("a UTF-8 byte-order mark and CRLF line endings build correctly") {
  auto fs = ValidTree();
  fs.Add("content/koks/services/apmacibas.md",
         "\xEF\xBB\xBF---\r\ntitle: Apmācības\r\nsummary: S\r\ncategory: c\r\n---\r\n"
         "Pirmā rinda.\r\n\r\n- a\r\n- b\r\n");
  std::string diagnostics;
  auto files = RenderFiles(fs, Audience::kPublic, &diagnostics);
  CHECK(diagnostics == "");
  std::string html = FileText(files, "koks/services/apmacibas/index.html");
  CHECK(html.find("<h1>Apmācības</h1>") != std::string::npos);
  CHECK(html.find("<li>a</li>") != std::string::npos);
  CHECK(html.find('\r') == std::string::npos);
}

TEST_CASE("20,000-deep YAML nesting in front matter is an error") {
  auto fs = ValidTree();
  fs.Add("content/koks/services/dzils.md", "---\ntitle: " + std::string(20000, '[') + "\n---\n");
  CHECK(CheckText(fs) ==
        "content/koks/services/dzils.md:2:71: error: YAML is nested more than 64 levels "
        "deep\n");
}

TEST_CASE("a table row of 40,000 pipes is refused before the parser sees it") {
  Diagnostics diag;
  std::string md = "a|b\n-|-\n" + std::string(40000, '|') + "\n";
  std::string html = RenderMarkdown({md, "x.md", "k/x.md", 7}, nullptr, &diag);
  CHECK(html == "");
  CHECK(diag.ToString() ==
        "x.md:9:1: error: this line has 40000 `|` characters; a table may have "
        "at most 256 columns\n");
}

TEST_CASE("many wide table rows are refused at their table") {
  Diagnostics diag;
  std::string md = "Teksts.\n\na|b\n-|-\n";
  for (int i = 0; i < 500; ++i) md += std::string(250, '|') + "\n";
  RenderMarkdown({md, "x.md", "k/x.md", 1}, nullptr, &diag);
  CHECK(diag.ToString() ==
        "x.md:3:1: error: this table brings the document's tables over 100000 cells (columns "
        "times rows; GFM fills short rows with empty cells, and cmark-gfm 0.29 writes every one, "
        "seconds per million); split or shorten the tables\n");
}

TEST_CASE("cmark's pathological inputs render, or are refused where cmark-gfm 0.29 is slow") {
  Diagnostics diag;
  auto render = [&](const std::string& md) {
    return RenderMarkdown({md, "x.md", "k/x.md", 1}, nullptr, &diag);
  };
  CHECK(render(std::string(50000, '[') + "a" + std::string(50000, ']')).size() > 100000);
  std::string links;
  for (int i = 0; i < 20000; ++i) links += "[a](<b";
  CHECK(render(links).size() > 0);
  CHECK(render(std::string(1, '\0') + "x").find("x") != std::string::npos);
  CHECK(diag.ToString() == "");

  CHECK(render(std::string(50000, '>') + " a\n") == "");
  std::string emph;
  for (int i = 0; i < 20000; ++i) emph += "*a **a ";
  CHECK(render(emph + "b") == "");
  CHECK(testing::Has(diag.ToString(), "x.md:1:1: error: this paragraph has 40000 `*`"));
  CHECK(testing::Has(diag.ToString(), "x.md:1:33: error: lists and block quotes nest more"));
}

TEST_CASE("bidi and zero-width characters in a title are a warning") {
  auto fs = ValidTree();
  fs.Add("content/koks/services/apmacibas.md", ServiceText("Ap\xE2\x80\xAEmācības", "B\n"));
  CHECK(CheckText(fs) ==
        "content/koks/services/apmacibas.md:1:1: warning: `title` contains "
        "invisible bidirectional or zero-width characters\n");
}

TEST_CASE("a theme with a self-including partial fails the build with its path") {
  namespace fs = std::filesystem;
  char tmpl[] = "/tmp/clustersite-theme-XXXXXX";
  fs::path dir = mkdtemp(tmpl);
  fs::create_directories(dir / "partials");
  std::ofstream(dir / "partials/service-card.html") << "{{> service-card}}";
  std::string out;
  int code = testing::Run(std::string(CLUSTERSITE_BINARY) + " build " + CLUSTERSITE_SOURCE_DIR +
                              "/content --theme " + dir.string() + " -o " + (dir / "out").string(),
                          &out);
  CHECK(code == 1);
  CHECK(out.find("error: partial `service-card` includes itself") != std::string::npos);
  CHECK_FALSE(fs::exists(dir / "out"));
  fs::remove_all(dir);
}

TEST_CASE("YAML values are HTML-escaped in text, attributes and the title") {
  auto fs = ValidTree();
  fs.Add("content/koks/services/apmacibas.md",
         "---\ntitle: \"\\\"><script>alert('x')</script>\"\nsummary: \"a\\\" onmouseover=\\\"x\"\n"
         "category: c\n---\n");
  std::string diagnostics;
  auto files = RenderFiles(fs, Audience::kPublic, &diagnostics);
  CHECK(diagnostics == "");
  for (const char* page : {"koks/services/apmacibas/index.html", "koks/services/index.html"}) {
    std::string html = FileText(files, page);
    INFO(page);
    CHECK(html.find("<script>") == std::string::npos);
    CHECK(html.find("\" onmouseover=\"x") == std::string::npos);
    CHECK(html.find("&lt;script&gt;") != std::string::npos);
  }
  std::string page = FileText(files, "koks/services/apmacibas/index.html");
  CHECK(page.find("<title>&quot;&gt;&lt;script&gt;") != std::string::npos);
  CHECK(page.find("content=\"a&quot; onmouseover=&quot;x\"") != std::string::npos);
}

TEST_CASE("template syntax in YAML values is shown, never run") {
  auto fs = ValidTree();
  fs.Add("content/koks/services/apmacibas.md",
         "---\ntitle: \"{{> layout}} {{cluster.contact.email}}\"\nsummary: S\ncategory: c\n---\n");
  auto files = RenderFiles(fs, Audience::kPublic, nullptr);
  std::string html = FileText(files, "koks/services/apmacibas/index.html");
  CHECK(html.find("<h1>{{&gt; layout}} {{cluster.contact.email}}</h1>") != std::string::npos);
}

TEST_CASE("Markdown headings get no ids that could clobber the DOM") {
  Diagnostics diag;
  std::string html =
      RenderMarkdown({"## constructor\n\n## location\n", "x.md", "k/x.md", 1}, nullptr, &diag);
  CHECK(html == "<h2>constructor</h2>\n<h2>location</h2>\n");
}

TEST_CASE("an unclosed quote in a flow collection fails the build, publishing nothing") {
  testing::ContentCopy c;
  testing::WriteText(c.root + "/koks/services/biedriem.md",
                     "---\ntitle: Biedriem\nsummary: S\ncategory: eksports\n"
                     "contact: {name: \"Ilze Ozola, role: Coordinator}\n"
                     "visibility: members\", role: Coordinator}\n---\nTikai biedriem.\n");
  std::string members = testing::ReadFile(c.root + "/koks/members.yaml");
  const std::string interests = "  interests: [eksports, apmacibas]\n";
  REQUIRE(members.find(interests) != std::string::npos);
  members.replace(members.find(interests), interests.size(),
                  "  interests: [eksports, \"apmacibas\n"
                  "  contact: {name: N, email: n@x.lv}\"]\n");
  testing::WriteText(c.root + "/koks/members.yaml", members);
  std::string out;
  int code = testing::Run(
      std::string(CLUSTERSITE_BINARY) + " build " + c.root + " -o " + (c.tmp / "public"), &out);
  CHECK(code == 1);
  CHECK(testing::Has(out, c.root +
                              "/koks/services/biedriem.md:5:17: error: quoted value runs on into "
                              "line 6, which is not indented enough to continue it; add the "
                              "closing `\"`\n"));
  CHECK(testing::Has(out, c.root +
                              "/koks/members.yaml:8:25: error: quoted value runs on into line 9, "
                              "which is not indented enough to continue it; add the closing "
                              "`\"`\n"));
  CHECK_FALSE(std::filesystem::exists(c.tmp / "public"));
}

TEST_CASE("characters XML and HTML forbid are replaced, with a warning where they are written") {
  auto fs = ValidTree();
  // The public story, its title (line 2) and its body (line 9 on) changed.
  std::string story, err;
  REQUIRE(fs.Read("content/koks/stories/publisks.md", 1000, &story, &err));
  const std::string title = "Publisks stāsts", body = "Publisks teksts.\n";
  story.replace(story.find(title), title.size(), "\"Stāsts \\uFFFF\"");
  story.replace(story.find(body), body.size(),
                "Teksts ar \uFFFE un \x01 un \u0085.\n"
                "\n"
                "Atsauce &#xFFFE; un &#1;, kodā `&#1;`.\n");
  fs.Add("content/koks/stories/publisks.md", story);
  std::string diagnostics;
  auto files = RenderFiles(fs, Audience::kPublic, &diagnostics);
  const std::string path = "content/koks/stories/publisks.md:";
  CHECK(diagnostics ==
        path +
            "2:8: warning: U+FFFF (from an escape) is not allowed in HTML or XML; replaced "
            "with U+FFFD\n" +
            path +
            "9:11: warning: U+FFFE is not allowed in HTML or XML; replaced with U+FFFD "
            "(and 2 more in this file)\n" +
            path +
            "11:9: warning: U+FFFE (written `&#xFFFE;`) is not allowed in HTML or XML; "
            "replaced with U+FFFD (and 1 more in this document)\n");
  std::string feed = FileText(files, "koks/feed.xml");
  REQUIRE(testing::Has(feed, "Stāsts \uFFFD"));
  CHECK(testing::Has(feed, "Teksts ar \uFFFD un \uFFFD un \uFFFD."));
  CHECK(testing::Has(feed, "Atsauce \uFFFD un \uFFFD, kodā &lt;code&gt;&amp;amp;#1;"));
  for (const OutputFile& f : files) {
    INFO(f.path);
    std::string text = f.content;
    CHECK(ReplaceForbiddenInMarkup(&text).count == 0);
  }
  // And an XML parser reads the feed.
  testing::TempDir tmp;
  testing::WriteText(tmp / "feed.xml", feed);
  std::string out;
  CHECK(testing::Run("python3 -c 'import sys, xml.etree.ElementTree as E; "
                     "print(len(E.parse(sys.argv[1]).getroot()))' " +
                         tmp / "feed.xml",
                     &out) == 0);
  CHECK(out != "0\n");
}

}  // namespace clustersite
