// The annual visit brief: what it offers a member, whose stories it tells,
// and that it is the staff's alone. How it prints is checked by
// tests/kit_print.sh.

#include "visit/visit_brief.h"

#include "document/document_html.h"
#include "test_util.h"
#include "view_fixture.h"

namespace clustersite {
namespace {

using testing::FileText;
using testing::Has;
using testing::InOrder;

const Member& MemberNamed(const ClusterView& v, const std::string& name) {
  for (const Member* m : v.members) {
    if (m->name == name) return *m;
  }
  FAIL("no member " << name);
  return *v.members.front();
}

const Service& Eksports(const ClusterView& v) { return *v.service_by_slug.at("eksports"); }

/// The brief of the member `slug` of `tree`.
std::string Brief(const std::string& slug, const MemoryFileSystem& tree = testing::StaffTree()) {
  std::string diags;
  auto files = testing::RenderFiles(tree, Audience::kStaff, &diags);
  INFO(diags);
  return FileText(files, "koks/staff/visits/" + slug + ".html");
}

}  // namespace

TEST_CASE("a brief offers the services of the member's interests that it never used") {
  testing::ViewFixture f(Audience::kStaff, testing::StaffTree());
  // SIA Koks used apmacibas (izglitiba) and never eksports; both are its interests.
  auto offer = ServicesToOffer(f.view, MemberNamed(f.view, "SIA Koks"));
  REQUIRE(offer.size() == 1);
  CHECK(offer[0]->slug == "eksports");
  CHECK(ServicesToOffer(f.view, MemberNamed(f.view, "AS Mežs")).empty());  // it used them all
  CHECK(ServicesToOffer(f.view, MemberNamed(f.view, "SIA Bez Datuma")).empty());  // no interests
}

TEST_CASE("a brief's story is another member's: public before members-only, then newest") {
  testing::ViewFixture f(Audience::kStaff, testing::StaffTree());
  const ClusterView& v = f.view;
  // About eksports: AS Mežs (members, 2026-05-01), SIA Koks twice, SIA Vecais (public, 2026-02-01).
  CHECK(OtherMembersStory(v, Eksports(v), MemberNamed(v, "SIA Koks"))->company == "SIA Vecais");
  CHECK(OtherMembersStory(v, Eksports(v), MemberNamed(v, "SIA Vecais"))->company ==
        "SIA Koks");  // its newest public one
  MemoryFileSystem tree = testing::StaffTree();
  tree.Remove("content/koks/stories/veca-stasts.md");
  testing::ViewFixture without_public(Audience::kStaff, tree);
  const ClusterView& w = without_public.view;
  CHECK(OtherMembersStory(w, Eksports(w), MemberNamed(w, "SIA Koks"))->company == "AS Mežs");
}

TEST_CASE("a brief never offers a member its own story, and says when there is no other") {
  MemoryFileSystem tree = testing::StaffTree();
  tree.Remove("content/koks/stories/veca-stasts.md");
  tree.Remove("content/koks/stories/meza-stasts.md");
  testing::ViewFixture f(Audience::kStaff, tree);
  CHECK(OtherMembersStory(f.view, Eksports(f.view), MemberNamed(f.view, "SIA Koks")) == nullptr);
  std::string koks = Brief("sia-koks", tree);
  CHECK(InOrder(koks, {"<h3 class=\"kit-card-title\">Eksporta misijas</h3>",
                       "<p>Par šo pakalpojumu vēl nav cita biedra stāsta.</p>"}));
  CHECK_FALSE(Has(koks, "Publisks stāsts"));
}

TEST_CASE("a brief lists the member's uses newest first, with every comment, quotable or not") {
  std::string mezs = Brief("as-mezs");
  CHECK(
      InOrder(mezs, {"<time datetime=\"2026-06-12\">2026. gada 12. jūnijs</time></td><td>Apmācības",
                     "<time datetime=\"2026-05-02\">",
                     "<td>Eksporta misijas</td><td>4 no 5</td>"
                     "<td>jā</td><td>Nav citējams komentārs.</td>"}));
  CHECK(Has(Brief("sia-koks"), "<td>Citējams. <span class=\"kit-badge\">drīkst citēt</span></td>"));
}

TEST_CASE("a brief offers a service with another member's story about it, never the member's own") {
  std::string koks = Brief("sia-koks");
  CHECK(InOrder(koks, {"id=\"visit-offer\"", "<h3 class=\"kit-card-title\">Eksporta misijas</h3>",
                       "<h4 class=\"kit-card-title\">Vecā stāsts</h4>", "SIA Vecais",
                       "<p>Vecā teksts.</p>", "id=\"visit-roadmap\""}));
  CHECK_FALSE(Has(koks, "Publisks stāsts"));  // SIA Koks's own stories
  CHECK_FALSE(Has(koks, "Biedru stāsts"));
  CHECK_FALSE(Has(koks, "Mežs brauc"));  // members-only, where a public one exists
}

TEST_CASE("a brief is a print document for the staff: cover, four parts, no search engines") {
  std::string koks = Brief("sia-koks");
  CHECK(Has(koks, "<meta name=\"robots\" content=\"noindex, nofollow\">"));
  CHECK(InOrder(
      koks,
      {"<title>Ikgadējās vizītes apraksts – SIA Koks – Koka klasteris</title>",
       "<nav class=\"kit-back\" aria-label=\"Biedru pārskats\"><a href=\"../members/\">",
       "<p class=\"kit-cover-kind\">Ikgadējās vizītes apraksts</p>",
       "<h1 class=\"kit-cover-name\">Koka klasteris</h1>",
       "<span class=\"visually-hidden\">Biedrs: </span>SIA Koks</p>",
       "<dt>Dati uz</dt><dd>2026. gada 1. decembris</dd>", "<dt>Grupa</dt><dd>Jauns biedrs</dd>",
       "<dt>Kontaktpersona</dt>", "href=\"#visit-company\">Uzņēmums", "href=\"#visit-uses\">",
       "href=\"#visit-offer\">Ko piedāvāt", "href=\"#visit-roadmap\">"}));
  CHECK(Has(koks, "<img class=\"kit-logo\" src=\"data:image/svg+xml;base64,"));
  CHECK(NetworkReferences(koks).empty());
  CHECK(InOrder(koks, {"id=\"visit-roadmap\"", "Jaunā biedra ceļš", "Iepazīstamies"}));
}

TEST_CASE("a brief of a member without a group or interests says so") {
  std::string brief = Brief("sia-bez-datuma");
  CHECK(Has(brief,
            "<dt>Grupa</dt><dd>Bez grupas – members.yaml nav norādīts iestāšanās datums</dd>"));
  CHECK(Has(brief, "<p>members.yaml šim biedram nav norādītas intereses.</p>"));
  CHECK(Has(brief, "<p>feedback/ nav reģistrēta neviena šī biedra izmantošanas reize.</p>"));
  CHECK(Has(brief,
            "<p>Nav grupas, tāpēc nav ceļa kartes: members.yaml nav norādīts "
            "iestāšanās datums.</p>"));
  CHECK(Has(Brief("as-mezs"),
            "<p>Biedrs ir izmantojis visus savām interesēm atbilstošos pakalpojumus.</p>"));
}

TEST_CASE("only the staff's build has the briefs and the overview; partners have no brief") {
  std::string diags;
  auto staff = testing::RenderFiles(testing::StaffTree(), Audience::kStaff, &diags);
  std::vector<std::string> staff_files;
  for (const OutputFile& f : staff) {
    if (f.path.find("/staff/") != std::string::npos) staff_files.push_back(f.path);
  }
  std::sort(staff_files.begin(), staff_files.end());
  CHECK(staff_files == std::vector<std::string>{
                           "koks/staff/members/index.html", "koks/staff/visits/as-mezs.html",
                           "koks/staff/visits/sia-bez-datuma.html",
                           "koks/staff/visits/sia-koks.html", "koks/staff/visits/sia-vecais.html"});
  for (Audience audience : {Audience::kPublic, Audience::kMembers}) {
    for (const OutputFile& f : testing::RenderFiles(testing::StaffTree(), audience, &diags)) {
      INFO(f.path);
      CHECK(f.path.find("staff") == std::string::npos);
      CHECK_FALSE(Has(f.content, "staff/"));
      CHECK_FALSE(Has(f.content, "Nav citējams komentārs."));
    }
  }
}

}  // namespace clustersite
