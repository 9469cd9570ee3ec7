// The worst thing this product can do is publish a members-only story. This
// test plants canaries in every members-only place of tests/fixtures/leak and
// looks for them in every byte (and every file name) of the public build,
// and canaries of staff-only content in the public and members' builds.

#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "test_util.h"

namespace clustersite {
namespace {

namespace fs = std::filesystem;

/// Every file of a build: its relative path and its bytes, joined.
std::string AllBytes(const fs::path& root, size_t* files) {
  std::string all;
  *files = 0;
  for (const auto& e : fs::recursive_directory_iterator(root)) {
    all += fs::relative(e.path(), root).string() + "\n";
    if (e.is_regular_file()) {
      all += testing::ReadFile(e.path()) + "\n";
      ++*files;
    }
  }
  return all;
}

const std::vector<std::string> kMembersOnly = {
    "CANARYSTORYTITLE",
    // A story's company is a member, listed in both builds; as the author of
    // a story, it is members-only.
    "<author><name>SIA Biedru Kompānija</name></author>",
    "CANARYSTORYSUMMARY",
    "CANARYSTORYBODY",
    "CANARYIMAGEALT",
    "canary-slug-story",
    "CANARYDEFAULTTITLE",
    "CANARYDEFAULTBODY",
    "CANARYCONTACTNAME",
    "canarycontact@example.lv",
    "29999999",
    "canaryservicecontact@example.lv",
    "28888888",
    "CANARYSERVICETITLE",
    "CANARYSERVICESUMMARY",
    "CANARYSERVICEBODY",
    "canary-slug-service",
    "canarycategory",
    "CANARYROADMAPTITLE",
    "CANARYROADMAPSTEP",
    "CANARYROADMAPINTRO",
    "canary-slug-roadmap",
    "CANARYMEDIABYTES",
    "canary-media-file",
    // The quarterly reports: a comment its member let members read, and the
    // reports' own pages.
    "CANARYQUOTEDCOMMENT",
    "reports/2026-q1/",
    // A members' event: its page, its calendar and the kit's last step.
    "CANARYEVENTTITLE",
    "CANARYEVENTLOCATION",
    "CANARYEVENTBODY",
    "canary-slug-event",
    // A members' news item: the news list, the search index.
    "CANARYNEWSTITLE",
    "CANARYNEWSBODY",
    "canary-news-source",
    "canary-slug-news",
};
/// What only the staff may read: feedback comments given without `quote:
/// true` (the visit briefs show them), the member overview and the visit
/// briefs with their links, and their staff-only figures.
const std::vector<std::string> kStaffOnly = {
    "CANARYFEEDBACKCOMMENT",
    "CANARYFEEDBACKSTAFFONLY",
    "CANARYCSVCOMMENT",
    "staff/members/",
    "staff/visits/sia-otra.html",
    "Biedru pārskats",             // the overview's title and its link
    "Ikgadējās vizītes apraksts",  // a visit brief's title and its links
    "Pēdējais vērtējums",          // a member's last rating, beside its name
};

/// What the strategy's full document holds and its public summary page
/// must not: the participants' activities and expectations, the section
/// texts but the goals of 1.2, SWOT, and each direction's rationale, tasks
/// and members.
const std::vector<std::string> kStrategyDocumentOnly = {
    "CANARYPARTICIPANTACTIVITIES",  "CANARYSECONDACTIVITIES",
    "CANARYPARTICIPANTEXPECTATION", "CANARYOWNDIRECTIONEXPECTATION",
    "CANARYSTRATEGYSECTION",        "CANARYSWOTSTRENGTH",
    "CANARYSWOTWEAKNESS",           "CANARYDIRECTIONRATIONALE",
    "CANARYDIRECTIONTASK",          "CANARYMEMBERROLE",
    "CANARYMEMBERBENEFIT",
};
/// A strategy section still `draft: true`: in no document and no summary.
const std::string kStrategyDraft = "CANARYSTRATEGYDRAFT";

/// The members of tests/fixtures/leak/klasteris/members.yaml.
const std::vector<std::string> kMemberNames = {"SIA Publiska", "SIA Biedru Kompānija", "SIA Otra"};

/// The text of `bytes` as a reader sees it: tags dropped, white space runs one space.
std::string VisibleText(const std::string& bytes) {
  std::string text;
  bool in_tag = false;
  for (char c : bytes) {
    if (c == '<' || c == '>') {
      in_tag = c == '<';
      c = ' ';
    } else if (in_tag) {
      continue;
    }
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (!space || (!text.empty() && text.back() != ' ')) text += space ? ' ' : c;
  }
  return text;
}

/// The first page of the build `root` that has one of kMemberNames within a
/// few words of a rating ("vērtējums", "Vērtējums", any form), with the
/// name, or "": a page that tells who gave which rating.
std::string NameNextToRating(const fs::path& root) {
  for (const auto& [rel, bytes] : testing::Snapshot(root)) {
    if (!rel.ends_with(".html")) continue;
    const std::string text = VisibleText(bytes);
    for (const char* word : {"vērtējum", "Vērtējum"}) {
      for (size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
        const std::string near = text.substr(at < 300 ? 0 : at - 300, 600);
        for (const std::string& name : kMemberNames) {
          if (near.find(name) != std::string::npos) return rel + ": " + name;
        }
      }
    }
  }
  return "";
}

/// A story without consent; a news item dated after the as-of date.
const std::vector<std::string> kNeverPublished = {
    "CANARYNOCONSENT",      "canary-no-consent",  "CANARYFUTURENEWSTITLE",
    "CANARYFUTURENEWSBODY", "canary-future-news",
};
/// The canaries of drafts: a `draft: true` story (public, with consent),
/// service, roadmap and about.md, and a cluster whose cluster.yaml is a draft.
const std::vector<std::string> kDrafts = {
    "CANARYDRAFTSTORYTITLE",     "CANARYDRAFTSTORYBODY",
    "canary-draft-story",        "CANARYDRAFTSERVICETITLE",
    "CANARYDRAFTSERVICESUMMARY", "CANARYDRAFTSERVICEBODY",
    "canarydraftcategory",       "canary-draft-service",
    "CANARYDRAFTROADMAPTITLE",   "CANARYDRAFTROADMAPSTEP",
    "CANARYDRAFTROADMAPINTRO",   "canary-draft-roadmap",
    "CANARYDRAFTEVENTTITLE",     "CANARYDRAFTEVENTBODY",
    "canary-draft-event",        "CANARYDRAFTABOUT",
    "CANARYDRAFTCLUSTERNAME",    "CANARYDRAFTCLUSTERCONTACT",
    "CANARYDRAFTCLUSTERSERVICE", "melnraksts",
    "CANARYDRAFTNEWSTITLE",      "CANARYDRAFTNEWSBODY",
    "canary-draft-news",
};

/// What each of these files of the members' build must carry of the
/// members-only content (and the public build none of all the canaries).
struct MachineFile {
  std::string path;
  std::vector<std::string> public_content;
  std::vector<std::string> members_content;
};
/// The public address of tests/fixtures/leak, in its portal.yaml.
const std::string kLeakUrl = "https://leak.example.lv/";

const std::vector<MachineFile> kMachineFiles = {
    {"klasteris/feed.xml",
     {"Publisks stāsts", "Publisks kopsavilkums."},
     {"CANARYSTORYTITLE", "CANARYSTORYSUMMARY", "CANARYSTORYBODY", "SIA Biedru Kompānija",
      "CANARYDEFAULTTITLE", "CANARYDEFAULTBODY", "canary-slug-story"}},
    {"klasteris/sitemap.xml",
     {"https://leak.example.lv/klasteris/stories/publisks-stasts/",
      "https://leak.example.lv/klasteris/services/publisks/"},
     {"canary-slug-story", "canary-default-story", "canary-slug-service", "canary-slug-roadmap",
      "canary-slug-event"}},
    {"sitemap.xml",
     {"https://leak.example.lv/klasteris/stories/publisks-stasts/",
      "https://leak.example.lv/klasteris/services/publisks/"},
     {"canary-slug-story", "canary-default-story", "canary-slug-service", "canary-slug-roadmap"}},
    // A public service names a member's contact person: the public sees the
    // name, the member and the cluster contact; the members the person's details.
    {"klasteris/services/publisks/index.html",
     {"Biedra Kontaktpersona", "SIA Otra", "publiska@example.lv"},
     {"canaryservicecontact@example.lv", "28888888"}},
    {"klasteris/welcome-kit/index.html",
     {"Biedra Kontaktpersona", "SIA Otra"},
     {"canaryservicecontact@example.lv", "28888888", "CANARYEVENTTITLE", "CANARYEVENTLOCATION"}},
    {"klasteris/calendar.ics",
     {"SUMMARY:Publisks pasākums"},
     {"SUMMARY:CANARYEVENTTITLE", "LOCATION:CANARYEVENTLOCATION"}},
    {"klasteris/events/index.html", {"Publisks pasākums"}, {"CANARYEVENTTITLE"}},
    {"klasteris/news/index.html",
     {"Publiska ziņa", "Publiskas ziņas teksts."},
     {"CANARYNEWSTITLE", "CANARYNEWSBODY", "canary-news-source"}},
    // The strategy's summary is public: its goals, directions and indicators.
    {"klasteris/strategy/index.html",
     {"Publiski klastera mērķi", "3.2 ", "Eksporta apjoms", "50 %", "3.8 Publisks paša virziens"},
     {}},
    {"klasteris/search/index.json",
     {"Publisks stāsts", "Publisks pakalpojums"},
     {"CANARYSTORYTITLE", "CANARYSTORYSUMMARY", "CANARYDEFAULTTITLE", "CANARYSERVICETITLE",
      "CANARYSERVICESUMMARY", "CANARYROADMAPTITLE", "canary-slug-story", "canary-slug-service",
      "canary-slug-roadmap", "CANARYEVENTTITLE", "canary-slug-event", "CANARYNEWSTITLE",
      "canary-slug-news"}},
};

}  // namespace

TEST_CASE("no byte of members-only content reaches the public build, nor staff-only the others") {
  char tmpl[] = "/tmp/clustersite-leak-XXXXXX";
  fs::path tmp = mkdtemp(tmpl);
  std::string fixture = std::string(CLUSTERSITE_SOURCE_DIR) + "/tests/fixtures/leak";
  std::string bin = CLUSTERSITE_BINARY;
  std::string out;
  for (const char* audience : {"public", "members", "staff"}) {
    INFO(audience);
    REQUIRE(testing::Run(bin + " build " + fixture + " --audience " + audience + " -o " +
                             (tmp / audience).string(),
                         &out) == 0);
  }
  size_t public_files = 0, members_files = 0, staff_files = 0;
  std::string pub = AllBytes(tmp / "public", &public_files);
  std::string mem = AllBytes(tmp / "members", &members_files);
  std::string staff = AllBytes(tmp / "staff", &staff_files);
  CHECK(staff_files >= members_files);
  for (const std::string& canary : kMembersOnly) {
    INFO(canary);
    CHECK(staff.find(canary) != std::string::npos);
  }
  for (const std::string& canary : kStaffOnly) {
    INFO(canary);
    CHECK(pub.find(canary) == std::string::npos);
    CHECK(mem.find(canary) == std::string::npos);
    CHECK(staff.find(canary) != std::string::npos);
  }
  // Who gave which rating is the staff's to know: the check finds it in
  // the staff's build, and in no other.
  CHECK(NameNextToRating(tmp / "staff") != "");
  CHECK(NameNextToRating(tmp / "members") == "");
  CHECK(NameNextToRating(tmp / "public") == "");
  for (const std::string& canary : kNeverPublished) {
    INFO(canary);
    CHECK(staff.find(canary) == std::string::npos);
  }
  CHECK(public_files > 5);
  CHECK(members_files > public_files);
  CHECK(pub.find("Publisks stāsts") != std::string::npos);  // the public story is there
  for (const std::string& canary : kMembersOnly) {
    INFO(canary);
    CHECK(pub.find(canary) == std::string::npos);
    CHECK(mem.find(canary) != std::string::npos);
  }
  for (const std::string& canary : kNeverPublished) {
    INFO(canary);
    CHECK(pub.find(canary) == std::string::npos);
    CHECK(mem.find(canary) == std::string::npos);
  }
  for (const std::string& canary : kDrafts) {
    INFO(canary);
    CHECK(pub.find(canary) == std::string::npos);
    CHECK(mem.find(canary) == std::string::npos);
    CHECK(staff.find(canary) == std::string::npos);
  }
  // The full document is the members' and the staff's: all of it there,
  // none of it in public.
  for (const std::string& canary : kStrategyDocumentOnly) {
    INFO(canary);
    CHECK(pub.find(canary) == std::string::npos);
    CHECK(testing::ReadFile(tmp / "members/klasteris/strategy/document.html").find(canary) !=
          std::string::npos);
    CHECK(testing::ReadFile(tmp / "staff/klasteris/strategy/document.html").find(canary) !=
          std::string::npos);
  }
  CHECK(pub.find(kStrategyDraft) == std::string::npos);
  CHECK(mem.find(kStrategyDraft) == std::string::npos);
  CHECK(staff.find(kStrategyDraft) == std::string::npos);
  // The feed, the sitemaps and the search index, one by one.
  for (const MachineFile& f : kMachineFiles) {
    INFO(f.path);
    std::string p = testing::ReadFile(tmp / "public" / f.path);
    std::string m = testing::ReadFile(tmp / "members" / f.path);
    for (const std::string& text : f.public_content) {
      INFO(text);
      CHECK(p.find(text) != std::string::npos);
      // The members' build is at its own address, under members/.
      const std::string members_text =
          text.starts_with(kLeakUrl) ? kLeakUrl + "members/" + text.substr(kLeakUrl.size()) : text;
      CHECK(m.find(members_text) != std::string::npos);
    }
    for (const std::string& canary : f.members_content) {
      INFO(canary);
      CHECK(m.find(canary) != std::string::npos);
    }
    for (const std::string& canary : kMembersOnly) {
      INFO(canary);
      CHECK(p.find(canary) == std::string::npos);
    }
    for (const std::string& canary : kNeverPublished) CHECK(m.find(canary) == std::string::npos);
  }
  CHECK(testing::ReadFile(tmp / "public/klasteris/strategy/index.html").find("document.html") ==
        std::string::npos);
  CHECK(testing::ReadFile(tmp / "members/klasteris/strategy/index.html").find("document.html") !=
        std::string::npos);
  fs::remove_all(tmp);
}

TEST_CASE("no report page or handout names a member, in the members' or the staff's build") {
  // Who gave which rating is the staff's to know: a report counts members
  // and quotes comments, never with a name.
  testing::TempDir tmp;
  const std::string fixture = std::string(CLUSTERSITE_SOURCE_DIR) + "/tests/fixtures/leak";
  const std::vector<std::string> names = {"SIA Publiska",      "SIA Biedru Kompānija",
                                          "SIA Otra",          "Biedru Kompānija",
                                          "CANARYCONTACTNAME", "Biedra Kontaktpersona"};
  std::string out;
  for (const char* audience : {"members", "staff"}) {
    INFO(audience);
    const fs::path site = tmp.path / audience;
    REQUIRE(testing::Run(std::string(CLUSTERSITE_BINARY) + " build " + fixture + " --audience " +
                             audience + " -o " + site.string(),
                         &out) == 0);
    size_t files = 0;
    const std::string reports = AllBytes(site / "klasteris" / "reports", &files);
    CHECK(files == 5);  // the list, and the report and handout of two quarters
    CHECK(reports.find("CANARYQUOTEDCOMMENT") != std::string::npos);
    for (const std::string& name : names) {
      INFO(name);
      CHECK(reports.find(name) == std::string::npos);
    }
    // The members' list names them, so the names are in the build.
    CHECK(AllBytes(site, &files).find("SIA Biedru Kompānija") != std::string::npos);
  }
}

TEST_CASE(
    "a build with --drafts shows every draft, marked, and keeps it out of feeds and sitemaps") {
  testing::TempDir tmp;
  std::string fixture = std::string(CLUSTERSITE_SOURCE_DIR) + "/tests/fixtures/leak";
  std::string out;
  REQUIRE(testing::Run(std::string(CLUSTERSITE_BINARY) + " build " + fixture +
                           " --audience members --drafts -o " + (tmp.path / "preview").string(),
                       &out) == 0);
  size_t files = 0;
  std::string all = AllBytes(tmp.path / "preview", &files);
  for (const std::string& canary : kDrafts) {
    INFO(canary);
    CHECK(all.find(canary) != std::string::npos);
  }
  const fs::path site = tmp.path / "preview";
  const std::string badge =
      "<p class=\"card-flags\"><span class=\"badge badge-draft\">Melnraksts</span>";
  for (const char* page :
       {"klasteris/stories/canary-draft-story/index.html",
        "klasteris/services/canary-draft-service/index.html",
        "klasteris/roadmaps/canary-draft-roadmap/index.html", "klasteris/about/index.html",
        "melnraksts/index.html", "melnraksts/services/publisks/index.html"}) {
    INFO(page);
    std::string html = testing::ReadFile(site / page);
    CHECK(testing::Has(html, badge));
    CHECK(testing::Has(html, "<meta name=\"robots\" content=\"noindex, nofollow\">"));
  }
  CHECK_FALSE(testing::Has(testing::ReadFile(site / "klasteris/stories/publisks-stasts/index.html"),
                           "badge-draft"));
  CHECK(testing::Has(testing::ReadFile(site / "index.html"), "CANARYDRAFTCLUSTERNAME"));
  for (const char* machine : {"sitemap.xml", "klasteris/sitemap.xml", "klasteris/feed.xml"}) {
    INFO(machine);
    std::string text = testing::ReadFile(site / machine);
    for (const std::string& canary : kDrafts) {
      INFO(canary);
      CHECK(text.find(canary) == std::string::npos);
    }
  }
}

}  // namespace clustersite
