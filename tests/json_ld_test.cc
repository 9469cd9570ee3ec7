#include "indexes/json_ld.h"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "test_util.h"

namespace clustersite {
namespace {

using testing::Has;

/// The JSON inside the page's one <script type="application/ld+json">.
std::string ScriptJson(const std::string& html) {
  const std::string open = "<script type=\"application/ld+json\">";
  size_t start = html.find(open);
  if (start == std::string::npos) return "";
  start += open.size();
  return html.substr(start, html.find("</script>", start) - start);
}

}  // namespace

TEST_CASE("JSON for a script element cannot close it or open a comment") {
  nlohmann::ordered_json v;
  v["name"] = "</script><script>alert(1)</script> <!-- & \"quoted\" \\ \u2028";
  std::string text = JsonForScript(v);
  CHECK_FALSE(Has(text, "<"));
  CHECK_FALSE(Has(text, ">"));
  CHECK_FALSE(Has(text, "&"));
  CHECK(text ==
        "{\"name\":\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e "
        "\\u003c!-- \\u0026 \\\"quoted\\\" \\\\ \u2028\"}");
  CHECK(nlohmann::ordered_json::parse(text) == v);  // the same value
}

TEST_CASE("invalid UTF-8 in a value is replaced, never passed through") {
  nlohmann::ordered_json v;
  v["name"] = std::string(
      "a\xff"
      "b");
  CHECK(JsonForScript(v) ==
        "{\"name\":\"a\xef\xbf\xbd"
        "b\"}");
}

TEST_CASE("the cluster home carries its Organization as JSON-LD, hostile values and all") {
  MemoryFileSystem fs = testing::ValidTree();
  fs.Add("content/koks/cluster.yaml",
         "name: \"</script><script>alert('x')</script> & Ko\"\n"
         "vision: \"Koks <!-- ir \\\"nākotne\\\"\"\n"
         "founded: 2015\n"
         "logo: media/logo.svg\n"
         "contact:\n"
         "  name: \"Ilze </script> Ozola\"\n"
         "  role: Koordinatore\n"
         "  email: ilze@example.lv\n"
         "  phone: \"+371 20000000\"\n");
  std::string diagnostics;
  auto files = testing::RenderFiles(fs, Audience::kPublic, &diagnostics);
  std::string home = testing::FileText(files, "koks/index.html");
  std::string json = ScriptJson(home);
  REQUIRE(!json.empty());
  CHECK_FALSE(Has(json, "</"));
  auto org = nlohmann::json::parse(json);
  CHECK(org["@context"] == "https://schema.org");
  CHECK(org["@type"] == "Organization");
  CHECK(org["name"] == "</script><script>alert('x')</script> & Ko");
  CHECK(org["description"] == "Koks <!-- ir \"nākotne\"");
  CHECK(org["url"] == "https://klasteri.example.lv/koks/");
  CHECK(org["logo"] == "https://klasteri.example.lv/koks/media/logo.svg");
  CHECK(org["foundingDate"] == "2015");
  CHECK(org["contactPoint"]["@type"] == "ContactPoint");
  CHECK(org["contactPoint"]["name"] == "Ilze </script> Ozola");
  CHECK(org["contactPoint"]["contactType"] == "Koordinatore");
  CHECK(org["contactPoint"]["email"] == "ilze@example.lv");
  CHECK(org["contactPoint"]["telephone"] == "+371 20000000");
  REQUIRE(org["member"].size() == 1);
  CHECK(org["member"][0]["@type"] == "Organization");
  CHECK(org["member"][0]["name"] == "SIA Koks");
  // Every other context escapes the same values as HTML.
  CHECK(Has(home, "&lt;/script&gt;&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; Ko"));
  CHECK_FALSE(Has(home, "<script>alert"));
  // JSON-LD is for the home page only.
  CHECK(ScriptJson(testing::FileText(files, "koks/services/index.html")).empty());
}

TEST_CASE("JSON-LD never holds a member's contact, not even in the members' build") {
  std::string diagnostics;
  auto files = testing::RenderFiles(testing::ValidTree(), Audience::kMembers, &diagnostics);
  std::string json = ScriptJson(testing::FileText(files, "koks/index.html"));
  REQUIRE(!json.empty());
  CHECK(Has(testing::FileText(files, "koks/members/index.html"), "janis@example.lv"));
  CHECK_FALSE(Has(json, "janis@example.lv"));
  CHECK_FALSE(Has(json, "Jānis Koks"));
}

}  // namespace clustersite
