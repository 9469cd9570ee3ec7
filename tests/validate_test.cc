// One test per validation rule, each checking the exact diagnostic text.

#include <doctest/doctest.h>
#include <utf8proc.h>

#include <cstdlib>

#include "core/unicode.h"
#include "test_util.h"

namespace clustersite {
namespace {

using testing::CheckText;
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

std::string Nfd(const std::string& s) {
  utf8proc_uint8_t* out = nullptr;
  utf8proc_ssize_t n =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()), s.size(), &out,
                   static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_DECOMPOSE));
  std::string r(reinterpret_cast<char*>(out), n);
  std::free(out);
  return r;
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
        "are `title`, `description`, `base_url`, `language` and `theme`\n");
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
         "---\ntitle: T\ncompany: C\ndate: 2026-03-01\nconsent: 2026-02-01\n---\n");
  std::string text = CheckText(fs);
  CHECK(text.find("content/koks/stories/publisks.md: error: maps to the same URL as "
                  "content/koks/stories/Publisks.md; rename one of them\n") != std::string::npos);
}

TEST_CASE("two sources differing only in Unicode normal form map to one URL") {
  auto fs = ValidTree();
  std::string nfc = "caf\xC3\xA9";   // café, composed
  std::string nfd = "cafe\xCC\x81";  // café, decomposed
  std::string story = "---\ntitle: T\ncompany: C\ndate: 2026-03-01\nconsent: 2026-02-01\n---\n";
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
         "---\ntitle: T\ncompany: C\ndate: 2026-03-01\nconsent: 2026-02-01\n"
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

TEST_CASE("an impossible date is an error") {
  auto fs = ValidTree();
  fs.Add("content/koks/stories/publisks.md",
         "---\ntitle: T\ncompany: C\ndate: 2026-02-30\nconsent: 2026-02-01\n---\n");
  CHECK(CheckText(fs) ==
        "content/koks/stories/publisks.md:4:7: error: `date` must be a date "
        "written YYYY-MM-DD, not `2026-02-30`\n");
}

TEST_CASE("a date in another form is an error") {
  auto fs = ValidTree();
  fs.Add("content/koks/stories/publisks.md",
         "---\ntitle: T\ncompany: C\ndate: 2026-03-01\nconsent: 1.02.2026\n---\n");
  CHECK(CheckText(fs) ==
        "content/koks/stories/publisks.md:5:10: error: `consent` must be a date "
        "written YYYY-MM-DD, not `1.02.2026`\n");
}

TEST_CASE("a story without consent is a warning naming the file") {
  auto fs = ValidTree();
  fs.Add("content/koks/stories/publisks.md",
         "---\ntitle: T\ncompany: C\ndate: 2026-03-01\nvisibility: public\n---\n");
  CHECK(CheckText(fs) ==
        "content/koks/stories/publisks.md: warning: no `consent` date: the story is published in "
        "neither audience until the company's consent is recorded\n");
}

TEST_CASE("an empty consent is a warning at the key, and the story is not published") {
  auto fs = ValidTree();
  fs.Add("content/koks/stories/publisks.md",
         "---\ntitle: T\ncompany: C\ndate: 2026-03-01\nconsent:\nvisibility: public\n---\nBody\n");
  std::string expected =
      "content/koks/stories/publisks.md:5:9: warning: `consent` is empty: write the date the "
      "company allowed publication, as YYYY-MM-DD; until then the story is published in "
      "neither audience\n";
  CHECK(CheckText(fs) == expected);
  fs.Add("content/koks/stories/publisks.md",
         "---\ntitle: T\ncompany: C\ndate: 2026-03-01\nconsent: \"\"\nvisibility: public\n---\n");
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
        "`brand_color`, `logo`, `contact`, `communication`, `directions`, `categories` and "
        "`paginate`\n"
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

}  // namespace clustersite
