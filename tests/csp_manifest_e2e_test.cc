// End-to-end: the `.csp.json` every build writes, over the example content/.

#include <doctest/doctest.h>

#include <string>

#include "deploy/csp_manifest.h"
#include "test_util.h"

namespace clustersite {
namespace {

using testing::Built;

CspManifest Manifest(const std::string& text) {
  CspManifest m;
  std::string error;
  REQUIRE_MESSAGE(ParseCspManifest(text, &m, &error), error);
  return m;
}

/// The text of the first element `<open ...>` of `html`, up to `</name>`.
std::string ElementText(const std::string& html, const std::string& open, const std::string& name) {
  size_t at = html.find(open);
  REQUIRE(at != std::string::npos);
  size_t start = html.find('>', at) + 1;
  return html.substr(start, html.find("</" + name + ">", start) - start);
}

}  // namespace

TEST_CASE("the public build's manifest says who it is for, where it is and its clusters") {
  CspManifest m = Manifest(Built().Public(".csp.json"));
  CHECK(m.audience == "public");
  CHECK(m.base_url == "https://klasteri.example.lv/");
  CHECK(m.clusters == std::set<std::string>{"baltic-logistics", "koks", "veseliga-partika"});
  CHECK(Manifest(Built().Members(".csp.json")).audience == "members");
}

TEST_CASE("the manifest has the hash of the brand colour's style element, not JSON-LD's") {
  const std::string page = Built().Public("koks/index.html");
  const std::string brand = ElementText(page, "<style>", "style");
  CHECK(brand.starts_with(":root{--brand:"));
  const std::string json_ld = ElementText(page, "<script type=\"application/ld+json\"", "script");
  CHECK(json_ld.find("Organization") != std::string::npos);
  CspManifest m = Manifest(Built().Public(".csp.json"));
  CHECK(m.pages.styles.count(CspHash(brand)) == 1);
  CHECK(m.pages.scripts.count(CspHash(json_ld)) == 0);
  for (const auto& [path, code] : m.documents) CHECK(code.styles.count(CspHash(brand)) == 0);
}

TEST_CASE("the manifest lists the print documents with the hashes of their styles") {
  CspManifest m = Manifest(Built().Members(".csp.json"));
  CHECK(m.documents.count("koks/welcome-kit/index.html") == 1);
  bool handout = false;
  for (const auto& [path, code] : m.documents) {
    if (path.ends_with("/handout.html")) handout = true;
  }
  CHECK(handout);
  CHECK(m.documents.count("koks/index.html") == 0);
  const std::string kit = Built().Members("koks/welcome-kit/index.html");
  // Two style elements: the one every kit shares (fonts, theme CSS), and
  // the kit's own (brand colours, page rules).
  const std::string shared = ElementText(kit, "<style", "style");
  const std::string own = ElementText(kit.substr(kit.find("</style>") + 8), "<style", "style");
  CHECK(shared.find("@font-face") != std::string::npos);
  CHECK(own.find("@page") != std::string::npos);
  CHECK(m.documents["koks/welcome-kit/index.html"].styles ==
        std::set<std::string>{CspHash(shared), CspHash(own)});
  CHECK(m.pages.styles.count(CspHash(ElementText(kit, "<style", "style"))) == 0);
}

}  // namespace clustersite
