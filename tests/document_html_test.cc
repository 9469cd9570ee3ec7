// Turning a page's HTML into part of a print document (the welcome kit):
// anchors, data: URIs, unique ids; CSS strings.

#include "document/document_html.h"

#include <doctest/doctest.h>

namespace clustersite {
namespace {

struct Rules {
  std::map<std::string, std::string> anchors = {{"services/eksports", "svc-eksports"},
                                                {"about", "kit-about"}};
  MediaReader read = [](const std::string& rel, std::string* bytes, std::string*) {
    if (rel != "koks/media/a.png") return false;
    *bytes = "PNG";
    return true;
  };
  KitHtmlRules rules;
  Rules(const std::string& base_url) {
    rules.page_dir = "stories/x/";
    rules.cluster = "koks";
    rules.anchors = &anchors;
    rules.base_url = base_url;
    rules.read_media = &read;
  }
};

std::string Adapt(const std::string& html, const std::string& base_url = "",
                  std::string* missing = nullptr) {
  Rules r(base_url);
  return AdaptForKit(html, r.rules, missing);
}

}  // namespace

TEST_CASE("links to pages in the kit become in-page anchors") {
  CHECK(Adapt("<p><a href=\"../../services/eksports/\">E</a></p>") ==
        "<p><a href=\"#svc-eksports\">E</a></p>");
  CHECK(Adapt("<a href=\"../../about/#vesture\" title=\"t\">A</a>") ==
        "<a href=\"#kit-about\" title=\"t\">A</a>");
}

TEST_CASE("links to pages not in the kit become absolute, or text without a site address") {
  CHECK(Adapt("<a href=\"../../roadmaps/cits/\">R</a>", "https://koks.example.lv/") ==
        "<a href=\"https://koks.example.lv/roadmaps/cits/\">R</a>");
  CHECK(Adapt("<p>See <a href=\"../../roadmaps/cits/\">the <em>R</em></a>.</p>") ==
        "<p>See the <em>R</em>.</p>");
  CHECK(Adapt("<a href=\"https://example.lv/a?b&amp;c\">x</a>") ==
        "<a href=\"https://example.lv/a?b&amp;c\">x</a>");
  CHECK(Adapt("<a href=\"mailto:a@b.lv\">m</a>") == "<a href=\"mailto:a@b.lv\">m</a>");
}

TEST_CASE("images become data: URIs; one that cannot be read is reported") {
  CHECK(Adapt("<img src=\"../../media/a.png\" alt=\"A\" />") ==
        "<img src=\"data:image/png;base64,UE5H\" alt=\"A\" />");
  std::string missing;
  CHECK(Adapt("<img src=\"../../media/b.png\" alt=\"B\" />", "", &missing) ==
        "<img src=\"\" alt=\"B\" />");
  CHECK(missing == "koks/media/b.png");
}

TEST_CASE("data: URIs are base64 with the file's MIME type") {
  CHECK(DataUri("a.svg", "") == "data:image/svg+xml;base64,");
  CHECK(DataUri("a.PNG", "f") == "data:image/png;base64,Zg==");
  CHECK(DataUri("a.jpg", "fo") == "data:image/jpeg;base64,Zm8=");
  CHECK(DataUri("k.woff2", "foob") == "data:font/woff2;base64,Zm9vYg==");
  CHECK(DataUri("x", std::string("\xff\xfe\x00", 3)) ==
        "data:application/octet-stream;base64,//4A");
}

TEST_CASE("ids get a prefix and headings move down a level") {
  Rules r("");
  r.rules.id_prefix = "story-x-";
  r.rules.heading_shift = 2;
  CHECK(AdaptForKit("<h2>T</h2><p id=\"fn1\"><a href=\"#fn1\">1</a></p><h5>D</h5>", r.rules,
                    nullptr) ==
        "<h4>T</h4><p id=\"story-x-fn1\"><a href=\"#story-x-fn1\">1</a></p><h6>D</h6>");
}

TEST_CASE("CSS strings escape what could end them or the style element") {
  CHECK(CssString("Koks") == "\"Koks\"");
  CHECK(CssString("a\"b\\c</style>") == "\"a\\22 b\\5c c\\3c /style\\3e \"");
  CHECK(CssString("ē\n") == "\"ē\\a \"");
}

}  // namespace clustersite
