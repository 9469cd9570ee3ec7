// One-line fields have length limits (model/limits.h): a longer value is an
// error naming the field, its length and the limit, in characters.

#include "model/limits.h"

#include <doctest/doctest.h>

#include <filesystem>

#include "core/text.h"
#include "test_util.h"

namespace clustersite {
namespace {

using testing::CheckText;
using testing::Has;

/// `n` characters of two bytes each, so that a count of bytes would be wrong.
std::string Letters(size_t n) {
  std::string s;
  for (size_t i = 0; i < n; ++i) s += "ā";
  return s;
}

/// One field of ValidTree and where its value is.
struct Field {
  const char* file;  ///< under content/
  const char* from;  ///< the text of the file the value replaces
  const char* to;    ///< the replacement, with VALUE where the value goes
  size_t limit;
  const char* at;    ///< line:column of the value
  const char* what;  ///< how the error names the field
};

const Field kFields[] = {
    {"portal.yaml", "title: Klasteri", "title: VALUE", limits::kName, "1:8", "`title`"},
    {"portal.yaml", "title: Klasteri", "title: Klasteri\ndescription: VALUE", limits::kSummary,
     "2:14", "`description`"},
    {"koks/cluster.yaml", "name: Koka klasteris", "name: VALUE", limits::kName, "1:7", "`name`"},
    {"koks/cluster.yaml", "sectors: [Koka būvniecība]", "sectors: [Koka būvniecība, VALUE]",
     limits::kLabel, "4:28", "an item of `sectors`"},
    {"koks/cluster.yaml", "logo: media/logo.svg", "logo: VALUE", limits::kUrl, "6:7", "`logo`"},
    {"koks/cluster.yaml", "  name: Ilze Ozola", "  name: VALUE", limits::kPersonName, "8:9",
     "`name`"},
    {"koks/cluster.yaml", "  email: ilze@example.lv", "  email: VALUE", limits::kEmail, "9:10",
     "`email`"},
    {"koks/cluster.yaml", "  next_meeting: 2026-12-03\n",
     "  next_meeting: 2026-12-03\n  meetings: VALUE\n", limits::kMeetings, "12:13", "`meetings`"},
    {"koks/cluster.yaml", "  next_meeting: 2026-12-03\n",
     "  next_meeting: 2026-12-03\nmission: VALUE\n", limits::kMission, "12:10", "`mission`"},
    {"koks/cluster.yaml", "  next_meeting: 2026-12-03\n",
     "  next_meeting: 2026-12-03\nbase_url: VALUE\n", limits::kUrl, "12:11", "`base_url`"},
    {"koks/cluster.yaml", "  next_meeting: 2026-12-03\n",
     "  next_meeting: 2026-12-03\ndirections:\n  - {title: VALUE}\n", limits::kTitle, "13:13",
     "`title`"},
    {"koks/cluster.yaml", "  next_meeting: 2026-12-03\n",
     "  next_meeting: 2026-12-03\ncategories:\n  VALUE: Eksports\n", limits::kLabel, "13:3",
     "a key of `categories`"},
    {"koks/cluster.yaml", "  next_meeting: 2026-12-03\n",
     "  next_meeting: 2026-12-03\ncategories:\n  eksports: VALUE\n", limits::kLabel, "13:13",
     "a name of `categories`"},
    {"koks/services/eksports.md", "title: Eksporta misijas", "title: VALUE", limits::kTitle, "2:8",
     "`title`"},
    {"koks/services/eksports.md", "summary: Braucam kopā.", "summary: VALUE", limits::kSummary,
     "3:10", "`summary`"},
    {"koks/services/eksports.md", "category: eksports", "category: VALUE", limits::kLabel, "4:11",
     "`category`"},
    {"koks/services/eksports.md", "roadmap: eksporta-cels", "contact: VALUE", limits::kPersonName,
     "6:10", "`contact`"},
    {"koks/services/eksports.md", "roadmap: eksporta-cels", "roadmap: VALUE", limits::kSlug, "6:10",
     "`roadmap`"},
    {"koks/stories/publisks.md", "title: Publisks stāsts", "title: VALUE", limits::kTitle, "2:8",
     "`title`"},
    {"koks/stories/publisks.md", "company: SIA Koks", "company: VALUE", limits::kName, "3:10",
     "`company`"},
    {"koks/stories/publisks.md", "services: [eksports]", "services: [eksports, VALUE]",
     limits::kSlug, "4:22", "an item of `services`"},
    {"koks/stories/publisks.md", "company: SIA Koks", "company: SIA Koks\nsummary: VALUE",
     limits::kSummary, "4:10", "`summary`"},
    {"koks/roadmaps/eksporta-cels.md", "title: Eksporta ceļš", "title: VALUE", limits::kTitle,
     "2:8", "`title`"},
    {"koks/roadmaps/eksporta-cels.md", "service: eksports", "service: VALUE", limits::kSlug, "4:10",
     "`service`"},
    {"koks/roadmaps/eksporta-cels.md", "    title: Sagatavojam", "    title: VALUE", limits::kTitle,
     "7:12", "`title`"},
    {"koks/roadmaps/eksporta-cels.md", "    when: pirmā nedēļa", "    when: VALUE", limits::kLabel,
     "8:11", "`when`"},
    {"koks/members.yaml", "- name: SIA Koks", "- name: VALUE", limits::kName, "1:9", "`name`"},
    {"koks/members.yaml", "  sector: Koka būvniecība", "  sector: VALUE", limits::kLabel, "5:11",
     "`sector`"},
    {"koks/members.yaml", "{name: Jānis Koks,", "{name: VALUE,", limits::kPersonName, "6:19",
     "`name`"},
    {"koks/members.yaml", "janis@example.lv}", "janis@example.lv, role: VALUE}", limits::kLabel,
     "6:62", "`role`"},
    {"koks/members.yaml", "janis@example.lv}", "janis@example.lv, phone: VALUE}", limits::kPhone,
     "6:63", "`phone`"},
    {"koks/members.yaml", "  size: sme\n", "  size: sme\n  website: VALUE\n", limits::kUrl, "5:12",
     "`website`"},
    {"koks/members.yaml", "  size: sme\n", "  size: sme\n  interests: [VALUE]\n", limits::kLabel,
     "5:15", "an item of `interests`"},
};

/// ValidTree with `field` set to a value of `n` characters.
MemoryFileSystem TreeWith(const Field& field, size_t n) {
  MemoryFileSystem fs = testing::ValidTree();
  const std::string path = std::string("content/") + field.file;
  std::string text, err;
  REQUIRE(fs.Read(path, 1 << 20, &text, &err));
  std::string to = field.to;
  to.replace(to.find("VALUE"), 5, Letters(n));
  REQUIRE(text.find(field.from) != std::string::npos);
  text.replace(text.find(field.from), std::string(field.from).size(), to);
  fs.Add(path, text);
  return fs;
}

}  // namespace

TEST_CASE("each one-line field is an error one character past its limit, and fine at it") {
  for (const Field& field : kFields) {
    const std::string to = field.to;
    CAPTURE(to);
    const std::string error = std::string("content/") + field.file + ":" + field.at +
                              ": error: " + field.what + " is " + Thousands(field.limit + 1) +
                              " characters; it must fit in " + Thousands(field.limit) + "\n";
    CHECK(Has(CheckText(TreeWith(field, field.limit + 1)), error));
    CHECK_FALSE(Has(CheckText(TreeWith(field, field.limit)), "must fit in"));
  }
}

TEST_CASE("a 512,000-character cluster name fails the build before anything is written") {
  testing::ContentCopy c;
  const std::string path = c.root + "/koks/cluster.yaml";
  std::string yaml = testing::ReadFile(path);
  yaml.replace(0, yaml.find('\n'), "name: " + std::string(512000, 'N'));
  testing::WriteText(path, yaml);
  std::string out;
  CHECK(testing::Run(
            std::string(CLUSTERSITE_BINARY) + " build " + c.root + " -o " + (c.tmp / "public"),
            &out) == 1);
  CHECK(Has(out, path + ":1:7: error: `name` is 512,000 characters; it must fit in 200\n"));
  CHECK_FALSE(std::filesystem::exists(c.tmp / "public"));
}

}  // namespace clustersite
