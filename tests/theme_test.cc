// The theme: the default theme overridden file by file by a theme folder,
// partials expanded when it loads, templates rendered over page and shared
// data, and the escaping of `{{variables}}`.

#include "theme/theme.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <map>

#include "test_util.h"

namespace clustersite {
namespace {

/// The default theme with the theme folder "theme" of `fs` over it; every
/// diagnostic in `*errors`.
bool LoadTheme(const MemoryFileSystem& fs, Theme* theme, std::string* errors) {
  Diagnostics diag;
  bool ok = Theme::Load(fs, "theme", &diag, theme);
  *errors = diag.ToString();
  return ok;
}

/// A theme folder "theme" holding `files`, by their paths inside it.
MemoryFileSystem Folder(const std::map<std::string, std::string>& files) {
  MemoryFileSystem fs;
  for (const auto& [path, text] : files) fs.Add("theme/" + path, text);
  return fs;
}

bool Contains(const std::vector<std::string>& paths, const std::string& path) {
  return std::find(paths.begin(), paths.end(), path) != paths.end();
}

/// An object {key: value} for each pair.
MustacheData Data(const std::vector<std::pair<std::string, MustacheData>>& fields) {
  MustacheData d = Object();
  for (const auto& [key, value] : fields) Put(d, key, value);
  return d;
}

}  // namespace

TEST_CASE("a theme folder overrides the default theme file by file and is named as the origin") {
  Theme theme;
  std::string errors;
  REQUIRE(LoadTheme(
      Folder({{"static/style.css", "body{}"}, {"static/extra.css", "p{}"}, {".swap.css", "x"}}),
      &theme, &errors));
  CHECK(errors == "");
  CHECK(*theme.File("static/style.css") == "body{}");
  CHECK(theme.Origin("static/style.css") == "theme/static/style.css");
  CHECK(theme.Origin("static/search.js") == "themes/default/static/search.js");
  CHECK(theme.Origin("static/none.css") == "static/none.css");
  CHECK(theme.File("static/none.css") == nullptr);
  CHECK(theme.StaticFiles() ==
        std::vector<std::string>{"static/extra.css", "static/search.js", "static/style.css"});
}

TEST_CASE("a missing theme folder, a link or a device in it, are errors at their paths") {
  Theme missing;
  std::string errors;
  CHECK_FALSE(LoadTheme(MemoryFileSystem(), &missing, &errors));
  CHECK(errors == "theme: error: theme folder not found\n");
  MemoryFileSystem fs = Folder({{"static/style.css", "body{}"}});
  fs.AddSymlink("theme/static/link.css");
  Theme linked;
  LoadTheme(fs, &linked, &errors);
  CHECK(errors ==
        "theme/static/link.css: error: is a symbolic link; clustersite reads only real files of a "
        "theme folder\n");
}

TEST_CASE("a template's partials come from the theme folder and its variables are escaped") {
  Theme theme;
  std::string errors;
  REQUIRE(LoadTheme(Folder({{"templates/probe.html", "<b>{{> greet}}</b>"},
                            {"partials/greet.html", "Sveiki, {{name}}!"},
                            {"templates/probe.txt", "{{name}}"},
                            {"templates/probe.css", "{{name}}"}}),
                    &theme, &errors));
  CHECK(theme.Render("probe", Data({{"name", "<A & 'B'>"}})) ==
        "<b>Sveiki, &lt;A &amp; &apos;B&apos;&gt;!</b>");
  CHECK(theme.HasTemplate("probe.txt"));
  CHECK_FALSE(theme.HasTemplate("probe.css"));
  CHECK(theme.Render("no-such-template", Object()) == "");
  CHECK(Contains(theme.TemplateSources(), "templates/probe.html"));
  CHECK(Contains(theme.TemplateSources(), "partials/greet.html"));
  CHECK_FALSE(Contains(theme.TemplateSources(), "templates/probe.txt"));
}

TEST_CASE("a page's data is looked up before the shared data, dotted names in both") {
  Theme theme;
  std::string errors;
  REQUIRE(LoadTheme(
      Folder({{"templates/probe.html", "{{title}}|{{site.name}}|{{page.title}}|{{t.x}}"}}), &theme,
      &errors));
  MustacheData shared = Data({{"title", "Shared"},
                              {"site", Data({{"name", "Koks"}})},
                              {"page", Data({{"title", "Shared page"}})}});
  MustacheData page = Data({{"title", "Page"}, {"page", Data({{"title", "Own page"}})}});
  CHECK(theme.Render("probe", shared, page) == "Page|Koks|Own page|");
}

TEST_CASE("a template's file: .html is implied, other extensions are written") {
  CHECK(Theme::TemplatePath("home") == "templates/home.html");
  CHECK(Theme::TemplatePath("feed.xml") == "templates/feed.xml");
}

TEST_CASE("HTML escaping replaces the five characters kainjow escapes and keeps the rest") {
  CHECK(HtmlEscape("Koks") == "Koks");
  CHECK(HtmlEscape("a&b<c>d\"e'f") == "a&amp;b&lt;c&gt;d&quot;e&apos;f");
  CHECK(HtmlEscape("&&") == "&amp;&amp;");
  CHECK(HtmlEscape("ā<") == "ā&lt;");
}

TEST_CASE("a self-including partial is an error, not a crash") {
  std::map<std::string, std::string> partials = {{"a", "x{{> b}}"}, {"b", "y{{> a}}"}};
  std::string out, err;
  CHECK_FALSE(ExpandPartials("{{> a}}", partials, 0, &out, &err));
  CHECK(err == "partial `a` includes itself (or partials nest over 16 deep)");
}

TEST_CASE("partials expand in place; a missing or unclosed one is an error") {
  std::map<std::string, std::string> partials = {{"a", "<{{> b }}>"}, {"b", "B"}};
  std::string out, err;
  CHECK(ExpandPartials("1{{>a}}2", partials, 0, &out, &err));
  CHECK(out == "1<B>2");
  out.clear();
  CHECK_FALSE(ExpandPartials("{{> c}}", partials, 0, &out, &err));
  CHECK(err == "partial `c` does not exist");
  CHECK_FALSE(ExpandPartials("{{> a", partials, 0, &out, &err));
  CHECK(err == "unclosed partial tag");
}

TEST_CASE("template data is built by moving values into objects and lists") {
  MustacheData names = NameList({"Eksports", "Būvniecība"});
  REQUIRE(names.is_list());
  REQUIRE(names.list_value().size() == 2);
  CHECK(names.list_value()[1].get("name")->string_value() == "Būvniecība");
  MustacheData list = List();
  Append(list, "x");
  CHECK(list.list_value().size() == 1);
  MustacheData text("text");
  Put(text, "k", "v");  // not an object: left as it is
  Append(text, "y");    // not a list: left as it is
  CHECK(text.string_value() == "text");
}

TEST_CASE("a growing list moves its items to their new room, never copies them") {
  // A copy would give the first item's text new storage while the old one
  // is still there; a move keeps its storage.
  MustacheData list = List();
  Append(list, std::string(1000, 'a'));
  const char* first = list.list_value()[0].string_value().data();
  for (int i = 0; i < 100; ++i) {
    Append(list, std::string(1000, 'b'));
    REQUIRE(list.list_value()[0].string_value().data() == first);
  }
  CHECK(list.list_value().size() == 101);
  CHECK(list.list_value()[0].string_value() == std::string(1000, 'a'));
  CHECK(list.list_value()[100].string_value() == std::string(1000, 'b'));
}

}  // namespace clustersite
