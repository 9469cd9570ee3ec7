#include "markdown/markdown.h"

#include <doctest/doctest.h>

#include "core/parallel.h"
#include "test_util.h"

namespace clustersite {
namespace {

using testing::Has;

std::string Render(const std::string& md) {
  Diagnostics diag;
  return RenderMarkdown({md, "x.md", "koks/services/x.md", 1}, nullptr, &diag);
}

}  // namespace

TEST_CASE("GFM extensions are on: tables, strikethrough, autolinks, task lists") {
  std::string html = Render("|a|b|\n|-|-|\n|1|2|\n\n~~no~~ www.example.lv\n\n- [x] done\n");
  CHECK(html.find("<table>") != std::string::npos);
  CHECK(html.find("<del>no</del>") != std::string::npos);
  CHECK(html.find("<a href=\"http://www.example.lv\">") != std::string::npos);
  CHECK(html.find("<input type=\"checkbox\" checked disabled>") != std::string::npos);
}

TEST_CASE("a table's aligned columns keep their alignment as classes, and it scrolls in a box") {
  CHECK(Render("|a|b|c|d|\n|:-|:-:|-:|-|\n|1|2|3|4|\n") ==
        "<div class=\"table-scroll\" tabindex=\"0\">\n"
        "<table>\n<thead>\n<tr>\n"
        "<th class=\"align-left\">a</th>\n<th class=\"align-center\">b</th>\n"
        "<th class=\"align-right\">c</th>\n<th>d</th>\n"
        "</tr>\n</thead>\n<tbody>\n<tr>\n"
        "<td class=\"align-left\">1</td>\n<td class=\"align-center\">2</td>\n"
        "<td class=\"align-right\">3</td>\n<td>4</td>\n"
        "</tr>\n</tbody>\n</table>\n</div>\n");
}

TEST_CASE("a cell whose text reads like an align attribute stays text") {
  const std::string html = Render("|a|\n|:-:|\n|`<td align=\"x\">`|\n");
  CHECK(html.find("<td class=\"align-center\"><code>&lt;td align=&quot;x&quot;&gt;</code></td>") !=
        std::string::npos);
}

TEST_CASE("task list items are disabled checkboxes labelled by their text, nested and loose") {
  CHECK(
      Render("- [x] Nosūtīt *dienaskārtību*\n- [ ] Apstiprināt telpas\n  - [ ] Rezervēt zāli\n") ==
      "<ul>\n"
      "<li><label class=\"task is-done\"><input type=\"checkbox\" checked disabled> "
      "Nosūtīt <em>dienaskārtību</em></label></li>\n"
      "<li><label class=\"task\"><input type=\"checkbox\" disabled> Apstiprināt telpas</label>\n"
      "<ul>\n"
      "<li><label class=\"task\"><input type=\"checkbox\" disabled> Rezervēt zāli</label></li>\n"
      "</ul>\n</li>\n</ul>\n");
  CHECK(Render("- [ ] Sagatavot pārskatu\n\n  ar ziņojumiem.\n\n- [x] Atjaunināt\n") ==
        "<ul>\n"
        "<li>\n<p><label class=\"task\"><input type=\"checkbox\" disabled> Sagatavot "
        "pārskatu</label></p>\n<p>ar ziņojumiem.</p>\n</li>\n"
        "<li>\n<p><label class=\"task is-done\"><input type=\"checkbox\" checked disabled> "
        "Atjaunināt</label></p>\n</li>\n</ul>\n");
  // Raw HTML stays omitted inside a task's label.
  CHECK(Render("- [ ] <b>x</b>\n") ==
        "<ul>\n<li><label class=\"task\"><input type=\"checkbox\" disabled> <!-- raw HTML "
        "omitted -->x<!-- raw HTML omitted --></label></li>\n</ul>\n");
}

TEST_CASE("raw HTML is omitted and script URLs are blanked") {
  std::string html = Render(
      "<script>alert(1)</script>\n\n[a](javascript:alert(1)) "
      "<img src=x onerror=alert(1)>\n");
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("onerror") == std::string::npos);
  CHECK(html.find("javascript:") == std::string::npos);
  CHECK(html.find("<!-- raw HTML omitted -->") != std::string::npos);
}

TEST_CASE("template syntax in Markdown is rendered literally") {
  CHECK(Render("{{site.secret}} {{> p}}\n") == "<p>{{site.secret}} {{&gt; p}}</p>\n");
}

TEST_CASE("relative links to content files are rewritten to page URLs") {
  Diagnostics diag;
  LinkResolver resolve = [](const LinkRequest& link) -> LinkTarget {
    if (link.content_rel == "koks/roadmaps/a.md") return LinkTarget::Page("../../roadmaps/a/");
    if (link.content_rel == "koks/stories/secret.md") return LinkTarget::Hidden();
    return LinkTarget::Missing();
  };
  std::string html =
      RenderMarkdown({"[road](../roadmaps/a.md#s2) and [hidden](../stories/secret.md)\n", "x.md",
                      "koks/services/x.md", 1},
                     &resolve, &diag);
  CHECK(html == "<p><a href=\"../../roadmaps/a/#s2\">road</a> and hidden</p>\n");
  CHECK(diag.ToString() == "");
}

TEST_CASE("a dangerous link scheme from Markdown is removed with a warning") {
  Diagnostics diag;
  LinkResolver resolve = [](const LinkRequest&) { return LinkTarget::Missing(); };
  std::string html =
      RenderMarkdown({"[a](ftp://example.lv/x)\n", "x.md", "koks/x.md", 3}, &resolve, &diag);
  CHECK(html == "<p><a href=\"\">a</a></p>\n");
  CHECK(diag.ToString() ==
        "x.md:3:5: warning: link `ftp://example.lv/x` uses a scheme that is "
        "not allowed; removed\n");
}

TEST_CASE("a Latvian sentence starting with a year is a warning, as Markdown lists it") {
  Diagnostics diag;
  LinkResolver resolve = [](const LinkRequest&) { return LinkTarget::Missing(); };
  std::string md = "Ievads.\n\n2026. gada sākumā uzņēmums pieteicās.\n\n2026\\. gada beigās.\n";
  std::string html = RenderMarkdown({md, "x.md", "koks/x.md", 4}, &resolve, &diag);
  CHECK(Has(html, "<ol start=\"2026\">"));
  CHECK(Has(html, "<p>2026. gada beigās.</p>"));
  CHECK(diag.ToString() ==
        "x.md:6:1: warning: a line starting `2026. ` begins a numbered list at 2026; write "
        "`2026\\. ` to keep the year as text\n");
  Diagnostics lists;
  RenderMarkdown({"1. one\n2. two\n\n10. ten\n", "x.md", "koks/x.md", 1}, &resolve, &lists);
  CHECK(lists.ToString() == "");
}

TEST_CASE("documents rendered on many threads at once keep their strikethrough and autolinks") {
  // cmark-gfm 0.29 keeps the characters that start inline extensions (`~`
  // for strikethrough) in one table for all parsers, and each parser
  // removes them when it finishes: a document parsed beside another lost
  // its strikethrough now and then.
  const std::string md =
      "Lorem ipsum dolor sit amet, *consectetur* adipiscing elit, sed do eiusmod tempor "
      "incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud "
      "exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.\n\n"
      "Duis aute irure dolor in ~~reprehenderit in voluptate~~ velit esse www.example.lv "
      "cillum dolore eu fugiat nulla pariatur.\n";
  std::vector<std::string> html(400);
  ParallelFor(html.size(), 4, [&](size_t i) { html[i] = Render(md); });
  size_t wrong = 0;
  for (const std::string& h : html) {
    wrong += !Has(h, "<del>reprehenderit in voluptate</del>") ||
             !Has(h, "<a href=\"http://www.example.lv\">");
  }
  CHECK(wrong == 0);
}

}  // namespace clustersite
