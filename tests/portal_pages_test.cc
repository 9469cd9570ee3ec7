// The portal index and its 404 page: one card per cluster, the portal's
// title and address, and what robots may do in each audience.

#include "pages/portal_pages.h"

#include "view_fixture.h"

namespace clustersite {
namespace {

using testing::Built;
using testing::FileText;
using testing::Has;
using testing::TextAt;

const std::string kUrl = "https://klasteri.example.lv/";

/// The portal index and 404 page of ValidTree for `audience`, at `url`.
std::vector<OutputFile> PortalFiles(Audience audience, const std::string& url) {
  testing::ViewFixture f(audience);
  MemorySink sink;
  RenderPortalPages(f.site.portal, f.site.theme, f.strings, audience, url, &sink);
  return sink.Take();
}

}  // namespace

TEST_CASE("the portal index lists every cluster with its vision") {
  std::string html = Built().Public("index.html");
  CHECK(Has(html, "<html lang=\"lv\">"));
  CHECK(Has(html, "Latvijas klasteri"));
  CHECK(Has(html, "href=\"koks/\""));
  CHECK(Has(html, "href=\"veseliga-partika/\""));
  CHECK(Has(html, "href=\"baltic-logistics/\""));
  CHECK(Has(html, "Latvijas koka ēkas — pirmā izvēle Ziemeļeiropā"));
}

TEST_CASE("a cluster's card on the portal links its folder, search, logo, label and sectors") {
  testing::ViewFixture f;
  MustacheData d = ToData(BuildPortal(f.site.portal, f.strings, Audience::kPublic, "", kUrl));
  CHECK(TextAt(d, "portal.title") == "Klasteri");
  CHECK(TextAt(d, "page.canonical") == kUrl);
  CHECK(TextAt(d, "page.robots") == "(none)");
  CHECK(TextAt(d, "has_clusters") == "true");
  const MustacheData& card = d.get("clusters")->list_value().at(0);
  CHECK(TextAt(card, "url") == "koks/");
  CHECK(TextAt(card, "search_url") == "koks/search/");
  CHECK(TextAt(card, "logo") == "koks/media/logo.svg");
  CHECK(TextAt(card, "label") == "silver");
  CHECK(TextAt(card, "label_name") == f.strings.Get("label_silver"));
  CHECK(TextAt(card, "language") == "lv");
  CHECK(TextAt(card.get("sectors")->list_value().at(0), "name") == "Koka būvniecība");
}

TEST_CASE("a portal without a title takes the theme's, and the members' portal is not indexed") {
  testing::ViewFixture f(Audience::kMembers);
  f.site.portal.title.clear();
  f.site.portal.clusters.at(0).label = Label::kNone;
  MustacheData d = ToData(BuildPortal(f.site.portal, f.strings, Audience::kMembers, "/", ""));
  CHECK(TextAt(d, "portal.title") == f.strings.Get("portal_title"));
  CHECK(TextAt(d, "site.title") == f.strings.Get("portal_title"));
  CHECK(TextAt(d, "page.robots") == "noindex, nofollow");
  CHECK(TextAt(d, "page.canonical") == "(none)");
  const MustacheData& card = d.get("clusters")->list_value().at(0);
  CHECK(TextAt(card, "url") == "/koks/");
  CHECK(TextAt(card, "label") == "(none)");
}

TEST_CASE("the portal's 404 page links from the portal's address, else from the host's root") {
  std::vector<OutputFile> files = PortalFiles(Audience::kPublic, kUrl);
  REQUIRE(files.size() == 2);
  CHECK(Has(FileText(files, "index.html"), "<a href=\"koks/\">"));
  std::string error = FileText(files, "404.html");
  CHECK(Has(error, "<a href=\"https://klasteri.example.lv/koks/\" lang=\"lv\">"));
  CHECK(Has(error, "<meta name=\"robots\" content=\"noindex\">"));
  CHECK_FALSE(Has(error, "rel=\"canonical\""));
  CHECK(Has(FileText(PortalFiles(Audience::kPublic, ""), "404.html"),
            "<a href=\"/koks/\" lang=\"lv\">"));
}

}  // namespace clustersite
