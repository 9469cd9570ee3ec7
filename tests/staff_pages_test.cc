// The staff's pages end to end: the real CLI builds tests/fixtures/staff
// (one member of each group, one without `joined`, a partner) for the staff
// and for the members, and the pages are read from disk.

#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "test_util.h"

namespace clustersite {
namespace {

namespace fs = std::filesystem;
using testing::Has;
using testing::InOrder;
using testing::ReadFile;
using testing::Run;

const std::string kBin = CLUSTERSITE_BINARY;
const std::string kFixture = std::string(CLUSTERSITE_SOURCE_DIR) + "/tests/fixtures/staff";

/// The fixture built for `audience` into `dir`; the summary line in `*out`.
void BuildFixture(const std::string& audience, const std::string& dir, std::string* out,
                  const std::string& options = "") {
  INFO(*out);
  REQUIRE(
      Run(kBin + " build " + kFixture + " --audience " + audience + " -o " + dir + " " + options,
          out) == 0);
}

/// Every file of a build, its relative path and its bytes.
std::string AllBytes(const fs::path& root) {
  std::string all;
  for (const auto& [rel, bytes] : testing::Snapshot(root)) all += rel + "\n" + bytes + "\n";
  return all;
}

}  // namespace

TEST_CASE("the member overview shows each member in its group, with why one has none") {
  testing::TempDir tmp;
  std::string out;
  BuildFixture("staff", tmp / "staff", &out);
  const std::string page = ReadFile(tmp / "staff/timber/staff/members/index.html");
  CHECK(InOrder(page, {"<h2 id=\"group-new-title\">New members</h2>", "New Timber Ltd",
                       "<h2 id=\"group-active-title\">Active members</h2>", "Active Frames Ltd",
                       "<h2 id=\"group-reactivate-title\">Members to re-activate</h2>",
                       "Sleepy Logs Ltd", "<h2 id=\"group-none-title\">Without a group</h2>",
                       "Forest Institute", "No group – a partner: groups are for members",
                       "Undated Beams Ltd", "No group – members.yaml gives no joined date"}));
  CHECK(InOrder(page, {"New Timber Ltd", "<dt>Last rating</dt><dd>4 of 5</dd>",
                       "<li>Export missions (2×, last rating: 4 of 5)</li>",
                       "<a href=\"../../roadmaps/new-member/\">Roadmap for new members</a>",
                       "<a href=\"../visits/new-timber-ltd.html\">Annual visit brief"}));
  CHECK(Has(page, "<meta name=\"robots\" content=\"noindex, nofollow\">"));
  CHECK_FALSE(Has(page, "forest-institute.html"));  // a partner has no visit brief
  CHECK(Has(ReadFile(tmp / "staff/timber/index.html"),
            "<li><a href=\"staff/members/\">Member overview</a></li>"));
  // 4 visit briefs (not the partner's) and the overview more than the members' build
  // (both have two quarterly reports, their handouts and the list of reports).
  CHECK(Has(out, "built 1 cluster, 31 pages,"));
  BuildFixture("members", tmp / "members", &out);
  CHECK(Has(out, "built 1 cluster, 26 pages,"));
}

TEST_CASE("a visit brief offers a service the member never used with another member's story") {
  testing::TempDir tmp;
  std::string out;
  BuildFixture("staff", tmp / "staff", &out);
  const std::string brief = ReadFile(tmp / "staff/timber/staff/visits/new-timber-ltd.html");
  // Trade fairs: in its interests, never used. Its own story is newer, and a
  // members-only one of Sleepy Logs too: the public story of Active Frames is told.
  CHECK(InOrder(brief,
                {"<section class=\"kit-part\" id=\"visit-offer\"",
                 "<h3 class=\"kit-card-title\">Trade fair stands</h3>",
                 "<h4 class=\"kit-card-title\">Active Frames found a distributor at the fair</h4>",
                 "<section class=\"kit-part\" id=\"visit-roadmap\""}));
  CHECK_FALSE(Has(brief, "New Timber&#39;s own fair story"));
  CHECK_FALSE(Has(brief, "Sleepy Logs met buyers"));
  CHECK_FALSE(Has(brief, "Export missions</h3>"));  // it used them
  // Its uses, newest first, with the comment it did not allow to be quoted.
  CHECK(InOrder(brief,
                {"Much better the second time. <span class=\"kit-badge\">may be quoted</span>",
                 "<td>yes</td><td>Too expensive for a firm of our size; not for quoting.</td>"}));
  CHECK(Has(brief, "<dt>As of</dt><dd>1 December 2026</dd>"));
  CHECK(Has(brief, "<meta name=\"robots\" content=\"noindex, nofollow\">"));
}

TEST_CASE("the members' build has no staff page, no link to one, and no staff figure") {
  testing::TempDir tmp;
  std::string out;
  BuildFixture("members", tmp / "members", &out);
  BuildFixture("staff", tmp / "staff", &out);
  CHECK_FALSE(fs::exists(tmp.path / "members/timber/staff"));
  const std::string members = AllBytes(tmp.path / "members");
  for (const char* staff_only :
       {"staff/", "Member overview", "Annual visit brief", "Last rating", "not for quoting"}) {
    INFO(staff_only);
    CHECK_FALSE(Has(members, staff_only));
  }
  // Nor are the staff's pages in the staff's own sitemap or search index,
  // whose addresses start at the staff build's, https://staff.example.org/staff/.
  for (const char* machine : {"timber/sitemap.xml", "sitemap.xml", "timber/search/index.json"}) {
    INFO(machine);
    std::string text = ReadFile(tmp / "staff/" + machine);
    const std::string root = "https://staff.example.org/staff/";
    for (size_t at = text.find(root); at != std::string::npos; at = text.find(root, at))
      text.erase(at, root.size());
    CHECK_FALSE(Has(text, "staff/"));
  }
}

TEST_CASE("two staff builds of the same content are byte-identical") {
  testing::TempDir tmp;
  std::string out;
  BuildFixture("staff", tmp / "a", &out, "-j 1");
  BuildFixture("staff", tmp / "b", &out, "-j 2");
  auto a = testing::Snapshot(tmp.path / "a");
  CHECK(a.count("timber/staff/visits/new-timber-ltd.html") == 1);
  CHECK(a == testing::Snapshot(tmp.path / "b"));
}

}  // namespace clustersite
