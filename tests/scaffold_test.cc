// `clustersite new`: the real CLI on a copy of content/, checked with `clustersite check`.

#include "scaffold/scaffold.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "test_util.h"

namespace clustersite {
namespace {

namespace fs = std::filesystem;
using testing::Has;
using testing::ReadFile;
using testing::Run;

const std::string kBin = CLUSTERSITE_BINARY;
const std::string kSource = CLUSTERSITE_SOURCE_DIR;
/// 2026-03-04 00:00 UTC: the date `new` writes.
const std::string kNew = "SOURCE_DATE_EPOCH=1772582400 " + kBin + " new ";

/// Runs `clustersite new ARGS` in the copy; its exit status as text.
std::string New(const testing::ContentCopy& c, const std::string& args, std::string* out) {
  return std::to_string(Run(kNew + args + " -C " + c.root, out));
}

/// `path`'s text without its `draft: true` line: the file published.
void Publish(const std::string& path) {
  testing::WriteText(path, testing::Replaced(ReadFile(path), "\ndraft: true\n", "\n"));
}

}  // namespace

TEST_CASE(
    "new writes a cluster, service, story and roadmap that pass check --drafts, but for consent") {
  testing::ContentCopy c;
  c.DropPartialStrategy();
  std::string out;
  CHECK(New(c, "cluster metals", &out) == "0");
  CHECK(Has(out, "wrote " + c.root + "/metals/cluster.yaml\n"));
  CHECK(Has(out, "wrote " + c.root + "/metals/about.md\n"));
  CHECK(New(c, "service koks eksporta-konsultacijas", &out) == "0");
  CHECK(New(c, "story koks jauns-klients", &out) == "0");
  CHECK(Has(out, "fill in `consent`"));
  CHECK(New(c, "roadmap koks ugunsdrosibas-testi", &out) == "0");
  CHECK(New(c, "roadmap metals pirmie-soli", &out) == "0");
  CHECK(New(c, "service baltic-logistics customs-desk", &out) == "0");
  CHECK(New(c, "story baltic-logistics first-order", &out) == "0");

  // What `new` wrote is a draft: checked and built as one with --drafts.
  // Until its consent is written a story is published nowhere, so its
  // placeholder company is a warning, not yet an error.
  CHECK(Run(kBin + " check " + c.root + " --drafts", &out) == 0);
  CHECK(out == c.root +
                   "/baltic-logistics/stories/first-order.md:7:10: warning: company `Company "
                   "name` is no member or partner in " +
                   c.root +
                   "/baltic-logistics/members.yaml; add it there, or write its name as "
                   "members.yaml does\n" +
                   c.root +
                   "/baltic-logistics/stories/first-order.md:14:9: warning: `consent` is empty: "
                   "write the date the company allowed publication, as YYYY-MM-DD; until then the "
                   "story is published in neither audience\n" +
                   c.root +
                   "/koks/stories/jauns-klients.md:7:10: warning: company `Uzņēmuma nosaukums` "
                   "is no member or partner in " +
                   c.root +
                   "/koks/members.yaml; add it there, or write its name as members.yaml does\n" +
                   c.root +
                   "/koks/stories/jauns-klients.md:14:9: warning: `consent` is empty: write "
                   "the date the company allowed publication, as YYYY-MM-DD; until then the "
                   "story is published in neither audience\n"
                   "check passed: 4 clusters, 121 pages and their links as of 2026-12-01, 4 "
                   "warnings\n");
  CHECK(Run(kBin + " build " + c.root + " --drafts -o " + c.tmp / "site", &out) == 0);
  CHECK(fs::exists(c.tmp / "site/metals/index.html"));
  CHECK(fs::exists(c.tmp / "site/koks/services/eksporta-konsultacijas/index.html"));
  CHECK_FALSE(fs::exists(c.tmp / "site/koks/stories/jauns-klients"));

  std::string story = ReadFile(c.root + "/koks/stories/jauns-klients.md");
  CHECK(Has(story, "title: Jauns klients\n"));
  CHECK(Has(story, "date: 2026-03-04\n"));
  CHECK(Has(story, "\nconsent:\n"));
  CHECK(Has(story, "\nvisibility: members\n"));
  CHECK(Has(story, "Uzņēmums, par kuru ir stāsts"));  // koks is Latvian
  CHECK(Has(ReadFile(c.root + "/baltic-logistics/stories/first-order.md"),
            "The company the story is about"));
  // The first category of the cluster, and the roadmap the cluster lacks.
  CHECK(Has(ReadFile(c.root + "/baltic-logistics/services/customs-desk.md"),
            "\ncategory: digital\n"));
  std::string metals = ReadFile(c.root + "/metals/roadmaps/pirmie-soli.md");
  CHECK(Has(metals, "\nfor: new\n"));
  CHECK(Has(metals, "Prezentē sevi nākamajā biedru sapulcē"));
  CHECK(Has(ReadFile(c.root + "/koks/roadmaps/ugunsdrosibas-testi.md"), "\nfor: service\n"));
}

TEST_CASE("new cluster takes the portal's language, or --language") {
  testing::ContentCopy c;
  std::string out;
  CHECK(New(c, "cluster metals --language en", &out) == "0");
  CHECK(Has(ReadFile(c.root + "/metals/cluster.yaml"), "\nlanguage: en\n"));
  CHECK(Has(ReadFile(c.root + "/metals/about.md"), "## What the cluster is"));
  CHECK(New(c, "cluster koka-metals", &out) == "0");
  CHECK(Has(ReadFile(c.root + "/koka-metals/cluster.yaml"), "\nlanguage: lv\n"));
}

TEST_CASE("new never writes over a file, and refuses a bad slug and an unknown cluster") {
  testing::ContentCopy c;
  std::string out;
  std::string path = c.root + "/koks/stories/formatus-norvegija.md";
  std::string before = ReadFile(path);
  CHECK(New(c, "story koks formatus-norvegija", &out) == "1");
  CHECK(out == path + ": error: exists already; `clustersite new` never writes over a file\n");
  CHECK(ReadFile(path) == before);
  CHECK(New(c, "cluster koks", &out) == "1");
  CHECK(out ==
        c.root + "/koks: error: exists already; `clustersite new` never writes over a file\n");
  CHECK(New(c, "story kok jauns", &out) == "1");
  CHECK(out == c.root + ": error: no cluster `kok` in this content folder; did you mean `koks`?\n");
  CHECK(New(c, "service koks Jauns_Pakalpojums", &out) == "1");
  CHECK(Has(out, "error: `Jauns_Pakalpojums` is not a valid slug"));
  CHECK(New(c, "roadmap koks ../../escape", &out) == "1");
  CHECK(Has(out, "error: `../../escape` is not a valid slug"));
  CHECK_FALSE(fs::exists(c.tmp / "escape.md"));
}

TEST_CASE("new cluster refuses the slugs of the members' and staff's paths, as check does") {
  testing::ContentCopy c;
  std::string out;
  for (const std::string slug : {"members", "staff"}) {
    CHECK(New(c, "cluster " + slug, &out) == "1");
    CHECK(out == c.root + ": error: `" + slug + "` cannot be a cluster's slug: the " + slug +
                     " build is published at /" + slug +
                     "/ beside the public one, where this cluster's folder would be; choose "
                     "another slug\n");
    CHECK_FALSE(fs::exists(c.root + "/" + slug));
  }
  CHECK(New(c, "service koks members", &out) == "0");
}

TEST_CASE("new takes its archetypes from the theme folder first") {
  testing::ContentCopy c;
  fs::create_directories(c.tmp / "theme/archetypes");
  std::ofstream(c.tmp / "theme/archetypes/service.md")
      << "---\ntitle: {{{title}}}\nsummary: Ours.\ncategory: {{{category}}}\n---\nOurs.\n";
  std::string out;
  CHECK(Run(kNew + "service baltic-logistics ours -C " + c.root + " --theme " + c.tmp / "theme",
            &out) == 0);
  CHECK(ReadFile(c.root + "/baltic-logistics/services/ours.md") ==
        "---\ntitle: Ours\nsummary: Ours.\ncategory: digital\n---\nOurs.\n");
}

TEST_CASE("new refuses to write through a symbolic link the loader would refuse") {
  testing::ContentCopy c;
  fs::create_directories(c.tmp / "elsewhere");
  fs::rename(c.root + "/koks/services", c.tmp / "elsewhere/services");
  fs::create_directory_symlink(c.tmp / "elsewhere/services", c.root + "/koks/services");
  std::string out;
  CHECK(New(c, "service koks caur-saiti", &out) == "1");
  CHECK(out == c.root +
                   "/koks/services: error: is a symbolic link; the content loader never follows "
                   "one, so `clustersite new` does not write through it\n");
  CHECK_FALSE(fs::exists(c.tmp / "elsewhere/services/caur-saiti.md"));
  // As the loader says of the same link.
  CHECK(Run(kBin + " check " + c.root, &out) == 1);
  CHECK(Has(out, c.root + "/koks/services: error: is a symbolic link"));
}

TEST_CASE("every file new writes starts as a draft, built only with --drafts") {
  testing::ContentCopy c;
  std::string out;
  CHECK(New(c, "cluster metals --language en", &out) == "0");
  CHECK(Has(out, "it starts as a draft (`draft: true`)"));
  CHECK(New(c, "service koks eksporta-konsultacijas", &out) == "0");
  CHECK(New(c, "story baltic-logistics first-order", &out) == "0");
  CHECK(New(c, "roadmap koks ugunsdrosibas-testi", &out) == "0");
  for (const char* file :
       {"metals/cluster.yaml", "metals/about.md", "koks/services/eksporta-konsultacijas.md",
        "baltic-logistics/stories/first-order.md", "koks/roadmaps/ugunsdrosibas-testi.md"}) {
    INFO(file);
    CHECK(Has(ReadFile(c.root + "/" + file), "\ndraft: true\n"));
  }
  CHECK(Run(kBin + " build " + c.root + " -o " + c.tmp / "site", &out) == 0);
  CHECK_FALSE(fs::exists(c.tmp / "site/metals"));
  CHECK_FALSE(fs::exists(c.tmp / "site/koks/services/eksporta-konsultacijas"));
  CHECK_FALSE(fs::exists(c.tmp / "site/koks/roadmaps/ugunsdrosibas-testi"));
  CHECK_FALSE(Has(ReadFile(c.tmp / "site/index.html"), "Metals"));
  CHECK(Run(kBin + " build " + c.root + " --drafts -o " + c.tmp / "preview", &out) == 0);
  CHECK(fs::exists(c.tmp / "preview/metals/about/index.html"));
  CHECK(fs::exists(c.tmp / "preview/koks/services/eksporta-konsultacijas/index.html"));
  CHECK(fs::exists(c.tmp / "preview/koks/roadmaps/ugunsdrosibas-testi/index.html"));
  // A draft cluster asked for by name says how to see it.
  CHECK(Run(kBin + " build " + c.root + " --cluster metals -o " + c.tmp / "one", &out) == 1);
  CHECK(Has(out, c.root +
                     "/metals/cluster.yaml:6:8: error: cluster `metals` is a draft (`draft: "
                     "true`), published in no audience; pass --drafts to build it as a preview, "
                     "or remove `draft: true` to publish it\n"));
}

TEST_CASE("publishing a file new wrote with its placeholder text left in is an error at the text") {
  testing::ContentCopy c;
  c.DropPartialStrategy();
  std::string out;
  CHECK(New(c, "cluster metals", &out) == "0");
  CHECK(New(c, "service metals griesana", &out) == "0");
  CHECK(New(c, "story metals pirmais", &out) == "0");
  CHECK(New(c, "roadmap metals pirmie-soli", &out) == "0");
  CHECK(Run(kBin + " check " + c.root, &out) == 0);  // drafts may hold placeholders
  for (const char* file : {"cluster.yaml", "about.md", "services/griesana.md", "stories/pirmais.md",
                           "roadmaps/pirmie-soli.md"})
    Publish(c.root + "/metals/" + file);
  // A story without its consent is published nowhere, placeholders or not;
  // with it, it is published.
  CHECK(Run(kBin + " check " + c.root, &out) == 1);
  CHECK_FALSE(Has(out, "stories/pirmais.md:6:11: error"));
  const std::string story = c.root + "/metals/stories/pirmais.md";
  testing::WriteText(story,
                     testing::Replaced(ReadFile(story), "\nconsent:", "\nconsent: 2026-11-02"));
  CHECK(Run(kBin + " check " + c.root, &out) == 1);
  const std::string m = c.root + "/metals/";
  const std::string rest =
      "` is placeholder text from `clustersite new`, and this file is published; write the real "
      "text in its place, or keep the file unpublished with `draft: true`\n";
  std::string expected;
  for (const auto& [place, text] : std::vector<std::pair<std::string, std::string>>{
           {"about.md:7:1",
            "Kas ir klastera biedri, ko viņi dara kopā un ko klasteris viņiem dod."},
           {"about.md:11:1", "Kā klasteris atšķiras no nozares asociācijas, kompetences centra"},
           {"cluster.yaml:10:10", "Šeit ierakstiet klastera vīziju"},
           {"cluster.yaml:12:11", "Šeit ierakstiet klastera misiju"},
           {"cluster.yaml:27:10", "Vārds Uzvārds"},
           {"cluster.yaml:29:11", "vards.uzvards@example.lv"},
           {"cluster.yaml:39:12", "Ko klasteris dara šajā virzienā (Markdown)."},
           {"roadmaps/pirmie-soli.md:10:13", "Ko klasteris dara vispirms"},
           {"roadmaps/pirmie-soli.md:12:12", "Kā to dara (Markdown)."},
           {"roadmaps/pirmie-soli.md:14:13", "Ko biedrs dara pēc tam"},
           {"roadmaps/pirmie-soli.md:16:12", "Kā to dara (Markdown)."},
           {"roadmaps/pirmie-soli.md:22:1", "Ko šī ceļa karte palīdz biedram sasniegt."},
           {"services/griesana.md:6:11", "Ko pakalpojums dod biedram, vienā teikumā."},
           {"services/griesana.md:20:1",
            "Kas ir šis pakalpojums, kam tas paredzēts un kā biedrs to izmanto, soli pa solim."},
           {"stories/pirmais.md:6:11", "Uzņēmuma nosaukums"},
           {"stories/pirmais.md:7:11", "Ko uzņēmums ieguva, vienā teikumā."},
       }) {
    expected += m + place + ": error: `" + text + rest;
  }
  expected += m + "stories/pirmais.md:17:1: error: `Ko uzņēmums gribēja panākt, kurus klastera " +
              "pakalpojumus tas izmantoja un ko ieguva." + rest + "check failed: 17 errors\n";
  CHECK(out == expected);
}

TEST_CASE("new cluster into a missing content folder creates it; a page there says what to run") {
  testing::TempDir tmp;
  const std::string content = tmp / "new/content";
  std::string out;
  CHECK(Run(kNew + "service metals griesana -C " + content, &out) == 1);
  CHECK(out == content +
                   ": error: content folder not found; start it with its first cluster: "
                   "`clustersite new cluster SLUG -C " +
                   content + "`\n");
  CHECK(Run(kNew + "cluster metals -C " + content, &out) == 0);
  CHECK(Has(out, "wrote " + content + "/\nwrote " + content + "/metals/cluster.yaml\n"));
  CHECK(fs::exists(content + "/metals/about.md"));
  CHECK(Run(kNew + "service metals griesana -C " + content, &out) == 0);
  CHECK(Run(kBin + " check " + content + " --drafts", &out) == 0);
}

}  // namespace clustersite

namespace clustersite {

TEST_CASE("new event writes a draft in the cluster's language that is an error once published") {
  testing::ContentCopy c;
  std::string out;
  CHECK(New(c, "event koks brokastis-2026-03", &out) == "0");
  CHECK(New(c, "event baltic-logistics breakfast-2026-03", &out) == "0");
  const std::string lv = c.root + "/koks/events/brokastis-2026-03.md";
  const std::string en = c.root + "/baltic-logistics/events/breakfast-2026-03.md";
  CHECK(Has(ReadFile(lv), "\nstart: 2026-03-04T08:30\nend: 2026-03-04T10:00\n"));
  CHECK(Has(ReadFile(lv), "Kas notiks, kam pasākums paredzēts"));
  CHECK(Has(ReadFile(en), "What will happen, who the event is for"));
  CHECK(Run(kBin + " check " + c.root, &out) == 0);
  Publish(lv);
  Publish(en);
  CHECK(Run(kBin + " check " + c.root, &out) == 1);
  CHECK(Has(out, lv + ":8:12: error: `Iela 1, Pilsēta` is placeholder text"));
  CHECK(Has(out, en + ":8:12: error: `Street 1, City` is placeholder text"));
  CHECK(Has(out, en + ":20:1: error: `What will happen, who the event is for, and what to bring.` "
                      "is placeholder text"));
}

}  // namespace clustersite

namespace clustersite {

TEST_CASE("new news writes a draft in the cluster's language that is an error once published") {
  testing::ContentCopy c;
  std::string out;
  CHECK(New(c, "news koks jauns-pasutijums", &out) == "0");
  CHECK(New(c, "news baltic-logistics new-terminal", &out) == "0");
  const std::string lv = c.root + "/koks/news/jauns-pasutijums.md";
  const std::string en = c.root + "/baltic-logistics/news/new-terminal.md";
  CHECK(Has(out, "wrote " + en + "\n"));
  CHECK(Has(ReadFile(lv), "\ndate: 2026-03-04\n"));
  CHECK(Has(ReadFile(lv), "\nkind: industry\n"));
  CHECK(Has(ReadFile(lv), "\n# source: https://\n"));
  CHECK(Has(ReadFile(lv), "\ndigest: false\n"));
  CHECK(Has(ReadFile(lv), "Kas noticis un kāpēc tas ir svarīgi biedriem"));
  CHECK(Has(ReadFile(en), "\ndate: 2026-03-04\n"));
  CHECK(Has(ReadFile(en), "What happened and why it matters to the members"));
  // A draft: checked with --drafts, and its placeholders are no problem yet.
  CHECK(Run(kBin + " check " + c.root, &out) == 0);
  CHECK(Run(kBin + " check " + c.root + " --drafts", &out) == 0);
  CHECK_FALSE(Has(out, "placeholder"));
  Publish(lv);
  Publish(en);
  CHECK(Run(kBin + " check " + c.root, &out) == 1);
  CHECK(Has(out, lv + ":2:9: error: `Ziņa vienā rindā` is placeholder text"));
  CHECK(Has(out, lv + ":17:1: error: `Kas noticis un kāpēc tas ir svarīgi biedriem, vienā īsā "
                      "rindkopā.` is placeholder text"));
  CHECK(Has(out, en + ":2:9: error: `The news in one line` is placeholder text"));
  CHECK(Has(out, en + ":17:1: error: `What happened and why it matters to the members, in one "
                      "short paragraph.` is placeholder text"));
}

}  // namespace clustersite

namespace clustersite {

TEST_CASE("new strategy writes a draft strategy that check reports as still to write") {
  testing::ContentCopy c;
  std::string out;
  CHECK(New(c, "strategy veseliga-partika", &out) == "0");
  const std::string dir = c.root + "/veseliga-partika/strategy";
  CHECK(Has(out, "wrote " + dir + "/strategy.yaml\n"));
  CHECK(Has(out, "wrote " + dir + "/1.1.md\n"));
  CHECK(Has(out, "wrote " + dir + "/4.3.2.md\n"));
  // Three years from the as-of year; the programme's seven directions by number.
  const std::string yaml = ReadFile(dir + "/strategy.yaml");
  CHECK(Has(yaml, "\nperiod: {from: 2026, to: 2028}\n"));
  CHECK(Has(yaml, "\n  strengths: []\n"));
  CHECK(Has(yaml, "\n# participants:\n"));
  CHECK(Has(yaml, "\n  - number: 1\n"));
  CHECK(Has(yaml, "\n  - number: 7\n"));
  CHECK_FALSE(Has(yaml, "number: 8"));
  // A file for every section the template has a file for: none for the
  // headings, the directions or the sections strategy.yaml and data fill.
  CHECK(Has(ReadFile(dir + "/1.1.md"),
            "---\n# draft: true: sadaļa vēl nav nevienā dokumentā, un `check` to uzskaita kā\n"));
  CHECK(Has(
      ReadFile(dir + "/4.1.2.md"),
      "\nŠo rindu aizstājiet ar sadaļas 4.1.2 tekstu: “Klastera organizatoriskā struktūra”.\n"));
  for (const char* none : {"1.md", "1.4.md", "2.2.md", "3.md", "3.1.md", "4.1.md", "4.1.4.md"}) {
    INFO(none);
    CHECK_FALSE(fs::exists(dir + "/" + none));
  }
  // The drafts are sections still to write: warnings, not errors.
  CHECK(Run(kBin + " check " + c.root, &out) == 0);
  CHECK(Has(out, dir + ": warning: section 1.1 “Klastera nepieciešamības pamatojums un konstatētās "
                       "problēmas apraksts” is still a draft in 1.1.md (`draft: true`)"));
  CHECK(Has(out, dir + ": warning: section 2.2 "));
  CHECK_FALSE(Has(out, "error"));
  // Published with its placeholder left in, a section is an error at the text.
  Publish(dir + "/4.1.2.md");
  CHECK(Run(kBin + " check " + c.root, &out) == 1);
  CHECK(
      Has(out, dir + "/4.1.2.md:5:1: error: `Šo rindu aizstājiet ar sadaļas` is placeholder text"));
}

TEST_CASE("new strategy writes in the cluster's language and never over a strategy/") {
  testing::ContentCopy c;
  std::string out;
  const std::string dir = c.root + "/baltic-logistics/strategy";
  REQUIRE(fs::exists(dir));
  const std::string before = ReadFile(dir + "/strategy.yaml");
  CHECK(New(c, "strategy baltic-logistics", &out) == "1");
  CHECK(Has(out, dir + ": error: exists already; `clustersite new` never writes over a file"));
  CHECK(ReadFile(dir + "/strategy.yaml") == before);
  fs::remove_all(dir);
  CHECK(New(c, "strategy baltic-logistics", &out) == "0");
  CHECK(Has(ReadFile(dir + "/4.3.2.md"),
            "\nReplace this line with the text of section 4.3.2, “Sustainability after the "
            "project”.\n"));
  CHECK(Has(ReadFile(dir + "/strategy.yaml"), "\n# 1.4: the SWOT analysis"));
  CHECK(New(c, "strategy no-such-cluster", &out) == "1");
  CHECK(Has(out, "error: no cluster `no-such-cluster` in this content folder"));
}

}  // namespace clustersite
