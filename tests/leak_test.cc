// The worst thing this product can do is publish a members-only story. This
// test plants canaries in every members-only place of tests/fixtures/leak and
// looks for them in every byte (and every file name) of the public build.

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
    "CANARYSTORYCOMPANY",
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
};
const std::vector<std::string> kNeverPublished = {"CANARYNOCONSENT", "canary-no-consent"};

/// What each of these files of the members' build must carry of the
/// members-only content (and the public build none of all the canaries).
struct MachineFile {
  std::string path;
  std::vector<std::string> public_content;
  std::vector<std::string> members_content;
};
const std::vector<MachineFile> kMachineFiles = {
    {"klasteris/feed.xml",
     {"Publisks stāsts", "Publisks kopsavilkums."},
     {"CANARYSTORYTITLE", "CANARYSTORYSUMMARY", "CANARYSTORYBODY", "CANARYSTORYCOMPANY",
      "CANARYDEFAULTTITLE", "CANARYDEFAULTBODY", "canary-slug-story"}},
    {"klasteris/sitemap.xml",
     {"https://leak.example.lv/klasteris/stories/publisks-stasts/",
      "https://leak.example.lv/klasteris/services/publisks/"},
     {"canary-slug-story", "canary-default-story", "canary-slug-service", "canary-slug-roadmap"}},
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
     {"canaryservicecontact@example.lv", "28888888"}},
    {"klasteris/search/index.json",
     {"Publisks stāsts", "Publisks pakalpojums"},
     {"CANARYSTORYTITLE", "CANARYSTORYSUMMARY", "CANARYDEFAULTTITLE", "CANARYSERVICETITLE",
      "CANARYSERVICESUMMARY", "CANARYROADMAPTITLE", "canary-slug-story", "canary-slug-service",
      "canary-slug-roadmap"}},
};

}  // namespace

TEST_CASE("no byte of members-only content reaches the public build") {
  char tmpl[] = "/tmp/clustersite-leak-XXXXXX";
  fs::path tmp = mkdtemp(tmpl);
  std::string fixture = std::string(CLUSTERSITE_SOURCE_DIR) + "/tests/fixtures/leak";
  std::string bin = CLUSTERSITE_BINARY;
  std::string out;
  REQUIRE(testing::Run(bin + " build " + fixture + " -o " + (tmp / "public").string(), &out) == 0);
  REQUIRE(testing::Run(
              bin + " build " + fixture + " --audience members -o " + (tmp / "members").string(),
              &out) == 0);
  size_t public_files = 0, members_files = 0;
  std::string pub = AllBytes(tmp / "public", &public_files);
  std::string mem = AllBytes(tmp / "members", &members_files);
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
  // The feed, the sitemaps and the search index, one by one.
  for (const MachineFile& f : kMachineFiles) {
    INFO(f.path);
    std::string p = testing::ReadFile(tmp / "public" / f.path);
    std::string m = testing::ReadFile(tmp / "members" / f.path);
    for (const std::string& text : f.public_content) {
      INFO(text);
      CHECK(p.find(text) != std::string::npos);
      CHECK(m.find(text) != std::string::npos);
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
  fs::remove_all(tmp);
}

}  // namespace clustersite
