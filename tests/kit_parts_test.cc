// The data of the welcome kit's longer parts: services, stories, members,
// the new-member roadmap and the next steps, plain and for one member.

#include "kit/kit_parts.h"

#include "kit/kit_context.h"
#include "view_fixture.h"

namespace clustersite {
namespace {

using testing::TextAt;

/// A kit of the fixture's cluster, for `member` when one is given.
struct KitFixture : testing::ViewFixture {
  KitOptions options;
  KitContext k{ctx, options, {}, "", {}, {}};

  explicit KitFixture(Audience audience = Audience::kPublic, const Member* member = nullptr)
      : ViewFixture(audience) {
    options.member = member;
    k.interests = MemberInterests(options);
  }
};

/// `field` of each item of the list `list`.
std::vector<std::string> Each(const MustacheData* list, const std::string& field) {
  std::vector<std::string> out;
  for (const MustacheData& item : list->list_value()) out.push_back(TextAt(item, field));
  return out;
}

Member NewMember(const std::string& name, const std::string& sector,
                 std::vector<std::string> interests, MemberKind kind = MemberKind::kMember) {
  Member m;
  m.name = name;
  m.sector = sector;
  m.interests = std::move(interests);
  m.kind = kind;
  return m;
}

Service NewService(const std::string& slug, const std::string& category) {
  Service s;
  s.slug = slug;
  s.title = slug;
  s.category = category;
  return s;
}

}  // namespace

TEST_CASE("the kit's services: the three most used, then the rest by category in order of use") {
  KitFixture f;
  f.site.portal.clusters.at(0).categories = {{"b", "Bē"}};
  Service s3 = NewService("s3", "a"), s4 = NewService("s4", "b"), s5 = NewService("s5", "a"),
          s6 = NewService("s6", "b");
  for (const Service* s : {&s3, &s4, &s5, &s6}) f.view.services.push_back(s);
  MustacheData d = KitServices(f.k);
  CHECK(Each(d.get("top"), "id") ==
        std::vector<std::string>{"svc-eksports", "svc-apmacibas", "svc-s3"});
  CHECK(Each(d.get("top"), "rank") == std::vector<std::string>{"1", "2", "3"});
  CHECK(Each(d.get("categories"), "name") == std::vector<std::string>{"Bē", "a"});
  const auto& categories = d.get("categories")->list_value();
  CHECK(Each(categories[0].get("services"), "id") == std::vector<std::string>{"svc-s4", "svc-s6"});
  CHECK(Each(categories[1].get("services"), "id") == std::vector<std::string>{"svc-s5"});
  CHECK(TextAt(d, "has_top") == "true");
  CHECK(TextAt(d, "none") == "false");
}

TEST_CASE("a kit's service carries its roadmap's steps, its contact, and whether it suits") {
  Member me = NewMember("SIA Koks", "Koka būvniecība", {"izglitiba"});
  KitFixture f(Audience::kMembers, &me);
  MustacheData d = KitServices(f.k);
  const auto& top = d.get("top")->list_value();
  CHECK(TextAt(top[0], "roadmap.id") == "svc-eksports-steps");
  CHECK(TextAt(top[0], "roadmap.title") == "Eksporta ceļš");
  CHECK(top[0].get("roadmap")->get("steps")->list_value().size() == 2);
  CHECK(TextAt(top[0], "contact.name") == "Ilze Ozola");
  CHECK(TextAt(top[0], "for_you") == "false");
  CHECK(TextAt(top[1], "roadmap") == "false");
  CHECK(TextAt(top[1], "for_you") == "true");
  f.view.services.clear();
  CHECK(TextAt(KitServices(f.k), "none") == "true");
}

TEST_CASE("the kit's stories are grouped by service, each told in full the first time only") {
  KitFixture f(Audience::kMembers);
  f.view.stories_by_service["apmacibas"] = {f.view.stories.at(1)};
  MustacheData groups = KitStories(f.k);
  CHECK(Each(&groups, "service_id") == std::vector<std::string>{"svc-eksports", "svc-apmacibas"});
  const auto& list = groups.list_value();
  CHECK(Each(list[0].get("stories"), "id") ==
        std::vector<std::string>{"story-slepens", "story-publisks"});
  CHECK(Each(list[0].get("stories"), "full") == std::vector<std::string>{"true", "true"});
  CHECK(Each(list[1].get("stories"), "full") == std::vector<std::string>{"(none)"});
}

TEST_CASE("the kit's members are by sector, and a member's closest come first with the reason") {
  Member me = NewMember("SIA Koks", "Koka būvniecība", {"eksports"});
  Member near = NewMember("AS Mežs", "Mežsaimniecība", {"eksports", "izglitiba"});
  Member same = NewMember("SIA Dēlis", "Koka būvniecība", {});
  Member school = NewMember("Skola", "Koka būvniecība", {}, MemberKind::kPartner);
  Member far = NewMember("Aizkraukles skola", "Izglītība", {"izglitiba"}, MemberKind::kPartner);
  KitFixture f(Audience::kMembers, &me);
  f.view.members = {&far, &near, &same, &school, &me};
  MustacheData d = KitMembers(f.k);
  CHECK(Each(d.get("tables"), "title") == std::vector<std::string>{"Jums tuvākie biedri",
                                                                   "Izglītība", "Koka būvniecība",
                                                                   "Mežsaimniecība"});
  const auto& tables = d.get("tables")->list_value();
  CHECK(Each(tables[0].get("rows"), "name") ==
        std::vector<std::string>{"AS Mežs", "SIA Dēlis", "Skola"});
  CHECK(
      Each(tables[0].get("rows"), "why") ==
      std::vector<std::string>{"kopīgas intereses: eksports", "tā pati nozare", "tā pati nozare"});
  CHECK(TextAt(tables[0], "intro") == "Biedri no jūsu nozares vai ar kopīgām interesēm.");
  CHECK(Each(tables[2].get("rows"), "name") ==
        std::vector<std::string>{"SIA Dēlis", "Skola", "SIA Koks"});
  CHECK(Each(tables[2].get("rows"), "partner") ==
        std::vector<std::string>{"false", "true", "false"});
  CHECK(TextAt(tables[0], "contacts") == "true");
}

TEST_CASE("a plain public kit marks no member as close and shows no contacts") {
  KitFixture f;
  MustacheData d = KitMembers(f.k);
  const auto& tables = d.get("tables")->list_value();
  REQUIRE(tables.size() == 1);
  CHECK(TextAt(tables[0], "title") == "Koka būvniecība");
  CHECK(TextAt(tables[0], "contacts") == "false");
  const MustacheData& row = tables[0].get("rows")->list_value().at(0);
  CHECK(TextAt(row, "contact") == "(none)");
  CHECK(TextAt(row, "for_you") == "(none)");
  CHECK(TextAt(row, "type_label") == "Uzņēmums");
  CHECK(TextAt(row, "size_label") == f.strings.Get("size_sme"));
}

TEST_CASE("a member's website is shown without scheme, www. and trailing slash") {
  KitFixture f;
  Member m = NewMember("SIA Koks", "Koka būvniecība", {});
  m.website = "https://www.koks.example.lv/";
  f.view.members = {&m};
  MustacheData d = KitMembers(f.k);
  const MustacheData& row = d.get("tables")->list_value().at(0).get("rows")->list_value().at(0);
  CHECK(TextAt(row, "website") == "https://www.koks.example.lv/");
  CHECK(TextAt(row, "website_label") == "koks.example.lv");
}

TEST_CASE("the kit's roadmap ends with presenting yourself at the next meeting, once") {
  KitFixture f;
  MustacheData none = KitRoadmap(f.k);
  CHECK(TextAt(none, "title") == "(none)");
  CHECK(TextAt(none, "present.number") == "1");
  CHECK(TextAt(none, "present.who") == "member");
  CHECK(TextAt(none, "present.when") == "2026. gada 3. decembris");
  Roadmap& r = f.site.portal.clusters.at(0).roadmaps.at(0);
  r.kind = RoadmapFor::kNew;
  MustacheData two_steps = KitRoadmap(f.k);
  CHECK(TextAt(two_steps, "title") == "Eksporta ceļš");
  CHECK(TextAt(two_steps, "present.number") == "3");
  r.steps.back().when_date = Date{2026, 12, 3};
  CHECK(TextAt(KitRoadmap(f.k), "present") == "(none)");
}

TEST_CASE("the kit's next steps are numbered, and the first service is the one that suits") {
  Member me = NewMember("SIA Koks", "Koka būvniecība", {"izglitiba"});
  KitFixture f(Audience::kMembers, &me);
  MustacheData steps = KitNextSteps(f.k);
  CHECK(Each(&steps, "number") == std::vector<std::string>{"1", "2", "3", "4"});
  CHECK(Each(&steps, "title") ==
        std::vector<std::string>{
            "Sazinieties ar savu kontaktpersonu", "Izvēlieties pirmo pakalpojumu",
            "Piesakieties nākamajai biedru sapulcei", "Jaunumi un visi materiāli tīmekļvietnē"});
  const auto& list = steps.list_value();
  CHECK(TextAt(list[0], "contact.name") == "Ilze Ozola");
  CHECK(TextAt(list[1], "link") == "#svc-apmacibas");
  CHECK(TextAt(list[2], "text") == "2026. gada 3. decembris");
  CHECK(TextAt(list[3], "link") == "https://klasteri.example.lv/koks/");
  CHECK(TextAt(list[3], "link_text") == "klasteri.example.lv/koks");
}

TEST_CASE("without a suiting service, an address or a new-member roadmap, those steps change") {
  KitFixture f;
  f.ctx.base_url.clear();
  f.site.portal.clusters.at(0).roadmaps.at(0).kind = RoadmapFor::kNew;
  MustacheData steps = KitNextSteps(f.k);
  CHECK(Each(&steps, "link") ==
        std::vector<std::string>{"(none)", "#svc-eksports", "#kit-roadmap", "(none)"});
  CHECK(TextAt(steps.list_value()[2], "link_text") == "Eksporta ceļš");
}

}  // namespace clustersite
