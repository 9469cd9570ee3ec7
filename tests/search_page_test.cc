// What a cluster's search finds, and the search page that lists it all
// without JavaScript.

#include "pages/search_page.h"

#include "view_fixture.h"

namespace clustersite {
namespace {

using testing::TextAt;

/// "kind url" of each entry, in order.
std::vector<std::string> KindsAndUrls(const std::vector<SearchEntry>& entries) {
  std::vector<std::string> out;
  for (const SearchEntry& e : entries) out.push_back(Name(e.kind) + " " + e.url);
  return out;
}

}  // namespace

TEST_CASE("the search finds services by use, stories newest first, roadmaps, then members") {
  testing::ViewFixture f(Audience::kMembers);
  CHECK(KindsAndUrls(SearchEntries(f.ctx)) ==
        std::vector<std::string>{"service services/eksports/", "service services/apmacibas/",
                                 "story stories/slepens/", "story stories/publisks/",
                                 "roadmap roadmaps/eksporta-cels/", "member members/#m-sia-koks"});
}

TEST_CASE("the public search cannot find a members-only story") {
  testing::ViewFixture f;
  CHECK(KindsAndUrls(SearchEntries(f.ctx)) ==
        std::vector<std::string>{"service services/eksports/", "service services/apmacibas/",
                                 "story stories/publisks/", "roadmap roadmaps/eksporta-cels/",
                                 "member members/#m-sia-koks"});
}

TEST_CASE("each entry says what it is, and is found by its folded words") {
  testing::ViewFixture f(Audience::kMembers);
  std::vector<SearchEntry> entries = SearchEntries(f.ctx);
  const SearchEntry& service = entries.at(1);
  CHECK(service.label == "Pakalpojums");
  CHECK(service.title == "Apmācības");
  CHECK(service.summary == "Mācāmies.");
  CHECK(service.meta == "izglitiba");
  CHECK(service.text == "apmacibas macamies. izglitiba");
  const SearchEntry& story = entries.at(2);
  CHECK(story.meta == "SIA Koks · " + f.strings.FormatDate(Date{2026, 4, 1}));
  CHECK(story.text == "biedru stasts sia koks eksporta misijas");
  const SearchEntry& roadmap = entries.at(4);
  CHECK(roadmap.meta == f.strings.Get("for_service"));
  CHECK(roadmap.summary == "");
  CHECK(testing::Has(roadmap.text, "sagatavojam braucam"));
  const SearchEntry& member = entries.at(5);
  CHECK(member.label == "Biedrs");
  CHECK(member.meta == "Koka būvniecība · Uzņēmums");
}

TEST_CASE("the search page groups entries by kind, links from search/, and skips empty groups") {
  testing::ViewFixture f;
  std::vector<SearchEntry> entries = {
      {SearchKind::kService, "Pakalpojums", "S", "Summary", "", "services/s/", "s"},
      {SearchKind::kPartner, "Partneris", "P", "", "Izglītība", "members/#m-p", "p"},
      {SearchKind::kMember, "Biedrs", "M", "", "", "members/#m-m", "m"},
  };
  MustacheData d = ToData(BuildSearchPage(f.ctx, entries));
  CHECK(TextAt(d, "page.is_search") == "true");
  const auto& groups = d.get("groups")->list_value();
  REQUIRE(groups.size() == 2);
  CHECK(TextAt(groups[0], "kind") == "service");
  CHECK(TextAt(groups[0], "title") == "Pakalpojumi");
  CHECK(TextAt(groups[0], "count") == "1");
  const MustacheData& service = groups[0].get("items")->list_value().at(0);
  CHECK(TextAt(service, "url") == "../services/s/");
  CHECK(TextAt(service, "summary") == "Summary");
  CHECK(TextAt(service, "meta") == "(none)");
  CHECK(TextAt(groups[1], "kind") == "member");
  CHECK(TextAt(groups[1], "count") == "2");
  const auto& members = groups[1].get("items")->list_value();
  CHECK(TextAt(members.at(0), "meta") == "Izglītība · Partneris");
  CHECK(TextAt(members.at(0), "url") == "../members/#m-p");
  CHECK(TextAt(members.at(1), "meta") == "(none)");
}

}  // namespace clustersite
