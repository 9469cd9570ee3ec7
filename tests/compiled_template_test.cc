// The compiled template path: every template renders to exactly what
// kainjow's renderer makes of it over the same data, its line handling
// included, since a theme written for one is rendered by the other.

#include "theme/compiled_template.h"

#include <doctest/doctest.h>

#include <kainjow/mustache.hpp>
#include <string>
#include <vector>

#include "theme/theme.h"

namespace clustersite {
namespace {

/// `data` as kainjow's data.
kainjow::mustache::data ToKainjow(const MustacheData& data) {
  if (data.is_string()) return {data.string_value()};
  if (data.is_true() || data.is_false()) return {data.is_true()};
  if (data.is_list()) {
    kainjow::mustache::data list(kainjow::mustache::data::type::list);
    for (const MustacheData& item : data.list_value()) list.push_back(ToKainjow(item));
    return list;
  }
  kainjow::mustache::data object(kainjow::mustache::data::type::object);
  for (const std::string& name : data.names()) object.set(name, ToKainjow(*data.get(name)));
  return object;
}

/// What kainjow renders of `text` over `layers` (outermost first), with the
/// theme's escaping: its context looks a dotted name up part by part as
/// CompiledTemplate does.
std::string KainjowRender(const std::string& text, const std::vector<const MustacheData*>& layers) {
  kainjow::mustache::mustache tmpl(text);
  tmpl.set_custom_escape(HtmlEscape);
  REQUIRE_MESSAGE(tmpl.is_valid(), tmpl.error_message());
  std::vector<kainjow::mustache::data> converted;
  converted.reserve(layers.size());
  for (const MustacheData* layer : layers) converted.push_back(ToKainjow(*layer));
  kainjow::mustache::context<std::string> ctx;
  for (const kainjow::mustache::data& layer : converted) ctx.push(&layer);
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

TEST_CASE("template data: fields found however many, a field put again replaced") {
  // Past the fields an object looks through one by one, it keeps them
  // sorted: both ways, every field is found and none twice.
  for (int count : {3, 23, 24, 25, 300}) {
    MustacheData d = Object();
    for (int i = count - 1; i >= 0; --i) Put(d, "key" + std::to_string(i), std::to_string(i));
    Put(d, "key0", "again");
    for (int i = 1; i < count; ++i) {
      const MustacheData* field = d.get("key" + std::to_string(i));
      REQUIRE(field);
      CHECK(field->string_value() == std::to_string(i));
    }
    CHECK(d.get("key0")->string_value() == "again");
    CHECK_FALSE(d.get("key"));
    CHECK_FALSE(d.get("key" + std::to_string(count)));
    CHECK(d.names().size() == static_cast<size_t>(count));
  }
  MustacheData text("x");
  Put(text, "a", "b");  // not an object: nothing
  CHECK_FALSE(text.get("a"));
  Append(text, "c");
  CHECK(text.is_string());
}

}  // namespace
}  // namespace clustersite
