// The compiled template path: every template renders to exactly what
// kainjow's renderer makes of it over the same data, its line handling
// included, since a theme written for one is rendered by the other.

#include "theme/compiled_template.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "test_util.h"
#include "theme/theme.h"

namespace clustersite {
namespace {

/// What kainjow renders of `text` over `layers` (outermost first), with the
/// theme's escaping: its context looks a dotted name up part by part as the
/// theme's does.
std::string KainjowRender(const std::string& text, const std::vector<const MustacheData*>& layers) {
  kainjow::mustache::mustache tmpl(text);
  tmpl.set_custom_escape(HtmlEscape);
  REQUIRE_MESSAGE(tmpl.is_valid(), tmpl.error_message());
  kainjow::mustache::context<std::string> ctx;
  for (const MustacheData* layer : layers) ctx.push(layer);
  return tmpl.render(ctx);
}

std::string CompiledRender(const std::string& text,
                           const std::vector<const MustacheData*>& layers) {
  CompiledTemplate tmpl;
  REQUIRE(tmpl.Compile(text));
  std::string out = "kept:";  // what was in the output before stays
  tmpl.Render(layers, &out);
  REQUIRE(out.rfind("kept:", 0) == 0);
  return out.substr(5);
}

/// Shared data under page data, as a page is rendered.
struct Data {
  MustacheData shared = Object();
  MustacheData page = Object();
  Data() {
    MustacheData t = Object();
    Put(t, "home", "Sākums & <b>");
    Put(shared, "t", std::move(t));
    Put(shared, "site", "Portal");
    Put(page, "title", "A \"quoted\" 'title' <here>");
    Put(page, "html", "<p>as is &amp; kept</p>");
    Put(page, "yes", true);
    Put(page, "no", false);
    Put(page, "empty", List());
    Put(page, "blank", "");
    MustacheData items = List();
    for (const char* name : {"one", "two", "three"}) {
      MustacheData item = Object();
      Put(item, "name", name);
      Put(item, "first", std::string(name) == "one");
      Append(items, std::move(item));
    }
    Put(page, "items", std::move(items));
    MustacheData words = List();
    for (const char* w : {"a<", "b", "c"}) Append(words, MustacheData(std::string(w)));
    Put(page, "words", std::move(words));
    MustacheData nested = Object();
    MustacheData inner = Object();
    Put(inner, "deep", "found");
    Put(nested, "inner", std::move(inner));
    Put(nested, "site", "shadowed");
    Put(page, "nested", std::move(nested));
  }
  std::vector<const MustacheData*> layers() const { return {&shared, &page}; }
};

TEST_CASE("compiled templates render as kainjow does") {
  const Data data;
  const std::vector<std::string> templates = {
      "",
      "plain text, no tags",
      "{{title}} and {{{html}}} and {{&html}} and {{ title }} and {{{ html }}}",
      "{{missing}}|{{{missing}}}|{{yes}}|{{items}}|{{nested}}|{{}}",
      "{{t.home}} {{nested.inner.deep}} {{nested.inner.none}} {{nested.}} {{.site}} {{a..b}}",
      // Standalone section lines are dropped with their line end; a false
      // section's line is not (kainjow marks only the sections it enters).
      "<ul>\n  {{#items}}\n  <li>{{name}}</li>\n  {{/items}}\n</ul>\n",
      "<ul>\r\n\t{{#items}}\r\n\t<li>{{name}}</li>\r\n\t{{/items}}\r\n</ul>\r\n",
      "a\n  {{#no}}\n  hidden\n  {{/no}}\nb\n",
      "a\n  {{^no}}\n  shown\n  {{/no}}\nb\n  {{^yes}}x{{/yes}}  \nc",
      "{{#empty}}never{{/empty}}{{^empty}}none{{/empty}}{{^missing}}absent{{/missing}}",
      "{{#yes}}[{{title}}]{{/yes}}{{#blank}}<{{.}}>{{/blank}}{{#site}}({{.}}){{/site}}",
      "{{#items}}{{name}}{{#first}}!{{/first}}{{^first}}?{{/first}}{{site}};{{/items}}",
      "{{#words}}{{.}}{{{.}}},{{/words}}",
      "{{#nested}}{{site}} {{inner.deep}} {{#inner}}{{deep}} {{site}}{{/inner}}{{/nested}}",
      "line one\n{{! a comment }}\n  {{! standalone comment }}  \nline two",
      "{{=<% %>=}}<% title %> {{title}} <%{ html }%> <%& html %>\n<%={{ }}=%>{{title}}",
      "{{#items}}\n{{#first}}\n{{name}}\n{{/first}}\n{{/items}}\nend\n   ",
      "  {{#yes}}  \n  {{/yes}}  ",
      "x {{#yes}}\ny{{/yes}} z\n{{#yes}} w {{/yes}}\n",
      "\r\r\n\n{{#items}}\r{{/items}}\r",
      "{ {{title}} }} }{ {{!}} }}",
  };
  for (const std::string& text : templates) {
    CAPTURE(text);
    CHECK(CompiledRender(text, data.layers()) == KainjowRender(text, data.layers()));
  }
}

TEST_CASE("compiled templates: what they do not compile") {
  CompiledTemplate tmpl;
  CHECK_FALSE(tmpl.Compile("a {{> partial}} b"));  // the theme expands partials first
  CHECK_FALSE(tmpl.Compile("{{#open}} never closed"));
  CHECK_FALSE(tmpl.Compile("{{#a}} {{/b}}"));
  CHECK_FALSE(tmpl.Compile("{{/a}}"));
  CHECK_FALSE(tmpl.Compile("{{unclosed"));
  CHECK_FALSE(tmpl.Compile("{{=<%>=}}"));
  CHECK(tmpl.Compile("{{#a}}{{/a}}"));
}

TEST_CASE("the theme renders through the compiled path") {
  // Every template of the default theme compiles, so none is left to
  // kainjow's slower renderer.
  Theme theme;
  Diagnostics diag;
  MemoryFileSystem fs;
  REQUIRE(Theme::Load(fs, "", &diag, &theme));
  CHECK(theme.UncompiledTemplates().empty());
}

}  // namespace
}  // namespace clustersite
