// The search index each cluster's search page loads: what it holds for each
// audience, and JSON that means exactly the entries.

#include "indexes/search_index.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>

#include "test_util.h"
#include "theme/i18n.h"

namespace clustersite {
namespace {

namespace fs = std::filesystem;
using testing::Has;

/// The index of `entries` for a cluster whose UI language is `lang`.
std::string IndexOf(const std::string& lang, const std::vector<SearchEntry>& entries) {
  MemoryFileSystem none;
  Theme theme;
  Diagnostics diag;
  REQUIRE(Theme::Load(none, "", &diag, &theme));
  Strings strings;
  REQUIRE(Strings::Load(theme, lang, &diag, &strings));
  ClusterContext ctx;
  ctx.strings = &strings;
  return SearchIndexJson(ctx, entries);
}

}  // namespace

TEST_CASE("the search index holds the audience's services, stories, roadmaps and members") {
  auto pub = nlohmann::json::parse(testing::Built().Public("koks/search/index.json"));
  auto mem = nlohmann::json::parse(testing::Built().Members("koks/search/index.json"));
  CHECK(pub["language"] == "lv");
  auto titles = [](const nlohmann::json& index) {
    std::set<std::string> out;
    for (const auto& item : index["items"])
      out.insert(item["kind"].get<std::string>() + ":" + item["title"].get<std::string>());
    return out;
  };
  auto p = titles(pub), m = titles(mem);
  CHECK(p.count("service:Tirdzniecības misijas") == 1);
  CHECK(p.count("story:Kā SIA Formatus atrada pirmo klientu Norvēģijā") == 1);
  CHECK(p.count("roadmap:Jaunā biedra ceļa karte") == 1);
  CHECK(p.count("member:SIA Formatus") == 1);
  CHECK(p.count("partner:Zemgales Tehnoloģiju universitāte") == 1);
  CHECK(p.count("service:Pircēju un partneru datubāze") == 0);
  CHECK(m.count("service:Pircēju un partneru datubāze") == 1);
  for (const auto& item : mem["items"]) {
    if (item["kind"] == "story") CHECK(item["title"] != "");
  }
  CHECK(m.size() > p.size());
  CHECK_FALSE(Has(testing::Built().Public("koks/search/index.json"), "EkoSiltums pielāgo"));
  CHECK(Has(testing::Built().Members("koks/search/index.json"), "EkoSiltums pielāgo"));
  // Each entry's URL is a page of the build.
  for (const auto& item : pub["items"]) {
    std::string url = item["url"];
    std::string page = url.substr(0, url.find('#'));
    CHECK(fs::exists(testing::Built().root + "/public/koks/" + page + "index.html"));
  }
}

TEST_CASE("each search entry keeps its fields in order, an empty summary or meta left out") {
  std::string json = IndexOf("en", {{SearchKind::kService, "Service", "Export", "Together.",
                                     "Exports", "services/export/", "export together"},
                                    {SearchKind::kMember, "Member", "SIA Koks", "", "",
                                     "members/#m-sia-koks", "sia koks"}});
  CHECK(json ==
        "{\"language\":\"en\",\"items\":["
        "{\"kind\":\"service\",\"label\":\"Service\",\"title\":\"Export\",\"summary\":"
        "\"Together.\",\"meta\":\"Exports\",\"url\":\"services/export/\",\"text\":\"export "
        "together\"},"
        "{\"kind\":\"member\",\"label\":\"Member\",\"title\":\"SIA Koks\",\"url\":\"members/"
        "#m-sia-koks\",\"text\":\"sia koks\"}]}\n");
  CHECK(IndexOf("lv", {}) == "{\"language\":\"lv\",\"items\":[]}\n");
}

TEST_CASE("hostile titles come out of the search index as the same text, closing nothing") {
  const std::string title = "\"</script><!-- \\ \u2028 &amp;";
  std::string json =
      IndexOf("lv", {{SearchKind::kStory, "Stāsts", title, "", "", "stories/x/", "x"}});
  CHECK_FALSE(Has(json, "</script>"));
  CHECK_FALSE(Has(json, "<!--"));
  auto index = nlohmann::json::parse(json);
  CHECK(index["items"][0]["title"] == title);
}

}  // namespace clustersite
