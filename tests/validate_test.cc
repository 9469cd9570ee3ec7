// One test per validation rule, each checking the exact diagnostic text.

#include <doctest/doctest.h>

#include "core/unicode.h"
#include "test_util.h"

namespace clustersite {
namespace {

using testing::CheckText;
using testing::Edit;
using testing::Nfd;
using testing::Replaced;
using testing::ValidTree;

std::string ClusterYaml(const std::string& vision) {
  return "name: Koka klasteris\n"
         "vision: \"" +
         vision +
         "\"\n"
         "language: lv\n"
         "logo: media/logo.svg\n"
         "contact:\n"
         "  name: Ilze Ozola\n";
}

/// A Latvian vision of exactly `chars` characters, stored decomposed (NFD).
std::string LatvianVisionNfd(size_t chars) {
  std::string v =
      "Koka būvniecības klasteris apvieno ražotājus, zinātniekus un būvniekus, "
      "lai Latvijā celtu ilgtspējīgas ēkas";
  while (CountCharacters(v) < chars) v += "ž";
  REQUIRE(CountCharacters(v) == chars);
  std::string nfd = Nfd(v);
  REQUIRE(nfd.size() > v.size());  // really decomposed
  return nfd;
}

}  // namespace

TEST_CASE("the valid fixture tree has no diagnostics") { CHECK(CheckText(ValidTree()) == ""); }

TEST_CASE("a 140-character Latvian vision in NFD form passes") {
  auto fs = ValidTree();
  fs.Add("content/koks/cluster.yaml", ClusterYaml(LatvianVisionNfd(140)));
  CHECK(CheckText(fs) == "");
}

TEST_CASE("a 141-character vision is an error") {
  auto fs = ValidTree();
  fs.Add("content/koks/cluster.yaml", ClusterYaml(LatvianVisionNfd(141)));
  CHECK(CheckText(fs) ==
        "content/koks/cluster.yaml:2:9: error: the vision is 141 characters; it must fit in 140\n");
}

TEST_CASE("a missing vision is an error") {
  auto fs = ValidTree();
  fs.Add("content/koks/cluster.yaml", "name: K\ncontact: {name: Ilze}\n");
  CHECK(CheckText(fs) == "content/koks/cluster.yaml:1:1: error: missing required key `vision`\n");
}

TEST_CASE("an unknown key is an error with a did-you-mean hint") {
  auto fs = ValidTree();
  fs.Add("content/koks/services/apmacibas.md",
         "---\ntitle: A\nsumary: S\nsummary: S\ncategory: c\n---\nBody\n");
  CHECK(CheckText(fs) ==
        "content/koks/services/apmacibas.md:3:1: error: unknown key `sumary`; "
        "did you mean `summary`?\n");
}

TEST_CASE("an unknown key far from any known key lists the known keys") {
  auto fs = ValidTree();
  fs.Add("content/portal.yaml", "title: P\nzzzzzzzzzz: 1\n");
  CHECK(CheckText(fs) ==
        "content/portal.yaml:2:1: error: unknown key `zzzzzzzzzz`; known keys "
        "are `title`, `description`, `base_url`, `language`, `theme` and `timezone`\n");
}

TEST_CASE("a story naming an unknown service is an error with a hint") {
  auto fs = ValidTree();
  fs.Add("content/koks/stories/publisks.md",
         "---\ntitle: T\ncompany: SIA Koks\nservices: [eksportz]\ndate: 2026-03-01\n"
         "consent: 2026-02-01\nvisibility: public\n---\nBody\n");
  CHECK(CheckText(fs) ==
        "content/koks/stories/publisks.md:4:12: error: unknown service "
        "`eksportz`; did you mean `eksports`?\n");
}

TEST_CASE("a roadmap naming an unknown service is an error") {
  auto fs = ValidTree();
  fs.Add("content/koks/roadmaps/jauns.md",
         "---\ntitle: T\nfor: service\nservice: nav-tada\nsteps:\n  - who: both\n    title: S\n"
         "---\n");
  CHECK(CheckText(fs) ==
        "content/koks/roadmaps/jauns.md:4:10: error: unknown service `nav-tada`\n");
}

TEST_CASE("a service naming an unknown roadmap is an error") {
  auto fs = ValidTree();
  fs.Add("content/koks/services/apmacibas.md",
         "---\ntitle: A\nsummary: S\ncategory: c\nroadmap: eksporta-cel\n---\n");
  CHECK(CheckText(fs) ==
        "content/koks/services/apmacibas.md:5:10: error: unknown roadmap "
        "`eksporta-cel`; did you mean `eksporta-cels`?\n");
}

TEST_CASE("two sources mapping to one URL are an error, also across case") {
  auto fs = ValidTree();
  fs.Add("content/koks/stories/Publisks.md",
         "---\ntitle: T\ncompany: SIA Koks\ndate: 2026-03-01\nconsent: 2026-02-01\n---\n");
  std::string text = CheckText(fs);
  CHECK(text.find("content/koks/stories/publisks.md: error: maps to the same URL as "
                  "content/koks/stories/Publisks.md; rename one of them\n") != std::string::npos);
}

TEST_CASE("two sources differing only in Unicode normal form map to one URL") {
  auto fs = ValidTree();
  std::string nfc = "caf\xC3\xA9";   // café, composed
  std::string nfd = "cafe\xCC\x81";  // café, decomposed
  std::string story =
      "---\ntitle: T\ncompany: SIA Koks\ndate: 2026-03-01\nconsent: 2026-02-01\n---\n";
  fs.Add("content/koks/stories/" + nfc + ".md", story);
  fs.Add("content/koks/stories/" + nfd + ".md", story);
  std::string text = CheckText(fs);
  CHECK(text.find("error: maps to the same URL as content/koks/stories/") != std::string::npos);
}

TEST_CASE("malformed YAML is an error at its position in the file") {
  auto fs = ValidTree();
  fs.Add("content/koks/services/apmacibas.md",
         "---\ntitle: A\nsummary: [unclosed\ncategory: c\n---\n");
  std::string text = CheckText(fs);
  CHECK(text.rfind("content/koks/services/apmacibas.md:", 0) == 0);
  CHECK(text.find(": error: invalid YAML: ") != std::string::npos);
}

TEST_CASE("an unclosed quote that would swallow the next line is an error") {
  auto fs = ValidTree();
  fs.Add("content/koks/stories/publisks.md",
         "---\ntitle: \"Acme\ncompany: C\ndate: 2026-03-01\nconsent: 2026-02-01\n"
         "visibility: public\n---\n");
  std::string text = CheckText(fs);
  CHECK(text.find("content/koks/stories/publisks.md:2:8: error: quoted value is not closed; add "
                  "the closing `\"`\n") != std::string::npos);
}

TEST_CASE("a service or roadmap that does not parse is one error, not one per reference") {
  auto fs = ValidTree();
  // Stories and the service name `eksports`; the service names `eksporta-cels`.
  fs.Add("content/koks/services/eksports.md", "---\ntitle: \"Eksports\nsummary: S\n---\n");
  fs.Add("content/koks/roadmaps/eksporta-cels.md", "---\ntitle: [\n---\n");
  std::string text = CheckText(fs);
  CHECK(text.find("unknown") == std::string::npos);
  CHECK(text.find("content/koks/services/eksports.md:2:8: error: quoted value is not closed") !=
        std::string::npos);
  CHECK(text.find("content/koks/roadmaps/eksporta-cels.md:") != std::string::npos);
}

TEST_CASE("a duplicate key is an error at the second occurrence") {
  auto fs = ValidTree();
  fs.Add("content/koks/stories/publisks.md",
         "---\ntitle: T\ncompany: SIA Koks\ndate: 2026-03-01\nconsent: 2026-02-01\n"
         "visibility: members\nvisibility: public\n---\n");
  CHECK(CheckText(fs) ==
        "content/koks/stories/publisks.md:7:1: error: duplicate key "
        "`visibility`; each key may appear once\n");
}

TEST_CASE("a second YAML document in a file is an error") {
  auto fs = ValidTree();
  fs.Add("content/portal.yaml", "title: P\n---\ntitle: Q\n");
  CHECK(CheckText(fs) ==
        "content/portal.yaml:2:1: error: a second YAML document starts here; a "
        "file holds one document\n");
}

TEST_CASE("an impossible date is an error that says the month has fewer days") {
  auto fs = ValidTree();
  fs.Add("content/koks/stories/publisks.md",
         "---\ntitle: T\ncompany: SIA Koks\ndate: 2026-02-30\nconsent: 2026-02-01\n---\n");
  CHECK(CheckText(fs) ==
        "content/koks/stories/publisks.md:4:7: error: `date`: 2026-02-30 is not a date: February "
        "2026 has 28 days\n");
}

TEST_CASE("a date in another form is an error") {
  auto fs = ValidTree();
  fs.Add("content/koks/stories/publisks.md",
         "---\ntitle: T\ncompany: SIA Koks\ndate: 2026-03-01\nconsent: 1.02.2026\n---\n");
  CHECK(CheckText(fs) ==
        "content/koks/stories/publisks.md:5:10: error: `consent` must be a date "
        "written YYYY-MM-DD, not `1.02.2026`\n");
}

TEST_CASE("a story without consent is a warning naming the file") {
  auto fs = ValidTree();
  fs.Add("content/koks/stories/publisks.md",
         "---\ntitle: T\ncompany: SIA Koks\ndate: 2026-03-01\nvisibility: public\n---\n");
  CHECK(CheckText(fs) ==
        "content/koks/stories/publisks.md: warning: no `consent` date: the story is published in "
        "neither audience until the company's consent is recorded\n");
}

TEST_CASE("an empty consent is a warning at the key, and the story is not published") {
  auto fs = ValidTree();
  fs.Add("content/koks/stories/publisks.md",
         "---\ntitle: T\ncompany: SIA Koks\ndate: 2026-03-01\nconsent:\nvisibility: "
         "public\n---\nBody\n");
  std::string expected =
      "content/koks/stories/publisks.md:5:9: warning: `consent` is empty: write the date the "
      "company allowed publication, as YYYY-MM-DD; until then the story is published in "
      "neither audience\n";
  CHECK(CheckText(fs) == expected);
  fs.Add("content/koks/stories/publisks.md",
         "---\ntitle: T\ncompany: SIA Koks\ndate: 2026-03-01\nconsent: \"\"\nvisibility: "
         "public\n---\n");
  expected.replace(expected.find(":5:9:"), 5, ":5:10:");  // at the quotes
  CHECK(CheckText(fs) == expected);
  std::string diagnostics;
  for (Audience a : {Audience::kPublic, Audience::kMembers}) {
    auto files = testing::RenderFiles(fs, a, &diagnostics);
    CHECK(testing::FileText(files, "koks/stories/publisks/index.html").empty());
  }
}

TEST_CASE("a relative link to a missing file is an error at the link") {
  auto fs = ValidTree();
  fs.Add("content/koks/services/apmacibas.md",
         "---\ntitle: A\nsummary: S\ncategory: c\n---\nIntro.\n\nSee [x](../services/nav.md).\n");
  std::string diagnostics;
  testing::RenderFiles(fs, Audience::kPublic, &diagnostics);
  CHECK(diagnostics ==
        "content/koks/services/apmacibas.md:8:9: error: link to "
        "`../services/nav.md`, which does not exist\n");
}

TEST_CASE("a link that leaves the content folder is an error") {
  auto fs = ValidTree();
  fs.Add("content/koks/services/apmacibas.md",
         "---\ntitle: A\nsummary: S\ncategory: c\n---\n![x](../../../etc/passwd)\n");
  std::string diagnostics;
  testing::RenderFiles(fs, Audience::kPublic, &diagnostics);
  CHECK(diagnostics ==
        "content/koks/services/apmacibas.md:6:6: error: link "
        "`../../../etc/passwd` leaves the content folder; link to files inside "
        "it\n");
}

TEST_CASE("a brand colour that is not #rrggbb is an error") {
  auto fs = ValidTree();
  fs.Add("content/koks/cluster.yaml", ClusterYaml("V") + "brand_color: green\n");
  CHECK(CheckText(fs) ==
        "content/koks/cluster.yaml:7:14: error: `brand_color` must be a colour "
        "written #rrggbb, not `green`\n");
}

TEST_CASE("a website with a script URL is an error") {
  auto fs = ValidTree();
  fs.Add("content/koks/members.yaml",
         "- name: SIA Koks\n  sector: S\n  website: javascript:alert(1)\n");
  CHECK(CheckText(fs) ==
        "content/koks/members.yaml:3:12: error: `website` must be an http:// or "
        "https:// address, not `javascript:alert(1)`\n");
}

TEST_CASE("a logo outside the media folder is an error") {
  auto fs = ValidTree();
  fs.Add("content/koks/cluster.yaml",
         "name: K\nvision: V\nlogo: ../../etc/hostname\ncontact: {name: I}\n");
  CHECK(CheckText(fs) ==
        "content/koks/cluster.yaml:3:7: error: `logo` must be a file in this "
        "cluster's media/ folder, like `media/logo.svg`\n");
}

TEST_CASE("every problem of a run is reported, not just the first") {
  auto fs = ValidTree();
  fs.Add("content/koks/cluster.yaml", ClusterYaml(LatvianVisionNfd(150)) + "colour: red\n");
  fs.Add("content/koks/services/apmacibas.md", "---\ntitle: A\ncategory: c\n---\n");
  CHECK(CheckText(fs) ==
        "content/koks/cluster.yaml:2:9: error: the vision is 150 characters; it must fit in 140\n"
        "content/koks/cluster.yaml:7:1: error: unknown key `colour`; known keys are `name`, "
        "`base_url`, `vision`, `mission`, `language`, `sectors`, `label`, `founded`, "
        "`brand_color`, `logo`, `contact`, `communication`, `directions`, `categories`, "
        "`timezone`, `draft` and `paginate`\n"
        "content/koks/services/apmacibas.md:2:1: error: missing required key `summary`\n");
}

}  // namespace clustersite

namespace clustersite {

TEST_CASE("a service category missing from the cluster's categories is an error") {
  auto fs = testing::ValidTree();
  fs.Add("content/koks/cluster.yaml",
         "name: K\nvision: V\nlogo: media/logo.svg\ncontact: {name: I}\n"
         "categories: {eksports: Eksports}\n");
  CHECK(testing::CheckText(fs) ==
        "content/koks/services/apmacibas.md:4:11: error: unknown "
        "category `izglitiba`\n");
}

}  // namespace clustersite

namespace clustersite {

TEST_CASE("a member's interest that names no service category is a warning with did-you-mean") {
  auto fs = ValidTree();  // categories: eksports, izglitiba (of the services)
  fs.Add("content/koks/members.yaml",
         "- name: SIA Koks\n"
         "  sector: Koka būvniecība\n"
         "  interests: [eksports, eksprts, tūrisms]\n");
  CHECK(CheckText(fs) ==
        "content/koks/members.yaml:3:25: warning: interest `eksprts` is no service category of "
        "this cluster; did you mean `eksports`?\n"
        "content/koks/members.yaml:3:34: warning: interest `tūrisms` is no service category of "
        "this cluster; it matches no service until one has `category: tūrisms`\n");
  // A key of `categories` with no service yet is a category of the cluster.
  Edit(&fs, "content/koks/cluster.yaml", "language: lv\n",
       "language: lv\ncategories: {eksports: Eksports, izglitiba: Izglītība, eksprts: "
       "E, tūrisms: Tūrisms}\n");
  CHECK(CheckText(fs) == "");
}

TEST_CASE("a story's company must be a member or partner of members.yaml, with did-you-mean") {
  auto fs = ValidTree();  // both stories: company: SIA Koks
  const std::string sector = "\n  sector: Koka būvniecība\n";
  fs.Add("content/koks/members.yaml",
         "- name: SIA Kokss" + sector + "- name: AS Mežs\n  kind: partner" + sector);
  CHECK(CheckText(fs) ==
        "content/koks/stories/publisks.md:3:10: error: company `SIA Koks` is no member or partner "
        "in content/koks/members.yaml; did you mean `SIA Kokss`?\n"
        "content/koks/stories/slepens.md:3:10: error: company `SIA Koks` is no member or partner "
        "in content/koks/members.yaml; did you mean `SIA Kokss`?\n");
  // A partner counts; case and Unicode form do not.
  fs.Add("content/koks/members.yaml",
         "- name: AS Mežs\n  kind: partner" + sector + "- name: sia koks" + sector);
  Edit(&fs, "content/koks/stories/slepens.md", "company: SIA Koks",
       "company: AS Me" + Nfd("ž") + "s");
  CHECK(CheckText(fs) == "");
  // Without a legal form, or with none to suggest.
  Edit(&fs, "content/koks/stories/slepens.md", "company: AS Me" + Nfd("ž") + "s", "company: Mežs");
  Edit(&fs, "content/koks/stories/publisks.md", "company: SIA Koks", "company: Nekas Kopīgs");
  CHECK(CheckText(fs) ==
        "content/koks/stories/publisks.md:3:10: error: company `Nekas Kopīgs` is no member or "
        "partner in content/koks/members.yaml; add it there, or write its name as members.yaml "
        "does\n"
        "content/koks/stories/slepens.md:3:10: error: company `Mežs` is no member or partner in "
        "content/koks/members.yaml; did you mean `AS Mežs`?\n");
}

TEST_CASE("a story's company that is no member is a warning while the story has no consent") {
  auto fs = ValidTree();
  fs.Add("content/koks/stories/publisks.md",
         "---\ntitle: T\ncompany: Uzņēmuma nosaukums\ndate: 2026-03-01\nconsent:\n---\n");
  CHECK(CheckText(fs) ==
        "content/koks/stories/publisks.md:3:10: warning: company `Uzņēmuma nosaukums` is no "
        "member or partner in content/koks/members.yaml; add it there, or write its name as "
        "members.yaml does\n"
        "content/koks/stories/publisks.md:5:9: warning: `consent` is empty: write the date the "
        "company allowed publication, as YYYY-MM-DD; until then the story is published in "
        "neither audience\n");
}

TEST_CASE("without members.yaml, or with one that cannot be read, a story's company is free") {
  auto fs = ValidTree();
  Edit(&fs, "content/koks/stories/publisks.md", "company: SIA Koks", "company: Nekas Kopīgs");
  fs.Remove("content/koks/members.yaml");
  CHECK(CheckText(fs) == "");
  fs.Add("content/koks/members.yaml", "name: SIA Koks\n");
  CHECK(CheckText(fs) ==
        "content/koks/members.yaml:1:1: error: members.yaml must be a list of members (`- name: "
        "…`)\n");
}

TEST_CASE("diagnostics do not depend on the number of threads") {
  auto fs = testing::ValidTree();
  fs.Add("content/koks/services/x1.md", "---\ntitle: A\nsumary: S\ncategory: c\n---\n");
  fs.Add("content/koks/stories/x2.md", "---\ntitle: A\ncompany: C\ndate: 2026-13-01\n---\n");
  std::string one;
  for (int jobs : {1, 4, 8}) {
    for (int round = 0; round < 5; ++round) {
      BuildOptions options;
      options.jobs = jobs;
      Diagnostics diag;
      Portal portal;
      LoadAndValidate(fs, options, &diag, &portal);
      if (one.empty()) one = diag.ToString();
      CHECK(diag.ToString() == one);
      REQUIRE(portal.clusters.size() == 1);
      CHECK(portal.clusters[0].services.size() == 3);
    }
  }
  CHECK(one.find("unknown key `sumary`") != std::string::npos);
}

TEST_CASE("a published file holding placeholder text is an error; a draft may hold it") {
  MemoryFileSystem fs = ValidTree();
  fs.Add("content/koks/cluster.yaml", ClusterYaml("Write the cluster's vision here, please."));
  fs.Add("content/koks/services/drafts.md",
         "---\ntitle: D\nsummary: \"What the service gives a member, in one sentence.\"\n"
         "category: c\ndraft: true\n---\nFirst Last\n");
  CHECK(CheckText(fs) ==
        "content/koks/cluster.yaml:2:10: error: `Write the cluster's vision here` is placeholder "
        "text from `clustersite new`, and this file is published; write the real text in its "
        "place, or keep the file unpublished with `draft: true`\n");
  // In a draft cluster nothing is published, so nothing is an error.
  fs.Add("content/koks/cluster.yaml",
         "draft: true\n" + ClusterYaml("Write the cluster's vision here, please."));
  CHECK(CheckText(fs) == "");
}

}  // namespace clustersite
