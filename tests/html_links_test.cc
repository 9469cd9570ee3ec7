#include "check/html_links.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace clustersite {
namespace {

std::vector<std::string> Strings(const std::vector<std::string_view>& views) {
  return {views.begin(), views.end()};
}

std::string Target(const std::string& page, const std::string& link, std::string* fragment) {
  std::string target;
  if (!ResolveLink(page, link, &target, fragment)) return "(outside)";
  return target;
}

}  // namespace

TEST_CASE("the scan finds href, src, action and id values and nothing in text or data-*") {
  HtmlLinks found = ScanHtml(
      "<a href=\"../x/\" data-href=\"no\">a href=&quot;no&quot;</a>\n"
      "<img\nsrc=\"media/a.png\" alt=\"\"><form action=\"./\"><section id=\"top-1\" "
      "aria-labelledby=\"no\"></section>"
      "<script type=\"application/ld+json\">{\"url\":\"x\",\"a\":\"href=\\\"no\\\"\"}</script>");
  CHECK(Strings(found.links) == std::vector<std::string>{"../x/", "media/a.png", "./"});
  CHECK(Strings(found.ids) == std::vector<std::string>{"top-1"});
}

TEST_CASE("attribute values are decoded from the references our writers make") {
  CHECK(DecodeEntities("a&amp;b&lt;&gt;&quot;&apos;&#39;&#x27;") == "a&b<>\"'''");
  CHECK(DecodeEntities("&#257;") == "ā");
  CHECK(DecodeEntities("&unknown; & ;") == "&unknown; & ;");
}

TEST_CASE("links resolve against their page's folder, to index.html for folders") {
  std::string f;
  CHECK(Target("koks/services/x/index.html", "../../stories/", &f) == "koks/stories/index.html");
  CHECK(Target("koks/services/x/index.html", "../../", &f) == "koks/index.html");
  CHECK(Target("koks/services/x/index.html", "../../../", &f) == "index.html");
  CHECK(Target("koks/index.html", "", &f) == "koks/index.html");
  CHECK(Target("koks/index.html", "./", &f) == "koks/index.html");
  CHECK(Target("koks/index.html", "media/logo.svg", &f) == "koks/media/logo.svg");
  CHECK(Target("koks/index.html", "services", &f) == "koks/services");
  CHECK(Target("koks/index.html", "a/./b/../c/", &f) == "koks/a/c/index.html");
  CHECK(Target("koks/index.html", "%73ervices/", &f) == "koks/services/index.html");
  CHECK(Target("koks/404.html", "/koks/search/", &f) == "koks/search/index.html");
  CHECK(Target("koks/index.html", "../../x/", &f) == "(outside)");
  CHECK(Target("index.html", "../", &f) == "(outside)");
}

TEST_CASE("a link's fragment is split off and decoded; a query is dropped") {
  std::string f;
  CHECK(Target("koks/stories/index.html", "#all-stories", &f) == "koks/stories/index.html");
  CHECK(f == "all-stories");
  CHECK(Target("koks/index.html", "stories/?q=x#s-%C4%81", &f) == "koks/stories/index.html");
  CHECK(f == "s-ā");
  Target("koks/index.html", "stories/#", &f);
  CHECK(f == "");
}

}  // namespace clustersite
