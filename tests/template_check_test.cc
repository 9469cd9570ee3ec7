// Template checks: structure and names, each error at the file, line and
// column that holds it.

#include "theme/template_check.h"

#include <doctest/doctest.h>

#include "core/file_system.h"
#include "site/template_schemas.h"
#include "theme/theme.h"

namespace clustersite {
namespace {

/// Loads the default theme under the files of `overrides` (in themes/x/)
/// and checks every template's names; returns every diagnostic.
std::string CheckTheme(const std::map<std::string, std::string>& overrides) {
  MemoryFileSystem fs;
  fs.Add("themes/x/.keep", "");
  for (const auto& [path, text] : overrides) fs.Add("themes/x/" + path, text);
  Diagnostics diag;
  Theme theme;
  if (Theme::Load(fs, "themes/x", &diag, &theme))
    CheckTemplateNames(theme, SiteTemplateSchemas(), &diag);
  return diag.ToString();
}

}  // namespace

TEST_CASE("the default theme uses only names its data has") { CHECK(CheckTheme({}) == ""); }

TEST_CASE("a misspelt variable in an override is an error at its line and column") {
  CHECK(CheckTheme({{"templates/home.html",
                     "<h1>{{cluster.name}}</h1>\n\n  <p>{{cluster.vsion}}</p>\n"}}) ==
        "themes/x/templates/home.html:3:6: error: unknown name `cluster.vsion` in template "
        "`home`, which would render as nothing; did you mean `cluster.vision`?\n");
}

TEST_CASE("a misspelt section is an error with a did-you-mean") {
  CHECK(CheckTheme({{"templates/home.html", "{{#top_servics}}<li>{{/top_servics}}"}}) ==
        "themes/x/templates/home.html:1:1: error: unknown section `top_servics` in template "
        "`home`, which would render as nothing; did you mean `top_services`?\n");
}

TEST_CASE("a misspelt UI string is an error naming the close one") {
  CHECK(CheckTheme({{"templates/stories.html", "ā {{t.stories_nnoe}}"}}) ==
        "themes/x/templates/stories.html:1:3: error: unknown name `t.stories_nnoe` in template "
        "`stories`, which would render as nothing; did you mean `t.stories_none`?\n");
}

TEST_CASE("a name of a section's items is unknown outside the section") {
  CHECK(CheckTheme({{"templates/home.html",
                     "{{#top_services}}{{uses_last_year}} {{cluster.name}}{{/top_services}}\n"
                     "{{uses_last_year}}\n"}}) ==
        "themes/x/templates/home.html:2:1: error: unknown name `uses_last_year` in template "
        "`home`, which would render as nothing; use a name the template's data has (README: "
        "Themes)\n");
}

TEST_CASE("a misspelt name in a partial is reported at the partial's file") {
  const std::string message =
      "themes/x/partials/story-card.html:1:15: error: unknown name `compnay` in template `";
  CHECK(CheckTheme({{"partials/story-card.html", "<li>{{title}} {{compnay}}</li>\n"}}) ==
        message + "home`, which would render as nothing; did you mean `company`?\n" + message +
            "service`, which would render as nothing; did you mean `company`?\n" + message +
            "stories`, which would render as nothing; did you mean `company`?\n");
}

TEST_CASE("a triple mustache on text that is not HTML from Markdown is an error") {
  CHECK(
      CheckTheme({{"templates/story.html", "{{#story}}{{{body_html}}}\n{{{title}}}{{/story}}"}}) ==
      "themes/x/templates/story.html:2:1: error: `{{{title}}}` writes `title` unescaped, but "
      "only HTML the generator made (from Markdown) may be written so; write `{{title}}`\n");
  CHECK(CheckTheme({{"templates/about.html", "{{& page.title}}"}}) ==
        "themes/x/templates/about.html:1:1: error: `{{& page.title}}` writes `page.title` "
        "unescaped, but only HTML the generator made (from Markdown) may be written so; write "
        "`{{page.title}}`\n");
}

TEST_CASE("an unclosed section in a partial override points at the partial") {
  CHECK(CheckTheme({{"partials/contact.html", "<p>\n  {{#email}}{{email}}\n</p>\n"}}) ==
        "themes/x/partials/contact.html:2:3: error: section `email` is never closed in this "
        "file; add `{{/email}}` where it ends\n");
}

TEST_CASE("a closing tag with no open section, or out of order, is an error") {
  CHECK(CheckTheme({{"templates/about.html", "x\n{{/cluster}}"}}) ==
        "themes/x/templates/about.html:2:1: error: `{{/cluster}}` closes a section that is not "
        "open in this file; remove it\n");
  CHECK(
      CheckTheme({{"templates/about.html", "{{#cluster}}{{#contact}}{{/cluster}}{{/contact}}"}}) ==
      "themes/x/templates/about.html:1:25: error: `{{/cluster}}` closes `cluster`, but the "
      "section open here is `contact` (line 1); close sections in the order they open\n");
}

TEST_CASE("a missing partial is an error at the tag that includes it") {
  CHECK(CheckTheme({{"templates/about.html", "<main>\n {{> sidebar }}\n</main>"}}) ==
        "themes/x/templates/about.html:2:2: error: partial `sidebar` does not exist: the theme "
        "has no `partials/sidebar.html`\n");
}

TEST_CASE("a partial including itself is an error at the tag, with the cycle") {
  CHECK(CheckTheme({{"partials/roadmap-card.html", "{{title}}\n  {{> roadmap-card}}"}}) ==
        "themes/x/partials/roadmap-card.html:2:3: error: partial `roadmap-card` includes itself "
        "(roadmap-card → roadmap-card)\n");
  CHECK(CheckTheme({{"templates/about.html", "{{> a}}"},
                    {"partials/a.html", "{{> b}}"},
                    {"partials/b.html", "\n{{> a}}"}}) ==
        "themes/x/partials/b.html:2:1: error: partial `a` includes itself (a → b → a)\n");
}

TEST_CASE("a tag never closed, and a change of delimiters, are errors") {
  CHECK(CheckTheme({{"templates/about.html", "ok {{page.title}}\n {{page.title"}}) ==
        "themes/x/templates/about.html:2:2: error: `{{` is never closed with `}}`\n");
  CHECK(CheckTheme({{"templates/about.html", "{{=<% %>=}}<%page.title%>"}}) ==
        "themes/x/templates/about.html:1:1: error: `{{=<% %>=}}` changes the tag delimiters, "
        "which a theme may not do; write every tag with `{{` and `}}`\n");
}

TEST_CASE("names of the layout may be those of any page it frames") {
  CHECK(CheckTheme({{"templates/layout.html",
                     "{{#page.is_story}}{{#story}}{{company}}{{/story}}{{/page.is_story}}"
                     "{{#clusters}}{{name}}{{/clusters}}{{{content}}}{{search_url}}"}}) == "");
}

}  // namespace clustersite
